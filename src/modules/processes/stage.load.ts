import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import { parseParams } from '../../web/params.ts';
import { presentStage, type Stage } from './process.presenter.ts';
import { stageParams } from './process.schema.ts';
import type { DeliverableRow } from './process.table.ts';
import { findDeliverable, findStage, listDeliverables, listStages } from './stage.repository.ts';
import { loadWorkspace, type Workspace } from './workspace.ts';

/** The six stages of a process, in order, with their deliverables. */
export async function loadStages(
  db: Kysely<Database>,
  processId: string,
  i18n: Translator,
): Promise<Stage[]> {
  const rows = await listStages(db, processId);
  const deliverables = await listDeliverables(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentStage(r, deliverables, i18n));
}

/** One stage of a process with its deliverables, or undefined when the process has no such stage. */
export async function loadStageById(
  db: Kysely<Database>,
  processId: string,
  stageId: string,
  i18n: Translator,
): Promise<Stage | undefined> {
  const row = await findStage(db, processId, stageId);
  return row && presentStage(row, await listDeliverables(db, [row.id]), i18n);
}

/** The stage named by the route's `:stageId` in a process already loaded (404 when it has none). */
export async function loadStage(
  db: Kysely<Database>,
  request: FastifyRequest,
  processId: string,
): Promise<Stage> {
  const { stageId } = parseParams(stageParams, request.params);
  const stage = await loadStageById(db, processId, stageId, request.i18n);
  if (!stage) throw notFound();
  return stage;
}

/**
 * The deliverable named by the route's `:itemId`, on a stage of a process the actor may edit
 * (404 otherwise, a malformed id too).
 */
export async function loadDeliverable(
  db: Kysely<Database>,
  request: FastifyRequest,
  itemId: string,
): Promise<Workspace & { stage: Stage; row: DeliverableRow }> {
  const workspace = await loadWorkspace(db, request, 'edit');
  const stage = await loadStage(db, request, workspace.process.id);
  const row = /^[a-z0-9]{1,40}$/.test(itemId) ? await findDeliverable(db, stage.id, itemId) : undefined;
  if (!row) throw notFound();
  return { ...workspace, stage, row };
}
