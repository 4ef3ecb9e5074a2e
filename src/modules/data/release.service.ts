import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Failure, notFound, ok, type Result, refused, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import type { ImportSummary } from './import.report.ts';
import {
  applyDatasetMeta,
  findCurrentRelease,
  findReleaseFacts,
  releaseCoverage,
  switchCurrent,
} from './import.repository.ts';
import {
  type Confirmations,
  HOLD_CODES,
  type HoldCode,
  type HoldReason,
  holdReasons,
  type ReleaseFacts,
  unconfirmed,
} from './release.checks.ts';

type FactsRow = NonNullable<Awaited<ReturnType<typeof findReleaseFacts>>>;

export function parseSummary(json: string): Partial<ImportSummary> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? (value as Partial<ImportSummary>) : {};
  } catch {
    return {};
  }
}

/** A stored release as the checks see it: its values, areas and years as stored. */
export async function storedFacts(db: Kysely<Database>, row: FactsRow): Promise<ReleaseFacts> {
  const summary = parseSummary(row.summary_json);
  const coverage = await releaseCoverage(db, row.id);
  return {
    label: row.label,
    coverage: { values: Number(row.values_stored), ...coverage },
    endsMidRow: summary.endsMidRow,
    rowErrors: summary.reasons?.['not-a-number'] ?? 0,
  };
}

export type MakeCurrentCheck =
  | { ok: false; error: 'not-found' | 'not-finished' }
  | {
      ok: true;
      release: FactsRow;
      current: FactsRow | null;
      /** What the user confirms by making it current (empty when nothing shrinks). */
      reasons: HoldReason[];
    };

/** What making a release current would change: read only, for the confirmation step. */
export async function checkMakeCurrent(db: Kysely<Database>, releaseId: string): Promise<MakeCurrentCheck> {
  const release = await findReleaseFacts(db, releaseId);
  if (!release) return { ok: false, error: 'not-found' };
  if (release.status !== 'complete' && release.status !== 'held') return { ok: false, error: 'not-finished' };
  const current = (await findCurrentRelease(db, release.dataset_id)) ?? null;
  if (current?.id === release.id) return { ok: true, release, current, reasons: [] };
  const reasons = holdReasons(
    await storedFacts(db, release),
    current ? await storedFacts(db, current) : null,
  );
  return { ok: true, release, current, reasons };
}

/** What "make current" did. */
export interface MadeCurrent {
  releaseId: string;
  label: string;
  previous: { id: string; label: string } | null;
  confirmed: HoldReason[];
  /** False when the release was already current. */
  changed: boolean;
}

/** Why a release that was not read completely cannot be made current (a `refused` failure). */
export const NOT_FINISHED = 'data.release.error.notFinished';

/**
 * A release that needs confirmation is refused with one problem per unconfirmed reason, named by
 * its code, in the words of its catalogue message (`data.release.hold.<code>`).
 */
function needsConfirmation(reasons: HoldReason[]): Failure {
  return refused(
    Object.fromEntries(
      reasons.map((r) => [r.code, { key: `data.release.hold.${r.code}`, values: r.values }]),
    ),
  );
}

/** The reasons a refused "make current" still waits for (empty for any other failure). */
export function unconfirmedReasons(failure: Failure): HoldReason[] {
  if (failure.kind !== 'refused') return [];
  return Object.entries(failure.problems)
    .filter(([code]) => (HOLD_CODES as readonly string[]).includes(code))
    .map(([code, problem]) => ({ code: code as HoldCode, values: problem.values ?? {} }));
}

/** True when "make current" was refused because the release is still running or failed. */
export function isNotFinished(failure: Failure): boolean {
  return failure.kind === 'refused' && failure.problems._form?.key === NOT_FINISHED;
}

/**
 * Makes a stored release (complete or held) the current one of its dataset: "make current".
 * Guards: the release exists and was read completely; what it would lose against the current
 * release (release.checks.ts) is confirmed. One transaction with its audit row, which also
 * raises the content version so kept pages are rebuilt.
 */
export function makeReleaseCurrent(
  db: Db,
  input: { releaseId: string; actorId: string | null; confirm: Confirmations },
): Promise<Result<MadeCurrent>> {
  return transact(db.kysely, async (trx): Promise<Result<MadeCurrent>> => {
    const check = await checkMakeCurrent(trx, input.releaseId);
    if (!check.ok) return check.error === 'not-found' ? notFound() : refused({ _form: NOT_FINISHED });
    const { release, current, reasons } = check;
    const value = {
      releaseId: release.id,
      label: release.label,
      previous: current ? { id: current.id, label: current.label } : null,
      confirmed: reasons,
    };
    if (current?.id === release.id) return ok({ ...value, changed: false });
    const open = unconfirmed(reasons, input.confirm);
    if (open.length > 0) return needsConfirmation(open);
    await switchCurrent(trx, release.dataset_id, release.id);
    const meta = parseSummary(release.summary_json).dataset;
    if (meta) await applyDatasetMeta(trx, release.dataset_id, meta);
    await recordAudit(trx, {
      actorId: input.actorId,
      action: 'data.release.make-current',
      entityType: 'release',
      entityId: release.id,
      before: { current: current?.id ?? null, label: current?.label ?? null },
      after: { current: release.id, label: release.label, confirmed: reasons.map((r) => r.code) },
    });
    return ok({ ...value, changed: true });
  });
}
