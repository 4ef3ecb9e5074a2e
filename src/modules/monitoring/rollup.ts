import { type ActionStatus, type Rollup, STAGE_KEYS } from './monitoring.table.ts';

/** What the roll-up needs to know about one action. */
export interface RollupItem {
  status: ActionStatus;
  progress: number;
  stage: string | null;
  budgetMinor: number | null;
  currency: string | null;
}

export interface RollupResult {
  /** Percent complete (0-100, one decimal), or null when no action counts. */
  percent: number | null;
  /** Actions counted (cancelled ones never are). */
  count: number;
  /** The method used: `budget` can fall back to `average` (see `fallback`). */
  method: Rollup;
  /** Why a budget-weighted roll-up used the plain average instead. */
  fallback: 'no-budget' | 'mixed-currencies' | null;
  /** The currency budgets were weighted in. */
  currency: string | null;
}

/**
 * Rolls action progress up, the way the team chose:
 * - `average`: the mean of the progress of every action that is not cancelled;
 * - `budget`: each action weighs as much as its budget; actions without a budget weigh nothing.
 *   When no counted action has a budget, or budgets are in different currencies (they cannot be
 *   added up without exchange rates), the plain average is used and `fallback` says why.
 * A done action counts as 100% whatever progress was typed.
 */
export function rollUp(items: RollupItem[], method: Rollup): RollupResult {
  const counted = items.filter((i) => i.status !== 'cancelled');
  const progressOf = (i: RollupItem) => (i.status === 'done' ? 100 : Math.min(100, Math.max(0, i.progress)));
  const round = (v: number) => Math.round(v * 10) / 10;
  const average = (fallback: RollupResult['fallback']): RollupResult => ({
    percent:
      counted.length === 0 ? null : round(counted.reduce((s, i) => s + progressOf(i), 0) / counted.length),
    count: counted.length,
    method: fallback ? 'average' : method,
    fallback,
    currency: null,
  });
  if (method === 'average') return average(null);
  const budgeted = counted.filter((i) => i.budgetMinor !== null && i.budgetMinor > 0 && i.currency);
  const currencies = new Set(budgeted.map((i) => i.currency));
  if (budgeted.length === 0) return average(counted.length === 0 ? null : 'no-budget');
  if (currencies.size > 1) return average('mixed-currencies');
  const total = budgeted.reduce((s, i) => s + (i.budgetMinor ?? 0), 0);
  return {
    percent: round(budgeted.reduce((s, i) => s + progressOf(i) * (i.budgetMinor ?? 0), 0) / total),
    count: counted.length,
    method,
    fallback: null,
    currency: [...currencies][0] ?? null,
  };
}

/** The plan's roll-up and one per stage (in the handbook's order; `none` for actions without a stage). */
export function rollUpPlan(
  items: RollupItem[],
  method: Rollup,
): { plan: RollupResult; stages: { stage: string; result: RollupResult }[] } {
  const stages = [...STAGE_KEYS, 'none'].map((stage) => ({
    stage,
    result: rollUp(
      items.filter((i) => (i.stage ?? 'none') === stage),
      method,
    ),
  }));
  return { plan: rollUp(items, method), stages: stages.filter((s) => s.result.count > 0) };
}
