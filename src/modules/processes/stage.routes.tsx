import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import { actorIdOf, commandErrors, inputErrors, kept } from './process.forms.ts';
import { can } from './process.policy.ts';
import { presentStage, type Stage } from './process.presenter.ts';
import { deliverableForm, stageForm, stageParams } from './process.schema.ts';
import { findDeliverable, findStage, listDeliverables, listStages } from './stage.repository.ts';
import { addDeliverable, removeDeliverable, updateStage } from './stage.service.ts';
import { ConfirmPage, NewDeliverablePage, StagePage, StagesPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

function stageLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    status: t('stage.field.status'),
    startDate: t('stage.field.start'),
    endDate: t('stage.field.end'),
    notes: t('stage.field.notes'),
    version: t('stage.field.status'),
    title: t('stage.deliverable.field.title'),
    url: t('stage.deliverable.field.url'),
    note: t('stage.deliverable.field.note'),
  };
}

function stageValues(stage: Stage): Record<string, string> {
  return {
    status: stage.status,
    startDate: stage.startDate ?? '',
    endDate: stage.endDate ?? '',
    notes: stage.notes ?? '',
  };
}

async function loadStage(db: Kysely<Database>, request: FastifyRequest, processId: string): Promise<Stage> {
  const params = stageParams.safeParse(request.params);
  if (!params.success) throw notFound();
  const row = await findStage(db, processId, params.data.stageId);
  if (!row) throw notFound();
  return presentStage(row, await listDeliverables(db, [row.id]), request.i18n);
}

/** The stages of a process: list, one stage with its edit form, deliverables. */
export function stageRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;

  app.get('/processes/:id/stages', { config: { policy: 'public' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'view');
    const rows = await listStages(kysely, process.id);
    const deliverables = await listDeliverables(
      kysely,
      rows.map((r) => r.id),
    );
    const stages = rows.map((r) => presentStage(r, deliverables, request.i18n));
    return reply.page(<StagesPage process={process} stages={stages} />);
  });

  app.get('/processes/:id/stages/:stageId', { config: { policy: 'public' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'view');
    const stage = await loadStage(kysely, request, process.id);
    const canEdit = can(request.actor, 'edit', process, process.role);
    return reply.page(
      <StagePage
        process={process}
        stage={stage}
        canEdit={canEdit}
        form={{ values: stageValues(stage), errors: {}, version: stage.version }}
      />,
    );
  });

  app.post('/processes/:id/stages/:stageId', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const stage = await loadStage(kysely, request, process.id);
    const fields = formFields(request.body);
    const labels = stageLabels(request.i18n);
    const show = (errors: Record<string, string>, status: number, version: number) =>
      reply.page(
        <StagePage
          process={process}
          stage={stage}
          canEdit
          form={{ values: kept(fields), errors, version }}
        />,
        status,
      );
    // Invalid input keeps the version the user read, so a conflict is still caught on the next try.
    const readVersion = Number.isInteger(Number(fields.version)) ? Number(fields.version) : stage.version;
    const parsed = stageForm.safeParse(fields);
    if (!parsed.success) return show(inputErrors(parsed.error, request.i18n, labels), 400, readVersion);
    const result = await updateStage(kysely, actorIdOf(request), process.id, stage.id, {
      status: parsed.data.status,
      startDate: parsed.data.startDate ?? null,
      endDate: parsed.data.endDate ?? null,
      notes: parsed.data.notes ?? null,
      version: parsed.data.version,
    });
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      const errors = commandErrors(result.errors, request.i18n, labels);
      // A conflict shows the stage as saved by the other person above the user's own text.
      return result.code === 'conflict' ? show(errors, 409, stage.version) : show(errors, 400, readVersion);
    }
    return reply.seeOther(`/processes/${process.id}/stages/${stage.id}`, {
      kind: 'success',
      key: 'stage.saved',
    });
  });

  app.get(
    '/processes/:id/stages/:stageId/deliverables/new',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'edit');
      const stage = await loadStage(kysely, request, process.id);
      return reply.page(<NewDeliverablePage process={process} stage={stage} values={{}} errors={{}} />);
    },
  );

  app.post(
    '/processes/:id/stages/:stageId/deliverables',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'edit');
      const stage = await loadStage(kysely, request, process.id);
      const fields = formFields(request.body);
      const parsed = deliverableForm.safeParse(fields);
      if (!parsed.success) {
        const errors = inputErrors(parsed.error, request.i18n, stageLabels(request.i18n));
        return reply.page(
          <NewDeliverablePage process={process} stage={stage} values={kept(fields)} errors={errors} />,
          400,
        );
      }
      const result = await addDeliverable(kysely, actorIdOf(request), process.id, stage.id, parsed.data);
      if (!result.ok) throw notFound();
      return reply.seeOther(`/processes/${process.id}/stages/${stage.id}`, {
        kind: 'success',
        key: 'stage.deliverable.added',
      });
    },
  );

  /** Ids are checked by the lookups below, which answer 404 to a malformed one. */
  const deliverableParams = z.object({ id: z.string(), stageId: z.string(), itemId: z.string() });

  async function loadDeliverable(request: FastifyRequest, itemId: string) {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const stage = await loadStage(kysely, request, process.id);
    const row = /^[a-z0-9]{1,40}$/.test(itemId) ? await findDeliverable(kysely, stage.id, itemId) : undefined;
    if (!row) throw notFound();
    return { process, stage, row };
  }

  app.get(
    '/processes/:id/stages/:stageId/deliverables/:itemId/remove',
    { config: { policy: 'signed-in' }, schema: { params: deliverableParams } },
    async (request, reply) => {
      const { process, stage, row } = await loadDeliverable(request, request.params.itemId);
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
    { config: { policy: 'signed-in' }, schema: { params: deliverableParams } },
    async (request, reply) => {
      const { process, stage, row } = await loadDeliverable(request, request.params.itemId);
      const result = await removeDeliverable(kysely, actorIdOf(request), stage.id, row.id);
      if (!result.ok) throw notFound();
      return reply.seeOther(`/processes/${process.id}/stages/${stage.id}`, {
        kind: 'success',
        key: 'stage.deliverable.removed',
      });
    },
  );
}
