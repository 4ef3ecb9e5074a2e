import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Failure, invalid, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { formFields, problemsFromZod, translateProblems } from '../../web/form/index.ts';
import { parseParams } from '../../web/params.ts';
import { consultationStatus, failureProblem } from './consultation.http.ts';
import { commentWait } from './consultation.limits.ts';
import { type ConsultationPageData, loadSection, participationFailure } from './consultation.loader.ts';
import type { SectionView } from './consultation.presenter.ts';
import { refusalOf } from './consultation.refusals.ts';
import { commentInput, sectionParams, stanceInput } from './consultation.schema.ts';
import { addComment, setStance } from './consultation.service.ts';
import { consultationPath, type SectionFormState, SectionPage } from './consultation.views.tsx';

type SectionContext = ConsultationPageData & { section: SectionView };

/** Taking part: a section's page, commenting on it and taking a stance. */
export function participationRoutes(app: App, { db, config }: AppDeps): void {
  const k = db.kysely;

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

  /**
   * Answers a refused or failed participation post: a late one (the consultation closed) with the
   * section page and the person's text, a form problem beside its field, any other refusal with
   * its own page (not invited 403, not open 409), and what they may not see with 404.
   */
  function participationAnswer(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: SectionContext,
    failure: Failure,
    draft: SectionFormState,
  ) {
    const status = consultationStatus(failure);
    if (refusalOf(failure) === 'closed')
      return sectionPage(request, reply, ctx, { draft, late: true, status });
    if (failure.kind !== 'invalid') throw failureProblem(failure);
    const errors = translateProblems(problemsOf(failure), request.i18n, {
      order: ['stance', 'body', 'organisationId'],
    });
    return sectionPage(request, reply, ctx, { draft, errors, status });
  }

  app.get(
    '/processes/:id/consultations/:cid/sections/:sid',
    { config: { policy: 'public' } },
    async (request, reply) =>
      sectionPage(
        request,
        reply,
        await loadSection(k, request.actor, parseParams(sectionParams, request.params), request.i18n),
      ),
  );

  app.post(
    '/processes/:id/consultations/:cid/sections/:sid/comments',
    { config: { policy: 'signed-in', rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { id, cid, sid } = parseParams(sectionParams, request.params);
      const ctx = await loadSection(k, request.actor, { id, cid, sid }, request.i18n);
      const body = formFields(request.body);
      const draft = { body: body.body ?? '', organisationId: body.organisationId ?? '', stance: '' };
      // The same question the section page asks to show the form or say why not.
      const refusal = participationFailure(ctx);
      if (refusal) return participationAnswer(request, reply, ctx, refusal, draft);
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
        ? await addComment(db, ctx.access, id, cid, sid, parsed.data)
        : invalid(problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }));
      if (result.ok)
        return reply.seeOther(`${consultationPath(id, cid)}/sections/${sid}#comment-${result.value.id}`, {
          kind: 'success',
          key: 'consultation.flash.commented',
        });
      return participationAnswer(request, reply, ctx, result, draft);
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/sections/:sid/stance',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid, sid } = parseParams(sectionParams, request.params);
      const ctx = await loadSection(k, request.actor, { id, cid, sid }, request.i18n);
      const body = formFields(request.body);
      const draft = { body: '', organisationId: '', stance: body.stance ?? '' };
      const refusal = participationFailure(ctx);
      if (refusal) return participationAnswer(request, reply, ctx, refusal, draft);
      const parsed = stanceInput.safeParse(body);
      const result = parsed.success
        ? await setStance(db, ctx.access, id, cid, sid, parsed.data.stance)
        : invalid(problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }));
      if (result.ok)
        return reply.seeOther(`${consultationPath(id, cid)}/sections/${sid}`, {
          kind: 'success',
          key: 'consultation.flash.stance',
        });
      return participationAnswer(request, reply, ctx, result, draft);
    },
  );
}
