import type { AuditRow } from '../../audit/audit.repository.ts';

/** One changed field: its value before and after, as display text ('' when absent). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string | null } | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The fields that differ between `before` and `after`, in the order they were written. A
 * creation lists every field with an empty "before"; a deletion every field with an empty "after".
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}

export function presentAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: diffFields(row.before, row.after),
  };
}
