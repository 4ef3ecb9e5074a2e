import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { problemsFromZod, translateProblems } from '../../web/form/index.ts';
import { formFields } from '../../web/forms.ts';
import { parseParams } from '../../web/params.ts';
import { type Failure, failureOf, refusalProblem } from './consultation.http.ts';
import { commentWait } from './consultation.limits.ts';
import { loadConsultationPage, participationRefusal, sectionOf } from './consultation.loader.ts';
import { commentInput, sectionParams, stanceInput } from './consultation.schema.ts';
import { addComment, setStance } from './consultation.service.ts';
import { consultationPath, type SectionFormState, SectionPage } from './consultation.views.tsx';

/** Taking part: a section's page, commenting on it and taking a stance. */
export function participationRoutes(app: App, { db, config }: AppDeps): void {
  const k = db.kysely;

  async function sectionContext(request: FastifyRequest) {
    const { id, cid, sid } = parseParams(sectionParams, request.params);
    const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
    return { ...ctx, id, cid, sid, section: sectionOf(ctx, sid) };
  }
  type SectionContext = Awaited<ReturnType<typeof sectionContext>>;

  function sectionPage(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: SectionContext,
    options: {
      draft?: SectionFormState;
      errors?: Record<string, string>;
      late?: boolean;
      status?: number;
    } = {},
  ) {
    return reply.page(
      <SectionPage
        heading={ctx.heading}
        consultation={ctx.consultation}
        section={ctx.section}
        path={request.url}
        draft={options.draft ?? { body: '', organisationId: ctx.consultation.speaksFor, stance: '' }}
        errors={options.errors}
        late={options.late}
      />,
      options.status ?? 200,
    );
  }

  app.get(
    '/processes/:id/consultations/:cid/sections/:sid',
    { config: { policy: 'public' } },
    async (request, reply) => sectionPage(request, reply, await sectionContext(request)),
  );

  /** Answers a refused or failed participation command with the section page and the user's text. */
  function participationFailure(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: SectionContext,
    result: Failure,
    draft: SectionFormState,
  ) {
    if (result.kind === 'not-found') throw notFound();
    if (result.kind === 'refused' && result.reason === 'closed')
      return sectionPage(request, reply, ctx, { draft, late: true, status: 409 });
    if (result.kind === 'refused') throw refusalProblem(result.reason);
    const errors =
      result.kind === 'invalid'
        ? translateProblems(result.errors, request.i18n, { order: ['stance', 'body', 'organisationId'] })
        : {};
    return sectionPage(request, reply, ctx, { draft, errors, status: 422 });
  }

  app.post(
    '/processes/:id/consultations/:cid/sections/:sid/comments',
    { config: { policy: 'signed-in', rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const ctx = await sectionContext(request);
      const body = formFields(request.body);
      const draft = { body: body.body ?? '', organisationId: body.organisationId ?? '', stance: '' };
      const refusal = participationRefusal(ctx);
      if (refusal) return participationFailure(request, reply, ctx, failureOf(refusal), draft);
      const parsed = commentInput.safeParse(body);
      if (parsed.success && request.actor.kind === 'user') {
        const wait = await commentWait(db, config, { userId: request.actor.user.id, ip: request.ip });
        if (wait > 0) {
          reply.header('retry-after', String(wait * 60));
          const errors = { body: request.i18n.t('consultation.error.tooManyComments', { minutes: wait }) };
          return sectionPage(request, reply, ctx, { draft, errors, status: 429 });
        }
      }
      const result = parsed.success
        ? await addComment(db, ctx.access, ctx.id, ctx.cid, ctx.sid, parsed.data)
        : ({
            ok: false,
            kind: 'invalid',
            errors: problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
          } as const);
      if (result.ok)
        return reply.seeOther(
          `${consultationPath(ctx.id, ctx.cid)}/sections/${ctx.sid}#comment-${result.value.id}`,
          { kind: 'success', key: 'consultation.flash.commented' },
        );
      return participationFailure(request, reply, ctx, result, draft);
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/sections/:sid/stance',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await sectionContext(request);
      const body = formFields(request.body);
      const draft = { body: '', organisationId: '', stance: body.stance ?? '' };
      const refusal = participationRefusal(ctx);
      if (refusal) return participationFailure(request, reply, ctx, failureOf(refusal), draft);
      const parsed = stanceInput.safeParse(body);
      const result = parsed.success
        ? await setStance(db, ctx.access, ctx.id, ctx.cid, ctx.sid, parsed.data.stance)
        : ({
            ok: false,
            kind: 'invalid',
            errors: problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
          } as const);
      if (result.ok)
        return reply.seeOther(`${consultationPath(ctx.id, ctx.cid)}/sections/${ctx.sid}`, {
          kind: 'success',
          key: 'consultation.flash.stance',
        });
      return participationFailure(request, reply, ctx, result, draft);
    },
  );
}
