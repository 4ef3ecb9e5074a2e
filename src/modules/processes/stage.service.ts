import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { conflict, invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { StageStatus } from './process.table.ts';
import {
  deleteDeliverable,
  findDeliverable,
  findStage,
  insertDeliverable,
  updateStageRow,
} from './stage.repository.ts';

export interface StageInput {
  status: StageStatus;
  startDate: string | null;
  endDate: string | null;
  notes: string | null;
  version: number;
}

/** Saves a stage's status, dates and notes if nobody saved since `version`. */
export async function updateStage(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  stageId: string,
  input: StageInput,
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const current = await findStage(trx, processId, stageId);
    if (!current) return notFound();
    // A stage may start and end on the same day (a workshop), never end before it starts.
    if (input.startDate && input.endDate && input.endDate < input.startDate)
      return invalid({ endDate: 'stage.error.endBeforeStart' });
    const values = {
      status: input.status,
      start_date: input.startDate,
      end_date: input.endDate,
      notes: input.notes,
    };
    if (!(await updateStageRow(trx, stageId, input.version, { ...values, updated_at: now() })))
      return conflict();
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      const old = current[key as keyof typeof values];
      if (old !== value) {
        before[key] = old;
        after[key] = value;
      }
    }
    await recordAudit(trx, {
      actorId,
      action: 'stage.update',
      entityType: 'stage',
      entityId: stageId,
      before: { process: processId, kind: current.kind, ...before },
      after,
    });
    return ok({ version: input.version + 1 });
  });
}

/** Adds a deliverable (a document's title with a link, or a note) to a stage. */
export async function addDeliverable(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  stageId: string,
  input: { title: string; url?: string; note?: string },
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    if (!(await findStage(trx, processId, stageId))) return notFound();
    const row = {
      id: newId(),
      stage_id: stageId,
      process_id: processId,
      title: input.title,
      url: input.url ?? null,
      note: input.note ?? null,
      created_at: now(),
      created_by: actorId,
    };
    await insertDeliverable(trx, row);
    await recordAudit(trx, {
      actorId,
      action: 'deliverable.create',
      entityType: 'deliverable',
      entityId: row.id,
      after: { process: processId, stage: stageId, title: row.title, url: row.url, note: row.note },
    });
    return ok({ id: row.id });
  });
}

export async function removeDeliverable(
  db: Kysely<Database>,
  actorId: string | null,
  stageId: string,
  deliverableId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const row = await findDeliverable(trx, stageId, deliverableId);
    if (!row || !(await deleteDeliverable(trx, row.id))) return notFound();
    await recordAudit(trx, {
      actorId,
      action: 'deliverable.delete',
      entityType: 'deliverable',
      entityId: row.id,
      before: { process: row.process_id, stage: stageId, title: row.title, url: row.url, note: row.note },
    });
    return ok({ id: row.id });
  });
}
