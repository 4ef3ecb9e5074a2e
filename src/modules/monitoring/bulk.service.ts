import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { conflict, invalid, ok, type Result, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { actionUploads } from './bulk.actions.ts';
import type { RawRow } from './bulk.parse.ts';
import { BulkConflict, type BulkHandler, type CheckedRow } from './bulk.types.ts';
import { valueUploads } from './bulk.values.ts';
import type { IndicatorContext } from './indicator.service.ts';
import type { BulkKind, BulkMode, BulkUploadRow } from './monitoring.table.ts';

/**
 * Bulk entry in two steps. An upload is parsed and kept server-side (`bulk_uploads`, never the
 * session) with an expiry; its preview checks every row against the process as it is now; the
 * uploader confirms, and the rows are checked again and saved in one transaction:
 * - `valid-only` (the default): every valid row that changes something is saved; rows with a
 *   problem are skipped and listed;
 * - `all-or-nothing`: if any row has a problem, nothing is saved.
 * An upload is confirmed once; after it expires it must be uploaded again.
 */

export const UPLOAD_HOURS = 2;

// biome-ignore lint/suspicious/noExplicitAny: each kind has its own change type.
export const HANDLERS: Record<BulkKind, BulkHandler<any>> = {
  'indicator-values': valueUploads,
  'action-updates': actionUploads,
};

export interface Report<C = unknown> {
  rows: CheckedRow<C>[];
  valid: number;
  invalid: number;
  /** Valid rows that would change nothing (a value reported again as it is). */
  unchanged: number;
}

export function summarise<C>(handler: BulkHandler<C>, rows: CheckedRow<C>[]): Report<C> {
  const valid = rows.filter((r) => r.change !== null);
  return {
    rows,
    valid: valid.length,
    invalid: rows.length - valid.length,
    unchanged: valid.filter((r) => handler.unchanged(r.change as C)).length,
  };
}

/** Checks rows without saving anything: the preview, and the API's dry run. */
export async function checkRows(
  db: Kysely<Database>,
  context: IndicatorContext,
  kind: BulkKind,
  rows: RawRow[],
  today: string,
): Promise<Report> {
  const handler = HANDLERS[kind];
  return summarise(handler, await handler.check(db, context, rows, today));
}

/** What confirming an upload did: the command's result, and the rows as last checked (none on a conflict). */
export interface Applied {
  /** How many rows were saved; `invalid` names why nothing was (`_form`), `conflict` a race. */
  result: Result<{ saved: number }>;
  report: Report | null;
}

/**
 * Checks the rows again and saves the valid ones in one transaction (see the module comment for
 * the two modes). `beforeSave` runs first in the same transaction (marking an upload confirmed);
 * when nothing may be saved, it is rolled back with the rest.
 */
export async function applyRows(
  db: Db,
  context: IndicatorContext,
  kind: BulkKind,
  mode: BulkMode,
  rows: RawRow[],
  today: string,
  audit: { entityId: string; fileName: string | null },
  beforeSave?: (trx: Kysely<Database>) => Promise<boolean>,
): Promise<Applied> {
  const handler = HANDLERS[kind];
  // The rows as checked inside the transaction, kept when it rolls back: the preview shows them.
  const checkedLast: { report: Report | null } = { report: null };
  try {
    const result = await transact(db.kysely, async (trx) => {
      if (beforeSave && !(await beforeSave(trx))) return conflict();
      const checked = summarise(handler, await handler.check(trx, context, rows, today));
      checkedLast.report = checked;
      if (mode === 'all-or-nothing' && checked.invalid > 0) return invalid({ _form: 'bulk.preview.blocked' });
      if (checked.valid === 0) return invalid({ _form: 'bulk.preview.nothingToSave' });
      const saved = await handler.save(trx, context, checked.rows);
      await recordAudit(trx, {
        actorId: context.actorId,
        action: `bulk.${kind}`,
        entityType: 'process',
        entityId: context.process.id,
        after: {
          upload: audit.entityId,
          file: audit.fileName,
          mode,
          saved,
          skipped: checked.invalid,
          unchanged: checked.unchanged,
        },
      });
      return ok({ saved });
    });
    return { result, report: result.ok || result.kind !== 'conflict' ? checkedLast.report : null };
  } catch (error) {
    // A row changed between the check and the write: everything was rolled back.
    if (error instanceof BulkConflict) return { result: conflict(), report: null };
    throw error;
  }
}

/** Keeps a parsed upload until it is confirmed or expires; old ones are cleared on the way. */
export async function storeUpload(
  db: Db,
  input: {
    processId: string;
    kind: BulkKind;
    mode: BulkMode;
    fileName: string;
    rows: RawRow[];
    actorId: string;
  },
): Promise<string> {
  const id = newId();
  const at = new Date();
  await transact(db.kysely, async (trx) => {
    await trx.deleteFrom('bulk_uploads').where('expires_at', '<', at.toISOString()).execute();
    await trx
      .insertInto('bulk_uploads')
      .values({
        id,
        process_id: input.processId,
        kind: input.kind,
        mode: input.mode,
        file_name: input.fileName.slice(0, 200),
        rows_json: JSON.stringify(input.rows),
        created_by: input.actorId,
        created_at: at.toISOString(),
        expires_at: new Date(at.getTime() + UPLOAD_HOURS * 3600_000).toISOString(),
        confirmed_at: null,
      })
      .execute();
    return ok(id);
  });
  return id;
}

/** An upload of this process and kind, by its uploader only (others get nothing: 404). */
export async function findUpload(
  db: Kysely<Database>,
  processId: string,
  kind: BulkKind,
  uploadId: string,
  actorId: string,
): Promise<BulkUploadRow | undefined> {
  return db
    .selectFrom('bulk_uploads')
    .selectAll()
    .where('id', '=', uploadId)
    .where('process_id', '=', processId)
    .where('kind', '=', kind)
    .where('created_by', '=', actorId)
    .executeTakeFirst();
}

export function uploadRows(upload: BulkUploadRow): RawRow[] {
  return JSON.parse(upload.rows_json) as RawRow[];
}

export function isExpired(upload: BulkUploadRow): boolean {
  return upload.expires_at < now();
}

/** Marks an upload confirmed, once: false when it already was (a second click, another tab). */
export async function markConfirmed(trx: Kysely<Database>, uploadId: string): Promise<boolean> {
  const result = await trx
    .updateTable('bulk_uploads')
    .set({ confirmed_at: now() })
    .where('id', '=', uploadId)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
