import { progressChart } from '../../charts/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { today } from '../../web/form/index.ts';
import { formatValue, tickFormat } from './indicator.format.ts';
import { type Indicator, presentIndicator, presentValue, type ReportedValue } from './indicator.presenter.ts';
import {
  findIndicator,
  listIndicators,
  locksOf,
  targetsOf,
  totalsOf,
  valuesOf,
} from './indicator.repository.ts';
import { periodPosition } from './indicator.rules.ts';
import { tagIdsOf } from './monitoring.tags.ts';

/** A process's indicators as presented, with targets, progress and tags. */
export async function loadIndicators(db: Db, processId: string): Promise<Indicator[]> {
  const rows = await listIndicators(db.kysely, processId);
  const ids = rows.map((r) => r.id);
  const [targets, totals, tags] = await Promise.all([
    targetsOf(db.kysely, ids),
    totalsOf(db.kysely, ids),
    tagIdsOf(db.kysely, 'indicator', ids),
  ]);
  const day = today();
  return rows.map((r) =>
    presentIndicator(r, targets.get(r.id) ?? [], totals.get(r.id) ?? [], tags.get(r.id) ?? [], day),
  );
}

export async function loadIndicator(
  db: Db,
  processId: string,
  indicatorId: string,
): Promise<Indicator | undefined> {
  const row = await findIndicator(db.kysely, processId, indicatorId);
  if (!row) return undefined;
  const [targets, totals, tags] = await Promise.all([
    targetsOf(db.kysely, [row.id]),
    totalsOf(db.kysely, [row.id]),
    tagIdsOf(db.kysely, 'indicator', [row.id]),
  ]);
  return presentIndicator(
    row,
    targets.get(row.id) ?? [],
    totals.get(row.id) ?? [],
    tags.get(row.id) ?? [],
    today(),
  );
}

/** The locked years of a process, as a set. */
export async function lockedYears(db: Db, processId: string): Promise<Set<number>> {
  return new Set((await locksOf(db.kysely, processId)).map((l) => l.year));
}

export async function loadValues(db: Db, processId: string, indicatorId: string): Promise<ReportedValue[]> {
  const [rows, locked] = await Promise.all([valuesOf(db.kysely, indicatorId), lockedYears(db, processId)]);
  return rows.map((r) => presentValue(r, locked));
}

/** The progress chart of an indicator in the reader's language, or null when there is nothing to draw. */
export function chartFor(indicator: Indicator, values: ReportedValue[], i18n: Translator): string | null {
  const { t } = i18n;
  const reported = values
    .filter((v) => v.sex === '_T' && v.age === '_T')
    .map((v) => ({ period: v.period, value: v.value }));
  const parts = [
    reported.length > 0
      ? t('indicator.chart.describeReported', {
          count: reported.length,
          first: reported[0]!.period,
          last: reported.at(-1)!.period,
          value: formatValue(i18n, indicator.unit, reported.at(-1)!.value),
        })
      : t('indicator.noValues'),
    indicator.baseline
      ? t('indicator.valueInYear', {
          value: `${t('indicator.field.baseline')}: ${formatValue(i18n, indicator.unit, indicator.baseline.value)}`,
          year: indicator.baseline.year,
        })
      : '',
    ...indicator.targets.map((target) =>
      t('indicator.chart.describeTarget', {
        value: formatValue(i18n, indicator.unit, target.value),
        year: target.year,
      }),
    ),
  ].filter(Boolean);
  return progressChart({
    title: t('indicator.chart.svgTitle', { name: indicator.name }),
    description: `${indicator.name}. ${parts.join('. ')}.`,
    yLabel: t(`indicator.unit.${indicator.unit}`),
    reported,
    baseline: indicator.baseline,
    targets: indicator.targets,
    labels: {
      reported: t('indicator.chart.reported'),
      targets: t('indicator.targets'),
      baseline: t('indicator.field.baseline'),
    },
    tick: tickFormat(i18n, indicator.unit),
    dir: i18n.dir,
    percent: indicator.unit === 'percent',
    position: periodPosition,
  });
}
