import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { type Failure, invalid, problemsOf, type Result } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, mergeProblems, translateProblems, versionOf } from '../../web/form/index.ts';
import { processParams } from '../../web/params.ts';
import { loadProcessSpace, type ProcessSpace } from '../processes/index.ts';
import { ActionFormPage } from './action.form.tsx';
import { loadAction } from './action.load.ts';
import { organisationLabels } from './action.presenter.ts';
import { findAction } from './action.repository.ts';
import {
  ACTION_FIELDS,
  type ActionDraft,
  type ActionInput,
  actionParams,
  draftFromAction,
  EMPTY_ACTION_DRAFT,
  parseActionDraft,
  readActionDraft,
} from './action.schema.ts';
import { actionProblems, createAction, updateAction } from './action.service.ts';
import { allTerms } from './monitoring.tags.ts';
import { processOrganisations } from './organisation-lookup.ts';

/** The forms to add an action to a plan and to change one. */
export function actionFormRoutes(app: App, { db }: AppDeps): void {
  const context = (request: FastifyRequest, id: string) =>
    loadProcessSpace(db.kysely, request.actor, id, 'edit', request.i18n);
  const serviceContext = (ctx: ProcessSpace, request: FastifyRequest) => ({
    processId: ctx.process.id,
    actorId: actorId(request.actor),
  });

  async function formPage(
    ctx: ProcessSpace,
    request: FastifyRequest,
    options: { draft: ActionDraft; failure?: Failure; version?: number; actionId?: string },
  ) {
    const { failure } = options;
    const [organisations, terms] = await Promise.all([
      processOrganisations(db.kysely, ctx.process.id),
      allTerms(db.kysely),
    ]);
    // A conflict has its own notice above the form; the other failures are said beside the fields.
    const problems = failure && failure.kind !== 'conflict' ? problemsOf(failure) : {};
    return (
      <ActionFormPage
        context={ctx}
        mode={options.actionId ? 'update' : 'create'}
        draft={options.draft}
        errors={translateProblems(problems, request.i18n, { order: ACTION_FIELDS })}
        version={(failure?.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure?.kind === 'conflict'}
        actionId={options.actionId}
        organisations={organisations}
        terms={terms}
      />
    );
  }

  /** Parses the form; when a field cannot be read, the service still checks the rest. */
  async function submit(
    draft: ActionDraft,
    save: (input: ActionInput) => Promise<Result<{ id: string }>>,
  ): Promise<Result<{ id: string }>> {
    const { input, problems } = parseActionDraft(draft);
    if (Object.keys(problems).length === 0) return save(input);
    return invalid(mergeProblems(problems, await actionProblems(db, input)));
  }

  app.get(
    '/processes/:id/actions/new',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      return reply.page(await formPage(ctx, request, { draft: EMPTY_ACTION_DRAFT }));
    },
  );

  app.post(
    '/processes/:id/actions',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const draft = readActionDraft(request.body);
      const result = await submit(draft, (input) => createAction(db, serviceContext(ctx, request), input));
      if (result.ok)
        return reply.seeOther(`/processes/${ctx.process.id}/actions/${result.value.id}`, {
          kind: 'success',
          key: 'action.flash.created',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(await formPage(ctx, request, { draft, failure: result }), failureStatus(result));
    },
  );

  app.get(
    '/processes/:id/actions/:actionId/edit',
    { config: { policy: 'signed-in' }, schema: { params: actionParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const { actionId } = request.params;
      const action = await loadAction(db, ctx.process.id, actionId);
      if (!action) throw notFound();
      const draft = draftFromAction({ ...action, ...organisationLabels(action) });
      return reply.page(await formPage(ctx, request, { draft, version: action.version, actionId }));
    },
  );

  app.post(
    '/processes/:id/actions/:actionId/edit',
    { config: { policy: 'signed-in' }, schema: { params: actionParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const { actionId } = request.params;
      const current = await findAction(db.kysely, ctx.process.id, actionId);
      if (!current) throw notFound();
      const draft = readActionDraft(request.body);
      const version = versionOf(asBody(request.body));
      const result = await submit(draft, (input) =>
        updateAction(db, serviceContext(ctx, request), actionId, version ?? -1, input),
      );
      if (result.ok)
        return reply.seeOther(`/processes/${ctx.process.id}/actions/${actionId}`, {
          kind: 'success',
          key: 'action.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      // After a conflict the form carries the saved version: saving again overwrites knowingly.
      return reply.page(
        await formPage(ctx, request, {
          draft,
          failure: result,
          version: version ?? current.version,
          actionId,
        }),
        failureStatus(result),
      );
    },
  );
}
