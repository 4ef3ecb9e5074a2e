import { type Failure, problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { asBody, submitForm, translateProblems, versionOf } from '../../web/form/index.ts';
import { parseParams } from '../../web/params.ts';
import {
  CONSULTATION_FIELDS,
  type ConsultationDraft,
  ConsultationFormPage,
  draftFromConsultation,
  EMPTY_DRAFT,
  readConsultationDraft,
} from './consultation.form.tsx';
import { failureProblem } from './consultation.http.ts';
import {
  type ConsultationSpace,
  consultationDocuments,
  loadConsultationPage,
  loadEditable,
  loadNewDraftSpace,
} from './consultation.loader.ts';
import type { ConsultationAccess } from './consultation.policy.ts';
import {
  type ConsultationInput,
  consultationForm,
  consultationParams,
  processParams,
} from './consultation.schema.ts';
import {
  createConsultation,
  draftProblems,
  openConsultation,
  updateConsultation,
} from './consultation.service.ts';
import { ConsultationPage, consultationPath } from './consultation.views.tsx';

/** What the service's checks see of a field that failed the schema. */
const DRAFT_FALLBACK: ConsultationInput = {
  ...EMPTY_DRAFT,
  audience: 'invited',
  introduction: null,
  sections: undefined,
};

/** The process team writes a consultation: the new draft, its edits, and opening it for comments. */
export function consultationDraftRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  /** Runs a draft command on the form as typed: every problem at once, the schema's and the service's. */
  function submit(
    access: ConsultationAccess,
    draft: ConsultationDraft,
    run: (input: ConsultationInput) => ReturnType<typeof createConsultation>,
  ) {
    return submitForm(consultationForm, draft, {
      fallback: DRAFT_FALLBACK,
      problems: { fallback: 'consultation.error.invalid' },
      run,
      check: (rest) => draftProblems(db, access, rest),
    });
  }

  /** The draft form again, with the text as typed and what went wrong. */
  function formAgain(
    ctx: ConsultationSpace,
    i18n: Translator,
    options: { draft: ConsultationDraft; failure: Failure; action: string; version?: number; cid?: string },
  ) {
    const { failure } = options;
    // A conflict is said by the notice above the form, with a link to the saved version.
    const problems = failure.kind === 'conflict' ? {} : problemsOf(failure);
    return (
      <ConsultationFormPage
        heading={ctx.heading}
        mode={options.cid ? 'update' : 'create'}
        action={options.action}
        draft={options.draft}
        errors={translateProblems(problems, i18n, { order: CONSULTATION_FIELDS })}
        version={(failure.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure.kind === 'conflict'}
        consultationId={options.cid}
      />
    );
  }

  app.get('/processes/:id/consultations/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const ctx = await loadNewDraftSpace(k, request.actor, id, request.i18n);
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
    const { id } = parseParams(processParams, request.params);
    const ctx = await loadNewDraftSpace(k, request.actor, id, request.i18n);
    const draft = readConsultationDraft(request.body, true);
    const result = await submit(ctx.access, draft, (input) => createConsultation(db, ctx.access, id, input));
    if (result.ok)
      return reply.seeOther(consultationPath(id, result.value.id), {
        kind: 'success',
        key: 'consultation.flash.created',
      });
    if (result.kind !== 'invalid') throw failureProblem(result);
    return reply.page(
      formAgain(ctx, request.i18n, { draft, failure: result, action: `/processes/${id}/consultations` }),
      failureStatus(result),
    );
  });

  app.get(
    '/processes/:id/consultations/:cid/edit',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, cid } = parseParams(consultationParams, request.params);
      const ctx = await loadEditable(k, request.actor, { id, cid }, request.i18n);
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
      const { id, cid } = parseParams(consultationParams, request.params);
      // The same guard as the edit page: a consultation the reader may not edit is not found.
      const ctx = await loadEditable(k, request.actor, { id, cid }, request.i18n);
      const version = versionOf(asBody(request.body));
      const draft = readConsultationDraft(request.body, ctx.consultation.status === 'draft');
      const result = await submit(ctx.access, draft, (input) =>
        updateConsultation(db, ctx.access, id, cid, version ?? -1, input),
      );
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.updated',
        });
      if (result.kind !== 'invalid' && result.kind !== 'conflict') throw failureProblem(result);
      return reply.page(
        formAgain(ctx, request.i18n, {
          draft,
          failure: result,
          action: `${consultationPath(id, cid)}/edit`,
          version: version ?? undefined,
          cid,
        }),
        failureStatus(result),
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
      const version = versionOf(asBody(request.body)) ?? -1;
      const result = await openConsultation(db, ctx.access, id, cid, version);
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.opened',
        });
      if (result.kind !== 'invalid' && result.kind !== 'conflict') throw failureProblem(result);
      return reply.page(
        <ConsultationPage
          heading={ctx.heading}
          consultation={ctx.consultation}
          documents={await consultationDocuments(db.kysely, ctx.consultation.id)}
          path={request.url}
          errors={translateProblems(problemsOf(result), request.i18n)}
        />,
        failureStatus(result),
      );
    },
  );
}
