import type { RoutePolicy } from '../auth/route-policy.ts';

/**
 * What the OpenAPI document promises client generators (issue 8, item 10): every operation has a
 * stable `operationId` and a tag (its module), declares who may call it (`security: []` for public
 * reads, the bearer token otherwise) and documents its problem answers. Routes may set their own
 * `schema.operationId`; the rest get one made from their method and path, so ids never go missing.
 */

/** Resources that are one thing, not a list: a GET on them reads it, a PUT sets it. */
const SINGULAR = new Set(['me', 'body', 'stance', 'taxonomy', 'bilateral', 'series', 'data']);

/** Last path words that name an action on the resource before them, not a sub-resource. */
const ACTIONS: Record<string, string> = {
  open: 'open',
  close: 'close',
  approve: 'approve',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  revoke: 'revoke',
  accept: 'accept',
  decline: 'decline',
  bulk: 'bulkCreate',
  current: 'makeCurrent',
  'make-current': 'makeCurrent',
};

function words(segment: string): string[] {
  return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function pascal(parts: string[]): string {
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

function singular(word: string): string {
  if (SINGULAR.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * `GET /api/v1/processes/:id/indicators` -> `listProcessIndicators`, `POST /api/v1/users/:id/approve`
 * -> `approveUser`, `POST /api/v1/processes/:id/indicators/values:bulk` -> `bulkCreateProcessIndicatorValues`.
 */
export function operationIdFor(method: string, url: string): string {
  const path = url.replace(/^\/api\/v1\/?/, '');
  const segments = path.split('/').filter(Boolean);
  const endsWithParam = segments.at(-1)?.startsWith(':') ?? false;
  const statics: string[] = [];
  for (const segment of segments) {
    if (segment.startsWith(':')) continue;
    // `values:bulk`: the resource, then a custom method (Google AIP-136 style).
    // (Fastify spells a literal colon `::`.)
    for (const part of segment.split(':')) if (part) statics.push(part);
  }
  let verb: string;
  const last = statics.at(-1) ?? '';
  const lower = method.toLowerCase();
  if (!endsWithParam && lower === 'post' && ACTIONS[last] && statics.length > 1) {
    verb = ACTIONS[last];
    statics.pop();
    const names = statics.map((word, index) =>
      index === statics.length - 1 && verb === 'bulkCreate' ? word : singular(word),
    );
    return verb + pascal(names.flatMap(words));
  }
  const isOne = endsWithParam || SINGULAR.has(last);
  if (lower === 'get') verb = isOne ? 'get' : 'list';
  else if (lower === 'post') verb = 'create';
  else if (lower === 'patch') verb = 'update';
  else if (lower === 'put') verb = 'set';
  else if (lower === 'delete') verb = 'delete';
  else verb = lower;
  const names = statics.map((word, index) => {
    const keepPlural = index === statics.length - 1 && verb === 'list';
    return keepPlural ? word : singular(word);
  });
  return verb + pascal(names.flatMap(words));
}

/** The tag of an operation: the module that registered it. */
export function tagFor(moduleName: string | undefined): string[] {
  return moduleName ? [moduleName] : ['kernel'];
}

/** `security: []` says "no credentials needed"; anything else takes the bearer token (or the session). */
export function securityFor(policy: RoutePolicy | undefined): Array<Record<string, string[]>> {
  return policy === 'public' ? [] : [{ bearer: [] }];
}

/** RFC 9457 problem details, as every error answer of the API carries them. */
export const problemSchema: Record<string, unknown> = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      description: 'A page on this instance describing the problem type',
    },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', description: 'The problem type in one word, e.g. `ValidationFailed`' },
    detail: { type: 'string', description: "What went wrong, in the reader's language" },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { pointer: { type: 'string' }, detail: { type: 'string' } },
      },
    },
  },
};

type Responses = Record<string, unknown>;

/** Adds the problem answers an operation can give when its route did not document them. */
export function withProblemResponses(
  responses: Responses | undefined,
  policy: RoutePolicy | undefined,
): Responses {
  const problem = {
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  const out: Responses = { ...(responses ?? {}) };
  const has4xx = Object.keys(out).some((status) => status.startsWith('4'));
  if (!has4xx) out['4XX'] = { description: 'The request was refused: the problem says why', ...problem };
  if (policy !== 'public' && !out['401'])
    out['401'] = { description: 'No valid token or session', ...problem };
  return out;
}
