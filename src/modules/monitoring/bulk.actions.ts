import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';
import { lookupMessage } from '../../i18n/catalogue.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { updateActionIfVersion } from './action.repository.ts';
import type { RawRow } from './bulk.parse.ts';
import { BulkConflict, type BulkHandler, type CheckedRow, type RowProblem } from './bulk.types.ts';
import type { IndicatorContext } from './indicator.service.ts';
import { ACTION_STATUSES, type ActionStatus } from './monitoring.table.ts';

/** What saving one row of action updates does. */
export interface ActionChange {
  actionId: string;
  title: string;
  version: number;
  before: { status: ActionStatus; progress: number };
  after: { status: ActionStatus; progress: number };
}

export const ACTION_COLUMNS = [
  {
    name: 'action',
    aliases: ['action_id', 'id', 'title', 'titre', 'título', 'titulo', 'الإجراء', 'acción', 'accion'],
    required: true,
  },
  { name: 'status', aliases: ['statut', 'estado', 'الحالة'], required: false },
  {
    name: 'progress',
    aliases: ['progress_percent', 'progrès', 'avancement', 'progreso', 'avance', 'التقدم'],
    required: false,
  },
];

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** A status as people type it: its code ("in-progress") or its name in any of the four languages. */
function readStatus(text: string): ActionStatus | null {
  const wanted = normalise(text);
  for (const status of ACTION_STATUSES) {
    if (wanted === status) return status;
    for (const locale of LOCALES) {
      const label = lookupMessage(locale, `action.status.${status}`);
      if (label && normalise(label) === wanted) return status;
    }
  }
  return null;
}

async function check(
  db: Kysely<Database>,
  context: IndicatorContext,
  rows: RawRow[],
): Promise<CheckedRow<ActionChange>[]> {
  const actions = await db
    .selectFrom('actions')
    .select(['id', 'title', 'status', 'progress', 'version'])
    .where('process_id', '=', context.process.id)
    .execute();
  const byId = new Map(actions.map((a) => [a.id, a]));
  const byTitle = new Map<string, typeof actions>();
  for (const action of actions) {
    const key = action.title.trim().toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), action]);
  }
  const seen = new Map<string, number>();
  return rows.map(({ row, cells }) => {
    const problems: RowProblem[] = [];
    const add = (column: string, key: string, values?: Record<string, string | number>) =>
      problems.push({ column, key, values });
    const reference = (cells.action ?? '').trim();
    const titled = byTitle.get(reference.toLowerCase()) ?? [];
    const action = byId.get(reference) ?? (titled.length === 1 ? titled[0] : undefined);
    if (reference === '') add('action', 'bulk.action.required');
    else if (titled.length > 1) add('action', 'bulk.action.ambiguous', { name: reference.slice(0, 100) });
    else if (!action) add('action', 'bulk.action.unknown', { name: reference.slice(0, 100) });
    const statusText = cells.status ?? '';
    const status = statusText === '' ? null : readStatus(statusText);
    if (statusText !== '' && !status) add('status', 'bulk.action.status', { value: statusText.slice(0, 40) });
    const progressText = (cells.progress ?? '').replace(/%$/, '').trim();
    let progress: number | null = null;
    if (progressText !== '') {
      const number = Number(progressText.replace(',', '.'));
      if (!/^\d+([.,]\d+)?$/.test(progressText) || number > 100) add('progress', 'action.error.progress');
      else progress = Math.round(number);
    }
    if (statusText === '' && progressText === '') add('status', 'bulk.action.nothing');
    if (action) {
      const first = seen.get(action.id);
      if (first !== undefined) add('action', 'bulk.action.repeated', { row: first });
      else seen.set(action.id, row);
    }
    if (problems.length > 0 || !action) return { row, cells, problems, change: null };
    const before = { status: action.status, progress: Number(action.progress) };
    const nextStatus = status ?? before.status;
    // A done action is complete, as the form has it.
    const nextProgress = nextStatus === 'done' ? 100 : (progress ?? before.progress);
    return {
      row,
      cells,
      problems,
      change: {
        actionId: action.id,
        title: action.title,
        version: Number(action.version),
        before,
        after: { status: nextStatus, progress: nextProgress },
      },
    };
  });
}

async function save(
  trx: Transaction<Database>,
  context: IndicatorContext,
  rows: CheckedRow<ActionChange>[],
): Promise<number> {
  let saved = 0;
  for (const { change } of rows) {
    if (!change || unchanged(change)) continue;
    const done = await updateActionIfVersion(trx, change.actionId, change.version, {
      ...change.after,
      updated_at: now(),
    });
    if (!done) throw new BulkConflict();
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'action.update',
      entityType: 'action',
      entityId: change.actionId,
      before: change.before,
      after: { ...change.after, via: 'upload' },
    });
    saved += 1;
  }
  return saved;
}

function unchanged(change: ActionChange): boolean {
  return change.before.status === change.after.status && change.before.progress === change.after.progress;
}

export const actionUploads: BulkHandler<ActionChange> = { columns: ACTION_COLUMNS, check, save, unchanged };
