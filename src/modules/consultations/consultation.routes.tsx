import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { forbidden, HttpProblem, notFound } from '../../web/errors.ts';
import {
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  translateProblems,
} from '../../web/form/index.ts';
import { formFields } from '../../web/forms.ts';
import { loadFrame } from '../processes/index.ts';
import { commentsTable } from './consultation.export.ts';
import {
  ClosePage,
  CONSULTATION_FIELDS,
  type ConsultationDraft,
  ConsultationFormPage,
  draftFromConsultation,
  EMPTY_DRAFT,
  HidePage,
  readConsultationDraft,
} from './consultation.form.tsx';
import { commentWait } from './consultation.limits.ts';
import { canEditConsultation } from './consultation.policy.ts';
import {
  type ConsultationView,
  consultationAccessFor,
  listConsultationSummaries,
  loadConsultationView,
} from './consultation.presenter.ts';
import {
  closeInput,
  commentInput,
  commentParams,
  consultationForm,
  consultationParams,
  hideInput,
  processParams,
  sectionParams,
  stanceInput,
} from './consultation.schema.ts';
import {
  addComment,
  closeConsultation,
  createConsultation,
  draftProblems,
  hideComment,
  openConsultation,
  type Result,
  setStance,
  updateConsultation,
} from './consultation.service.ts';
import {
  ConsultationListPage,
  ConsultationPage,
  consultationPath,
  type SectionFormState,
  SectionPage,
} from './consultation.views.tsx';

function params<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

const versionOf = (body: Record<string, string>) => {
  const v = Number.parseInt(body.version ?? '', 10);
  return Number.isNaN(v) ? -1 : v;
};

/** The page a refusal to take part answers with, when it is not a form problem. */
function refusalProblem(reason: string): HttpProblem {
  if (reason === 'not-invited') return new HttpProblem(403, 'NotInvited', 'consultation.refusal.notInvited');
  if (reason === 'not-open')
    return new HttpProblem(409, 'ConsultationNotOpen', 'consultation.refusal.notOpen');
  if (reason === 'not-draft')
    return new HttpProblem(409, 'ConsultationNotDraft', 'consultation.error.notDraft');
  if (reason === 'already-hidden')
    return new HttpProblem(409, 'AlreadyHidden', 'consultation.error.alreadyHidden');
  if (reason === 'closed') return new HttpProblem(409, 'ConsultationClosed', 'consultation.refusal.closed');
  return forbidden();
}

/** Someone invited through their organisation speaks for it unless they choose otherwise. */
function defaultOrganisation(c: ConsultationView): string {
  if (c.audience !== 'invited') return '';
  const invited = new Set(c.invited.map((o) => o.id));
  return c.myOrganisations.find((o) => invited.has(o.id))?.id ?? '';
}

/** The refusal a consultation gives the reader now, as a service result. */
function refusedNow(c: ConsultationView): Exclude<Result<unknown>, { ok: true }> {
  return { ok: false, kind: 'refused', reason: c.refusal ?? 'not-open' };
}

export function consultationRoutes(app: App, { db, config }: AppDeps): void {
  const k = db.kysely;

  /** The process (404 unless the actor may view it), the actor's access and the frame's heading. */
  async function context(request: FastifyRequest, processId: string) {
    const loaded = await consultationAccessFor(k, request.actor, processId);
    const heading = await loadFrame(k, loaded.process, loaded.access.role, request.i18n);
    return { ...loaded, heading };
  }

  async function consultationOr404(request: FastifyRequest, processId: string, cid: string) {
    const ctx = await context(request, processId);
    const consultation = await loadConsultationView(k, ctx.access, ctx.myOrganisations, processId, cid);
    if (!consultation) throw notFound();
    return { ...ctx, consultation };
  }

  /** Every problem with the draft at once: the schema's, and the service's for the fields that passed. */
  async function draftResult(
    access: Awaited<ReturnType<typeof context>>['access'],
    draft: ConsultationDraft,
    run: (input: z.output<typeof consultationForm>) => Promise<Result<{ id: string }>>,
  ): Promise<Result<{ id: string }>> {
    const parsed = consultationForm.safeParse(draft);
    if (parsed.success) return run(parsed.data);
    const rest = parseFieldByField(
      consultationForm,
      { ...draft },
      { ...EMPTY_DRAFT, audience: 'invited', introduction: null, sections: undefined },
    );
    const errors = mergeProblems(
      problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
      await draftProblems(db, access, rest),
    );
    return { ok: false, kind: 'invalid', errors };
  }

  app.get('/processes/:id/consultations', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = params(processParams, request);
    const ctx = await context(request, id);
    const consultations = await listConsultationSummaries(k, ctx.access, id);
    return reply.page(
      <ConsultationListPage
        heading={ctx.heading}
        consultations={consultations}
        canCreate={canEditConsultation(ctx.access)}
      />,
    );
  });

  app.get('/processes/:id/consultations/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = params(processParams, request);
    const ctx = await context(request, id);
    if (!canEditConsultation(ctx.access)) throw notFound();
    return reply.page(
      <ConsultationFormPage
        heading={ctx.heading}
        mode="create"
        action={`/processes/${id}/consultations`}
        draft={EMPTY_DRAFT}
        errors={{}}
      />,
    );
  });

  app.post('/processes/:id/consultations', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = params(processParams, request);
    const ctx = await context(request, id);
    if (!canEditConsultation(ctx.access)) throw notFound();
    const draft = readConsultationDraft(request.body, true);
    const result = await draftResult(ctx.access, draft, (input) =>
      createConsultation(db, ctx.access, id, input),
    );
    if (result.ok)
      return reply.seeOther(consultationPath(id, result.value.id), {
        kind: 'success',
        key: 'consultation.flash.created',
      });
    if (result.kind !== 'invalid') throw notFound();
    return reply.page(
      <ConsultationFormPage
        heading={ctx.heading}
        mode="create"
        action={`/processes/${id}/consultations`}
        draft={draft}
        errors={translateProblems(result.errors, request.i18n, { order: CONSULTATION_FIELDS })}
      />,
      422,
    );
  });

  app.get('/processes/:id/consultations/:cid', { config: { policy: 'public' } }, async (request, reply) => {
    const { id, cid } = params(consultationParams, request);
    const ctx = await consultationOr404(request, id, cid);
    return reply.page(
      <ConsultationPage heading={ctx.heading} consultation={ctx.consultation} path={request.url} />,
    );
  });

  app.get(
    '/processes/:id/consultations/:cid/edit',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = params(consultationParams, request);
      const ctx = await consultationOr404(request, id, cid);
      if (!ctx.consultation.actions.edit) throw notFound();
      return reply.page(
        <ConsultationFormPage
          heading={ctx.heading}
          mode="update"
          action={`${consultationPath(id, cid)}/edit`}
          draft={draftFromConsultation(ctx.consultation)}
          errors={{}}
          version={ctx.consultation.version}
          consultationId={cid}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/edit',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = params(consultationParams, request);
      const ctx = await consultationOr404(request, id, cid);
      if (!canEditConsultation(ctx.access)) throw notFound();
      const body = formFields(request.body);
      const version = versionOf(body);
      const draft = readConsultationDraft(request.body, ctx.consultation.status === 'draft');
      const result = await draftResult(ctx.access, draft, (input) =>
        updateConsultation(db, ctx.access, id, cid, version, input),
      );
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'refused') throw refusalProblem(result.reason);
      return reply.page(
        <ConsultationFormPage
          heading={ctx.heading}
          mode="update"
          action={`${consultationPath(id, cid)}/edit`}
          draft={draft}
          errors={
            result.kind === 'invalid'
              ? translateProblems(result.errors, request.i18n, { order: CONSULTATION_FIELDS })
              : {}
          }
          version={result.kind === 'conflict' ? result.currentVersion : version}
          conflict={result.kind === 'conflict'}
          consultationId={cid}
        />,
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/open',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = params(consultationParams, request);
      const ctx = await consultationOr404(request, id, cid);
      const result = await openConsultation(db, ctx.access, id, cid, versionOf(formFields(request.body)));
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.opened',
        });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'refused') throw refusalProblem(result.reason);
      const errors =
        result.kind === 'invalid'
          ? translateProblems(result.errors, request.i18n)
          : { _form: request.i18n.t('error.versionConflict') };
      return reply.page(
        <ConsultationPage
          heading={ctx.heading}
          consultation={ctx.consultation}
          path={request.url}
          errors={errors}
        />,
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );

  app.get(
    '/processes/:id/consultations/:cid/close',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = params(consultationParams, request);
      const ctx = await consultationOr404(request, id, cid);
      if (!ctx.consultation.actions.close) throw notFound();
      return reply.page(
        <ClosePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          summary=""
          errors={{}}
          version={ctx.consultation.version}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/close',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = params(consultationParams, request);
      const ctx = await consultationOr404(request, id, cid);
      const body = formFields(request.body);
      const parsed = closeInput.safeParse(body);
      const version = versionOf(body);
      const result: Result<{ id: string }> = parsed.success
        ? await closeConsultation(db, ctx.access, id, cid, version, parsed.data.summary)
        : ctx.consultation.actions.close
          ? {
              ok: false,
              kind: 'invalid',
              errors: problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
            }
          : { ok: false, kind: 'not-found' };
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.closed',
        });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'refused') throw refusalProblem(result.reason);
      return reply.page(
        <ClosePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          summary={body.summary ?? ''}
          errors={result.kind === 'invalid' ? translateProblems(result.errors, request.i18n) : {}}
          version={result.kind === 'conflict' ? result.currentVersion : version}
          conflict={result.kind === 'conflict'}
        />,
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );

  async function sectionContext(request: FastifyRequest) {
    const { id, cid, sid } = params(sectionParams, request);
    const ctx = await consultationOr404(request, id, cid);
    const section = ctx.consultation.sections.find((s) => s.id === sid);
    if (!section) throw notFound();
    return { ...ctx, id, cid, sid, section };
  }

  function sectionPage(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: Awaited<ReturnType<typeof sectionContext>>,
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
        draft={
          options.draft ?? { body: '', organisationId: defaultOrganisation(ctx.consultation), stance: '' }
        }
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
    ctx: Awaited<ReturnType<typeof sectionContext>>,
    result: Exclude<Result<unknown>, { ok: true }>,
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
      if (!ctx.consultation.actions.comment)
        return participationFailure(request, reply, ctx, refusedNow(ctx.consultation), draft);
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
          {
            kind: 'success',
            key: 'consultation.flash.commented',
          },
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
      if (!ctx.consultation.actions.comment)
        return participationFailure(request, reply, ctx, refusedNow(ctx.consultation), draft);
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

  async function commentContext(request: FastifyRequest) {
    const { id, cid, commentId } = params(commentParams, request);
    const ctx = await consultationOr404(request, id, cid);
    if (!ctx.consultation.actions.moderate) throw notFound();
    const comment = ctx.consultation.sections.flatMap((s) => s.comments).find((c) => c.id === commentId);
    if (!comment) throw notFound();
    return { ...ctx, id, cid, comment };
  }

  app.get(
    '/processes/:id/consultations/:cid/comments/:commentId/hide',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await commentContext(request);
      if (ctx.comment.hidden) throw refusalProblem('already-hidden');
      return reply.page(
        <HidePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          comment={ctx.comment}
          reason=""
          errors={{}}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/comments/:commentId/hide',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await commentContext(request);
      const body = formFields(request.body);
      const parsed = hideInput.safeParse(body);
      if (!parsed.success)
        return reply.page(
          <HidePage
            heading={ctx.heading}
            consultation={ctx.consultation}
            comment={ctx.comment}
            reason={body.reason ?? ''}
            errors={translateProblems(
              problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
              request.i18n,
            )}
          />,
          422,
        );
      const result = await hideComment(db, ctx.access, ctx.id, ctx.cid, ctx.comment.id, parsed.data.reason);
      if (result.ok)
        return reply.seeOther(`${consultationPath(ctx.id, ctx.cid)}#comment-${ctx.comment.id}`, {
          kind: 'success',
          key: 'consultation.flash.hidden',
        });
      if (result.kind === 'refused') throw refusalProblem(result.reason);
      throw notFound();
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/processes/:id/consultations/:cid/comments.${format}`,
      { config: { policy: 'public' } },
      async (request, reply) => {
        const { id, cid } = params(consultationParams, request);
        const ctx = await consultationOr404(request, id, cid);
        const view: ConsultationView = ctx.consultation;
        return sendTable(reply, {
          filename: `consultation-${cid}-comments`,
          format,
          sheets: [sheetOf(commentsTable(view, request.i18n))],
          rtl: request.i18n.dir === 'rtl',
        });
      },
    );
  }
}
