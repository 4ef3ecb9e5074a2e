import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import {
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  translateProblems,
} from '../../web/form/index.ts';
import { formFields } from '../../web/forms.ts';
import { parseParams } from '../../web/params.ts';
import {
  CONSULTATION_FIELDS,
  type ConsultationDraft,
  ConsultationFormPage,
  draftFromConsultation,
  EMPTY_DRAFT,
  readConsultationDraft,
} from './consultation.form.tsx';
import { refusalProblem, versionOf } from './consultation.http.ts';
import { editRefusal, loadConsultationPage, loadConsultationSpace } from './consultation.loader.ts';
import type { ConsultationAccess } from './consultation.policy.ts';
import { canEditConsultation } from './consultation.policy.ts';
import { consultationForm, consultationParams, processParams } from './consultation.schema.ts';
import {
  createConsultation,
  draftProblems,
  openConsultation,
  type Result,
  updateConsultation,
} from './consultation.service.ts';
import { ConsultationPage, consultationPath } from './consultation.views.tsx';

/** The process team writes a consultation: the new draft, its edits, and opening it for comments. */
export function consultationDraftRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  /** Every problem with the draft at once: the schema's, and the service's for the fields that passed. */
  async function draftResult(
    access: ConsultationAccess,
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

  /** The process team's, for the new draft's page and its post alike. */
  async function newDraftSpace(request: FastifyRequest) {
    const { id } = parseParams(processParams, request.params);
    const ctx = await loadConsultationSpace(k, request.actor, id, request.i18n);
    if (!canEditConsultation(ctx.access)) throw notFound();
    return { ...ctx, id };
  }

  /** A consultation the reader may edit now, for the edit page and its post alike (404 otherwise). */
  async function editable(request: FastifyRequest) {
    const { id, cid } = parseParams(consultationParams, request.params);
    const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
    const refusal = editRefusal(ctx);
    if (refusal) throw refusalProblem(refusal);
    return { ...ctx, id, cid };
  }

  app.get('/processes/:id/consultations/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const ctx = await newDraftSpace(request);
    return reply.page(
      <ConsultationFormPage
        heading={ctx.heading}
        mode="create"
        action={`/processes/${ctx.id}/consultations`}
        draft={EMPTY_DRAFT}
        errors={{}}
      />,
    );
  });

  app.post('/processes/:id/consultations', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const ctx = await newDraftSpace(request);
    const { id } = ctx;
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

  app.get(
    '/processes/:id/consultations/:cid/edit',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await editable(request);
      return reply.page(
        <ConsultationFormPage
          heading={ctx.heading}
          mode="update"
          action={`${consultationPath(ctx.id, ctx.cid)}/edit`}
          draft={draftFromConsultation(ctx.consultation)}
          errors={{}}
          version={ctx.consultation.version}
          consultationId={ctx.cid}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/edit',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await editable(request);
      const { id, cid } = ctx;
      const version = versionOf(formFields(request.body));
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

  // Opening has no page of its own: the button is on the consultation, which shows its problems.
  app.post(
    '/processes/:id/consultations/:cid/open',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = parseParams(consultationParams, request.params);
      const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
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
}
