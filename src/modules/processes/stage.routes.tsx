import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { type FieldErrors, formFields, keptValues } from '../../web/form/index.ts';
import { deliverableForm, stageForm } from './process.schema.ts';
import { stageCommandErrors, stageInputErrors } from './stage.form.ts';
import { loadDeliverable, loadStage, loadStages } from './stage.load.ts';
import { addDeliverable, removeDeliverable, updateStage } from './stage.service.ts';
import { ConfirmPage, NewDeliverablePage, StagePage, StagesPage, stageValues } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

/** Ids are checked by the lookups, which answer 404 to a malformed one. */
const deliverableParams = z.object({ id: z.string(), stageId: z.string(), itemId: z.string() });

/** The stages of a process: list, one stage with its edit form, deliverables. */
export function stageRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };

  app.get('/processes/:id/stages', { config: { policy: 'public' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'view');
    const stages = await loadStages(kysely, process.id, request.i18n);
    return reply.page(<StagesPage process={process} stages={stages} />);
  });

  app.get('/processes/:id/stages/:stageId', { config: { policy: 'public' } }, async (request, reply) => {
    const { process, may } = await loadWorkspace(kysely, request, 'view');
    const stage = await loadStage(kysely, request, process.id);
    return reply.page(
      <StagePage
        process={process}
        stage={stage}
        canEdit={may.edit}
        form={{ values: stageValues(stage), errors: {}, version: stage.version }}
      />,
    );
  });

  app.post('/processes/:id/stages/:stageId', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const stage = await loadStage(kysely, request, process.id);
    const fields = formFields(request.body);
    const show = (errors: FieldErrors, status: number, version: number) =>
      reply.page(
        <StagePage
          process={process}
          stage={stage}
          canEdit
          form={{ values: keptValues(fields), errors, version }}
        />,
        status,
      );
    // Invalid input keeps the version the user read, so a conflict is still caught on the next try.
    const readVersion = Number.isInteger(Number(fields.version)) ? Number(fields.version) : stage.version;
    const parsed = stageForm.safeParse(fields);
    if (!parsed.success) return show(stageInputErrors(parsed.error, request.i18n), 422, readVersion);
    const result = await updateStage(kysely, actorId(request.actor), process.id, stage.id, {
      status: parsed.data.status,
      startDate: parsed.data.startDate ?? null,
      endDate: parsed.data.endDate ?? null,
      notes: parsed.data.notes ?? null,
      version: parsed.data.version,
    });
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      // A conflict shows the stage as saved by the other person above the user's own text.
      const version = result.kind === 'conflict' ? stage.version : readVersion;
      return show(stageCommandErrors(result, request.i18n), failureStatus(result), version);
    }
    return reply.seeOther(`/processes/${process.id}/stages/${stage.id}`, {
      kind: 'success',
      key: 'stage.saved',
    });
  });

  app.get('/processes/:id/stages/:stageId/deliverables/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const stage = await loadStage(kysely, request, process.id);
    return reply.page(<NewDeliverablePage process={process} stage={stage} values={{}} errors={{}} />);
  });

  app.post('/processes/:id/stages/:stageId/deliverables', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const stage = await loadStage(kysely, request, process.id);
    const fields = formFields(request.body);
    const parsed = deliverableForm.safeParse(fields);
    if (!parsed.success)
      return reply.page(
        <NewDeliverablePage
          process={process}
          stage={stage}
          values={keptValues(fields)}
          errors={stageInputErrors(parsed.error, request.i18n)}
        />,
        422,
      );
    const result = await addDeliverable(kysely, actorId(request.actor), process.id, stage.id, parsed.data);
    if (!result.ok) throw notFound(); // its one failure: the stage is gone
    return reply.seeOther(`/processes/${process.id}/stages/${stage.id}`, {
      kind: 'success',
      key: 'stage.deliverable.added',
    });
  });

  const deliverable = { ...signedIn, schema: { params: deliverableParams } };

  app.get(
    '/processes/:id/stages/:stageId/deliverables/:itemId/remove',
    deliverable,
    async (request, reply) => {
      const { process, stage, row } = await loadDeliverable(kysely, request, request.params.itemId);
      const { t } = request.i18n;
      const base = `/processes/${process.id}/stages/${stage.id}`;
      return reply.page(
        <ConfirmPage
          process={process}
          title={t('stage.deliverable.removeTitle')}
          question={t('stage.deliverable.removeQuestion', { title: row.title, stage: stage.name })}
          action={`${base}/deliverables/${row.id}/remove`}
          submit={t('stage.deliverable.removeSubmit')}
          cancelHref={base}
          active="stages"
          parent={{ label: stage.name, href: base }}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/stages/:stageId/deliverables/:itemId/remove',
    deliverable,
    async (request, reply) => {
      const { process, stage, row } = await loadDeliverable(kysely, request, request.params.itemId);
      const result = await removeDeliverable(kysely, actorId(request.actor), stage.id, row.id);
      if (!result.ok) throw notFound(); // its one failure: the deliverable is gone
      return reply.seeOther(`/processes/${process.id}/stages/${stage.id}`, {
        kind: 'success',
        key: 'stage.deliverable.removed',
      });
    },
  );
}
