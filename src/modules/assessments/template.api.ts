import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import { accessFirst } from '../../uploads/access-first.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { problemTypeUri } from '../../web/problem-types.ts';
import { exportDocument } from './template.document.ts';
import { loadTemplateVersion } from './template.load.ts';
import { presentTemplateSummary } from './template.presenter.ts';
import { listTemplates } from './template.repository.ts';
import { type DocumentProblem, documentProblemsOf, LIMITS, parseTemplateJson } from './template.schema.ts';
import { importTemplate } from './template.service.ts';

const texts = z.record(z.string(), z.string()).describe('Text per language: en (always), fr, es, ar');

const summaryOut = z.object({
  id: z.string(),
  key: z.string(),
  kind: z.enum(['sector', 'governance']),
  scale: z.enum(['coherence', 'presence']),
  sector: z.string().nullable(),
  level: z.string().nullable(),
  title: z.string().describe('In the language of the request, or English'),
  version: z.number().int().describe('The current version'),
  itemCount: z.number().int(),
  href: z.string(),
});

const documentOut = z.object({
  id: z.string(),
  currentVersion: z.number().int(),
  format: z.literal('corridor.checklist-template'),
  key: z.string(),
  version: z.number().int(),
  kind: z.enum(['sector', 'governance']),
  scale: z.enum(['coherence', 'presence']),
  sector: z.string().optional(),
  level: z.string().optional(),
  title: texts,
  description: texts.optional(),
  note: z.string().optional(),
  items: z.array(
    z.object({
      key: z.string(),
      domain: z.string().optional(),
      question: texts,
      guidance: texts.optional(),
      evidence: texts.optional(),
    }),
  ),
});

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

/** `[position, slug]` of a page's last template. */
const templateCursor = cursorCodec(
  z.tuple([z.number(), z.string()]).transform(([position, slug]) => ({ position, slug })),
);

/** A problem+json answer listing each problem of a template document with its path. */
function documentProblems(request: FastifyRequest, reply: FastifyReply, errors: DocumentProblem[]) {
  const body = {
    type: problemTypeUri(request.server.publicUrl, 'InvalidTemplate'),
    title: 'Unprocessable Content',
    status: 422,
    code: 'InvalidTemplate',
    detail: request.i18n.t('checklist.import.fix', { count: errors.length }),
    instance: request.url,
    errors: errors.map((e) => ({
      location: 'body',
      path: e.path,
      pointer: e.path === '(document)' ? '/' : `/${e.path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '/')}`,
      detail: e.message,
    })),
  };
  return reply.status(422).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/** The checklist templates in the API: list, one version, and the admin import. */
export async function templateApi(app: App, { db }: AppDeps): Promise<void> {
  app.get(
    '/api/v1/checklist-templates',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['checklists'],
        summary: 'List checklist templates (sector checklists and governance domains)',
        querystring: listQuery,
        response: { 200: z.object({ data: z.array(summaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const rows = await listTemplates(db.kysely, {
        limit: limit + 1,
        after: cursor ? templateCursor.decode(cursor) : undefined,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => {
          const summary = presentTemplateSummary(r, request.i18n);
          return { ...summary, title: summary.title.text };
        }),
        next: rows.length > limit && last ? templateCursor.encode([last.position, last.slug]) : null,
      };
    },
  );

  app.get(
    '/api/v1/checklist-templates/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['checklists'],
        summary: 'One checklist template as a JSON document (the current version, or ?version=n)',
        params: z.object({ id: z.string().min(1).max(64) }),
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: documentOut },
      },
    },
    async (request) => {
      const { template, version, doc } = await loadTemplateVersion(db, request.params.id, request.query);
      return {
        id: template.id,
        currentVersion: template.current_version,
        ...(exportDocument(doc, version.version) as Omit<
          z.infer<typeof documentOut>,
          'id' | 'currentVersion'
        >),
      };
    },
  );

  // The import reads its body as text, so a malformed document gets the same messages, with
  // their paths, as the import form, rather than a generic parse error.
  await app.register(async (scope) => {
    // Admins only, decided before the document is read (decision 32).
    scope.addHook('preParsing', accessFirst());
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: LIMITS.jsonBytes * 2 },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/checklist-templates',
      {
        config: { policy: 'admin' },
        schema: {
          tags: ['checklists'],
          summary:
            'Import a checklist template (admins): a new template, or the next version of the one with its key',
          description:
            'The body is a template document, as GET /api/v1/checklist-templates/{id} returns it. Problems answer 422 with each path and what to fix; nothing is saved.',
          security: [{ bearer: [] }],
          response: {
            200: z.object({
              id: z.string(),
              key: z.string(),
              version: z.number().int(),
              unchanged: z.boolean(),
            }),
            201: z.object({
              id: z.string(),
              key: z.string(),
              version: z.number().int(),
              unchanged: z.boolean(),
            }),
          },
        },
      },
      async (request, reply) => {
        const text = typeof request.body === 'string' ? request.body : '';
        const parsed = parseTemplateJson(text, request.i18n);
        if (!parsed.ok) return documentProblems(request, reply, parsed.errors);
        const result = await importTemplate(db, parsed.value, actorId(request.actor));
        // A document the service refuses (a fixed field changed) is answered as the checker's problems are.
        if (!result.ok && result.kind === 'invalid')
          return documentProblems(request, reply, documentProblemsOf(problemsOf(result), request.i18n));
        if (!result.ok) return sendFailure(request, reply, result);
        return reply.status(result.value.created ? 201 : 200).send({
          id: result.value.id,
          key: parsed.value.key,
          version: result.value.version,
          unchanged: result.value.unchanged,
        });
      },
    );
  });
}
