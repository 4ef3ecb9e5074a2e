import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { type Cell, fileSlug, sendTable } from '../../tables/index.ts';
import type { ProcessSpace } from '../processes/index.ts';
import { loadIndicators, lockedYears } from './indicator.load.ts';
import { valuesOfProcess } from './indicator.repository.ts';

const INDICATOR_HEADER = [
  'indicator_id',
  'name',
  'definition',
  'unit',
  'direction',
  'disaggregation',
  'baseline_value',
  'baseline_year',
  'targets',
  'latest_period',
  'latest_value',
  'progress_percent',
  'missing_years',
  'data_code',
  'tags',
];

const VALUE_HEADER = [
  'indicator_id',
  'indicator',
  'unit',
  'period',
  'sex',
  'age_group',
  'value',
  'source',
  'date_reported',
  'reported_by',
  'locked',
];

/**
 * Sends a process's indicators: the CSV holds every reported value (one row each, with its
 * indicator), the workbook a sheet of indicators (definition, baseline, targets, progress) and a
 * sheet of values.
 */
export async function exportIndicators(
  reply: FastifyReply,
  db: Db,
  context: ProcessSpace,
  format: 'csv' | 'xlsx',
  i18n: Translator,
) {
  const [indicators, values, locked] = await Promise.all([
    loadIndicators(db, context.process.id),
    valuesOfProcess(db.kysely, context.process.id),
    lockedYears(db, context.process.id),
  ]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const valueRows: Cell[][] = values.map((v) => [
    v.indicator_id,
    byId.get(v.indicator_id)?.name ?? null,
    byId.get(v.indicator_id)?.unit ?? null,
    v.period,
    v.sex,
    v.age,
    v.value,
    v.source,
    v.reported_on,
    v.reporter_name,
    locked.has(v.year) ? 'yes' : 'no',
  ]);
  const indicatorRows: Cell[][] = indicators.map((i) => [
    i.id,
    i.name,
    i.definition,
    i.unit,
    i.direction,
    i.disaggregation,
    i.baseline?.value ?? null,
    i.baseline?.year ?? null,
    i.targets.map((t) => `${t.year}: ${t.value}`).join('; ') || null,
    i.progress.latest?.period ?? null,
    i.progress.latest?.value ?? null,
    i.progress.percent,
    i.progress.missingYears.join('; ') || null,
    i.dataCode,
    i.tags.join('; ') || null,
  ]);
  return sendTable(reply, {
    filename: fileSlug(`${context.process.title}-indicators`),
    format,
    sheets: [
      { name: i18n.t('indicator.export.indicatorsSheet'), header: INDICATOR_HEADER, rows: indicatorRows },
      { name: i18n.t('indicator.export.valuesSheet'), header: VALUE_HEADER, rows: valueRows },
    ],
    csvSheet: 1,
  });
}
