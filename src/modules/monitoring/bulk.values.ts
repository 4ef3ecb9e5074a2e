import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { isIsoDate, parseNumber } from '../../web/form/index.ts';
import type { RawRow } from './bulk.parse.ts';
import { BulkConflict, type BulkHandler, type CheckedRow, type RowProblem } from './bulk.types.ts';
import { listIndicators, locksOf } from './indicator.repository.ts';
import { periodYear, readAge, readSex } from './indicator.rules.ts';
import type { IndicatorContext } from './indicator.service.ts';
import { LIMITS } from './monitoring.limits.ts';
import type { AgeGroup, IndicatorUnit, Sex } from './monitoring.table.ts';
import { rewriteValue, valueProblems, writeNewValue } from './value.service.ts';

/** What saving one row of indicator values does. */
export interface ValueChange {
  kind: 'new' | 'replace' | 'same';
  indicatorId: string;
  indicatorName: string;
  unit: IndicatorUnit;
  period: string;
  year: number;
  sex: Sex;
  age: AgeGroup;
  value: number;
  source: string | null;
  reportedOn: string;
  /** The value stored now, when the row replaces it. */
  previous: number | null;
  existing: {
    id: string;
    version: number;
    value: number;
    source: string | null;
    reported_on: string;
    reported_by: string | null;
  } | null;
}

export const VALUE_COLUMNS = [
  {
    name: 'indicator',
    aliases: ['indicator_id', 'indicator_name', 'indicateur', 'indicador', 'المؤشر'],
    required: true,
  },
  {
    name: 'period',
    aliases: ['year', 'période', 'periode', 'periodo', 'año', 'ano', 'الفترة', 'السنة'],
    required: true,
  },
  { name: 'sex', aliases: ['sexe', 'sexo', 'الجنس'], required: false },
  {
    name: 'age_group',
    aliases: ['age', 'âge', 'edad', 'grupo_de_edad', 'groupe_dâge', 'الفئة_العمرية'],
    required: false,
  },
  { name: 'value', aliases: ['valeur', 'valor', 'القيمة'], required: true },
  { name: 'source', aliases: ['fuente', 'المصدر'], required: false },
  { name: 'date_reported', aliases: ['reported_on', 'date', 'fecha', 'التاريخ'], required: false },
];

/** Checks each row of indicator values: the problems of each cell, and what the row would change. */
async function check(
  db: Kysely<Database>,
  context: IndicatorContext,
  rows: RawRow[],
  today: string,
): Promise<CheckedRow<ValueChange>[]> {
  const [indicators, locks] = await Promise.all([
    listIndicators(db, context.process.id),
    locksOf(db, context.process.id),
  ]);
  const locked = new Set(locks.map((l) => l.year));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const byName = new Map<string, typeof indicators>();
  for (const indicator of indicators) {
    const key = indicator.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), indicator]);
  }
  const existing = indicators.length
    ? await db
        .selectFrom('indicator_values')
        .select([
          'id',
          'indicator_id',
          'period',
          'sex',
          'age',
          'value',
          'source',
          'reported_on',
          'reported_by',
          'version',
        ])
        .where('process_id', '=', context.process.id)
        .execute()
    : [];
  const stored = new Map(existing.map((v) => [`${v.indicator_id}|${v.period}|${v.sex}|${v.age}`, v]));
  const seen = new Map<string, number>();
  return rows.map(({ row, cells }) => {
    const problems: RowProblem[] = [];
    const add = (column: string, key: string, values?: Record<string, string | number>) =>
      problems.push({ column, key, values });
    // The indicator, by id or by its exact name (any case).
    const reference = cells.indicator ?? '';
    const named = byName.get(reference.trim().toLowerCase()) ?? [];
    const indicator = byId.get(reference.trim()) ?? (named.length === 1 ? named[0] : undefined);
    if (reference === '') add('indicator', 'bulk.value.indicatorRequired');
    else if (named.length > 1)
      add('indicator', 'bulk.value.indicatorAmbiguous', { name: reference.slice(0, 100) });
    else if (!indicator) add('indicator', 'bulk.value.indicatorUnknown', { name: reference.slice(0, 100) });
    const period = (cells.period ?? '').trim().toUpperCase();
    const sex = readSex(cells.sex ?? '');
    if (!sex) add('sex', 'bulk.value.sex');
    const age = readAge(cells.age_group ?? '');
    if (!age) add('age_group', 'bulk.value.age');
    const valueText = cells.value ?? '';
    const value = parseNumber(valueText);
    if (valueText === '') add('value', 'bulk.value.valueRequired');
    else if (value === null) add('value', 'indicator.error.valueNumber');
    const dateText = (cells.date_reported ?? '').trim();
    const reportedOn = dateText === '' ? today : dateText;
    if (dateText !== '' && !isIsoDate(dateText)) add('date_reported', 'bulk.value.date');
    const source = (cells.source ?? '').trim() || null;
    if (indicator) {
      const found = valueProblems(
        {
          period,
          sex: sex ?? '_T',
          age: age ?? '_T',
          value: value ?? 0,
          source,
          reportedOn: isIsoDate(reportedOn) ? reportedOn : today,
        },
        indicator,
        context.process,
        today,
      );
      const column: Record<string, string> = {
        period: 'period',
        sex: 'sex',
        age: 'age_group',
        value: 'value',
        source: 'source',
        reportedOn: 'date_reported',
      };
      for (const [field, problem] of Object.entries(found)) {
        const name = column[field] ?? field;
        if (name === 'value' && value === null) continue;
        if ((name === 'sex' && !sex) || (name === 'age_group' && !age)) continue;
        if (name === 'date_reported' && problems.some((p) => p.column === 'date_reported')) continue;
        // Dates stay as written in the file (ISO), as the rest of the upload's report.
        add(name, problem.key, { ...problem.values, ...problem.dates });
      }
    } else if (period !== '' && periodYear(period) === null) add('period', 'indicator.error.period');
    const year = periodYear(period);
    if (indicator && year !== null && locked.has(year) && !problems.some((p) => p.column === 'period'))
      add('period', 'bulk.value.locked', { year });
    if (source && source.length > LIMITS.source && !problems.some((p) => p.column === 'source'))
      add('source', 'indicator.error.sourceTooLong', { max: LIMITS.source });
    if (indicator && sex && age && year !== null) {
      const key = `${indicator.id}|${period}|${sex}|${age}`;
      const first = seen.get(key);
      if (first !== undefined) add('period', 'bulk.value.repeated', { row: first });
      else seen.set(key, row);
    }
    if (problems.length > 0 || !indicator || !sex || !age || value === null || year === null)
      return { row, cells, problems, change: null };
    const current = stored.get(`${indicator.id}|${period}|${sex}|${age}`);
    const kind = !current
      ? 'new'
      : Number(current.value) === value && current.source === source
        ? 'same'
        : 'replace';
    return {
      row,
      cells,
      problems,
      change: {
        kind,
        indicatorId: indicator.id,
        indicatorName: indicator.name,
        unit: indicator.unit,
        period,
        year,
        sex,
        age,
        value,
        source,
        reportedOn,
        previous: current ? Number(current.value) : null,
        existing: current
          ? {
              id: current.id,
              version: Number(current.version),
              value: Number(current.value),
              source: current.source,
              reported_on: current.reported_on,
              reported_by: current.reported_by,
            }
          : null,
      },
    };
  });
}

async function save(
  trx: Transaction<Database>,
  context: IndicatorContext,
  rows: CheckedRow<ValueChange>[],
): Promise<number> {
  let saved = 0;
  for (const { change } of rows) {
    if (!change || change.kind === 'same') continue;
    if (change.kind === 'new') {
      await writeNewValue(trx, context, change.indicatorId, change, change.year);
    } else if (change.existing) {
      const done = await rewriteValue(trx, context, change.existing, change);
      if (!done) throw new BulkConflict();
    }
    saved += 1;
  }
  return saved;
}

export const valueUploads: BulkHandler<ValueChange> = {
  columns: VALUE_COLUMNS,
  check,
  save,
  unchanged: (change) => change.kind === 'same',
};
