import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { createElement } from 'hono/jsx';
import { isApiRequest } from '../auth/route-policy.ts';
import { lookupMessage } from '../i18n/catalogue.ts';
import { ErrorPage } from './error-page.tsx';
import { HttpProblem } from './errors.ts';
import { problemTypeUri } from './problem-types.ts';

interface ProblemFields {
  status: number;
  code: string;
  titleKey: string;
  /** Placeholders of `titleKey` ("No organisation is called “{name}”"). */
  values?: Record<string, string | number>;
  bodyKey?: string;
  errors?: { location: string; pointer: string; detail: string; limits?: { max?: number; min?: number } }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** The bounds a Zod issue broke (`maximum`, `minimum`), for messages that name them. */
function limitsOf(params: unknown): { max?: number; min?: number } | undefined {
  const issue = params as { maximum?: unknown; minimum?: unknown } | undefined;
  if (!issue) return undefined;
  const max = Number(issue.maximum);
  const min = Number(issue.minimum);
  return { ...(Number.isFinite(max) ? { max } : {}), ...(Number.isFinite(min) ? { min } : {}) };
}

function classify(error: FastifyError | HttpProblem): ProblemFields {
  if (error instanceof HttpProblem) {
    return { status: error.status, code: error.code, titleKey: error.detailKey, values: error.values };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    // 422 like every form error (decision 88): the request was read, its values break a rule.
    return {
      status: 422,
      code: 'ValidationFailed',
      titleKey: 'error.validation',
      errors: error.validation.map((v) => ({
        location: error.validationContext ?? 'body',
        pointer: v.instancePath || '/',
        detail: v.message ?? 'invalid',
        limits: limitsOf(v.params),
      })),
    };
  }
  if (error.code?.startsWith('FST_CSRF'))
    return { status: 403, code: 'CsrfTokenInvalid', titleKey: 'error.csrf' };
  const status = error.statusCode ?? 500;
  if (status === 429) return { status, code: 'RateLimited', titleKey: 'error.rateLimited' };
  // A body past the route's limit (Fastify stops reading it): say so, not "could not be read".
  if (status === 413) return { status, code: 'FileTooLarge', titleKey: 'error.tooLarge' };
  if (status === 404)
    return { status, code: 'NotFound', titleKey: 'error.notFound', bodyKey: 'error.notFound.body' };
  if (status >= 400 && status < 500)
    return { status, code: error.code ?? 'BadRequest', titleKey: 'error.badRequest' };
  return { status: 500, code: 'InternalError', titleKey: 'error.server', bodyKey: 'error.server.body' };
}

/**
 * A schema may carry a catalogue key as its message (`consultation.error.titleRequired`), for the
 * forms that show it beside a field: the API says it in words too, in the reader's language, with
 * the field's name for a `{field}` placeholder.
 */
function inWords(
  request: FastifyRequest,
  error: { pointer: string; detail: string },
  limits: { max?: number; min?: number } | undefined,
): string {
  // Zod's own messages ("Too big: …") are sentences, not catalogue keys.
  if (lookupMessage(request.i18n.locale, error.detail) === undefined) return error.detail;
  const field = error.pointer.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return request.i18n.t(error.detail, { field, ...limits });
  } catch {
    return error.detail;
  }
}

/** Sends a problem: RFC 9457 JSON for the API, an HTML page for browsers. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, fields: ProblemFields) {
  if (isApiRequest(request)) {
    const body = {
      type: problemTypeUri(request.server.publicUrl, fields.code),
      title: TITLES[fields.status] ?? 'Error',
      status: fields.status,
      code: fields.code,
      detail: request.i18n.t(fields.titleKey, fields.values),
      instance: request.url,
      ...(fields.errors
        ? { errors: fields.errors.map(({ limits, ...e }) => ({ ...e, detail: inWords(request, e, limits) })) }
        : {}),
    };
    return reply
      .status(fields.status)
      .type('application/problem+json; charset=utf-8')
      .send(JSON.stringify(body));
  }
  return reply.page(
    createElement(ErrorPage, { titleKey: fields.titleKey, bodyKey: fields.bodyKey }),
    fields.status,
  );
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const fields = classify(error);
  if (fields.status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: fields.code, status: fields.status }, 'request refused');
  // A limit that knows how long the wait is has said so already.
  if (fields.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
  return sendProblem(request, reply, fields);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, {
    status: 404,
    code: 'NotFound',
    titleKey: 'error.notFound',
    bodyKey: 'error.notFound.body',
  });
}
