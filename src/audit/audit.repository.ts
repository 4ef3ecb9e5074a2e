import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { newId, now } from '../db/ids.ts';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Fields never written to the audit log, whatever entity they belong to. */
const SECRET_FIELDS = new Set(['password_hash', 'passwordHash', 'token_hash', 'tokenHash', 'password']);

function redact(record: Record<string, unknown> | null | undefined): string | null {
  if (!record) return null;
  const safe = Object.fromEntries(Object.entries(record).filter(([k]) => !SECRET_FIELDS.has(k)));
  return JSON.stringify(safe);
}

/** Writes one audit row. Takes a transaction so the row commits or rolls back with the change. */
export async function recordAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: now(),
      actor_id: entry.actorId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before_json: redact(entry.before),
      after_json: redact(entry.after),
    })
    .execute();
  // Whatever changed, pages kept for anonymous visitors may now be out of date.
  await trx
    .updateTable('content_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** The number of audited writes so far: it changes whenever content may have changed. */
export async function contentVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
}

export interface AuditRow {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditFilter {
  limit: number;
  entityType?: string;
  /** One entity (with `entityType`, e.g. the history of one user). */
  entityId?: string;
  /** Changes by one user; `null` for the system (first start, demo, CLI). */
  actorId?: string | null;
  /** Rows older than this one (the last row of the previous page). */
  cursor?: { at: string; id: string };
}

/** The newest audit rows first, optionally filtered, paged by an `(at, id)` cursor. */
export async function listAudit(db: Kysely<Database>, options: AuditFilter): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'users.name as actor_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.before_json',
      'audit_log.after_json',
    ])
    .$if(options.entityType !== undefined, (q) => q.where('audit_log.entity_type', '=', options.entityType!))
    .$if(options.entityId !== undefined, (q) => q.where('audit_log.entity_id', '=', options.entityId!))
    .$if(options.actorId === null, (q) => q.where('audit_log.actor_id', 'is', null))
    .$if(typeof options.actorId === 'string', (q) => q.where('audit_log.actor_id', '=', options.actorId!))
    .$if(options.cursor !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('audit_log.at', '<', options.cursor!.at),
          eb.and([eb('audit_log.at', '=', options.cursor!.at), eb('audit_log.id', '<', options.cursor!.id)]),
        ]),
      ),
    )
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before_json ? (JSON.parse(r.before_json) as Record<string, unknown>) : null,
    after: r.after_json ? (JSON.parse(r.after_json) as Record<string, unknown>) : null,
  }));
}

/** The entity types that appear in the log, for the viewer's filter. */
export async function listAuditEntityTypes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('entity_type')
    .distinct()
    .orderBy('entity_type')
    .execute();
  return rows.map((r) => r.entity_type);
}
