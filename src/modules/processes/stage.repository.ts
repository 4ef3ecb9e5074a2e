import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import {
  type DeliverableRow,
  type ProcessStagesTable,
  STAGE_KINDS,
  type StageDeliverablesTable,
  type StageRow,
} from './process.table.ts';

/** Creates the six stages of the GMG cycle for a new process, all not started. */
export async function insertStages(trx: Kysely<Database>, processId: string): Promise<StageRow[]> {
  const at = now();
  const rows = STAGE_KINDS.map((kind, index) => ({
    id: newId(),
    process_id: processId,
    kind,
    position: index + 1,
    status: 'not-started' as const,
    start_date: null,
    end_date: null,
    notes: null,
    updated_at: at,
    version: 1,
  }));
  await trx.insertInto('process_stages').values(rows).execute();
  return rows;
}

export async function listStages(db: Kysely<Database>, processId: string): Promise<StageRow[]> {
  return db
    .selectFrom('process_stages')
    .selectAll()
    .where('process_id', '=', processId)
    .orderBy('position')
    .execute();
}

export async function findStage(
  db: Kysely<Database>,
  processId: string,
  stageId: string,
): Promise<StageRow | undefined> {
  return db
    .selectFrom('process_stages')
    .selectAll()
    .where('process_id', '=', processId)
    .where('id', '=', stageId)
    .executeTakeFirst();
}

/** Updates a stage only if it still has `version`; false when someone saved first. */
export async function updateStageRow(
  trx: Transaction<Database>,
  stageId: string,
  version: number,
  values: Partial<Pick<ProcessStagesTable, 'status' | 'start_date' | 'end_date' | 'notes' | 'updated_at'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('process_stages')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', stageId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listDeliverables(db: Kysely<Database>, stageIds: string[]): Promise<DeliverableRow[]> {
  if (stageIds.length === 0) return [];
  return db
    .selectFrom('stage_deliverables')
    .selectAll()
    .where('stage_id', 'in', stageIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findDeliverable(
  db: Kysely<Database>,
  stageId: string,
  id: string,
): Promise<DeliverableRow | undefined> {
  return db
    .selectFrom('stage_deliverables')
    .selectAll()
    .where('stage_id', '=', stageId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertDeliverable(
  trx: Transaction<Database>,
  row: StageDeliverablesTable,
): Promise<void> {
  await trx.insertInto('stage_deliverables').values(row).execute();
}

export async function deleteDeliverable(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('stage_deliverables').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
