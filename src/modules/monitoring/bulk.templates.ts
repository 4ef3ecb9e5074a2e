import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { type Cell, type Sheet, toCsv, toXlsx } from './export.ts';
import { listIndicators } from './indicator.repository.ts';
import { agesFor, sexesFor } from './indicator.rules.ts';

/**
 * Template files with the right headers. The values template names the columns and, in the
 * workbook, lists the process's indicators and the codes to use on a second sheet (only the
 * first sheet is read back). The action template is filled with the process's actions as they
 * are, so a team only edits status and progress.
 */

export const VALUE_TEMPLATE_HEADER = [
  'indicator',
  'period',
  'sex',
  'age_group',
  'value',
  'source',
  'date_reported',
];
export const ACTION_TEMPLATE_HEADER = ['action', 'action_title', 'status', 'progress'];

export async function valueTemplate(db: Db, processId: string, format: 'csv' | 'xlsx', i18n: Translator) {
  if (format === 'csv') return toCsv(VALUE_TEMPLATE_HEADER, []);
  const indicators = await listIndicators(db.kysely, processId);
  const reference: Cell[][] = indicators.map((i) => [
    i.name,
    i.id,
    i18n.t(`indicator.unit.${i.unit}`),
    sexesFor(i.disaggregation).join(' '),
    agesFor(i.disaggregation).join(' '),
  ]);
  const sheets: Sheet[] = [
    { name: 'Values', header: VALUE_TEMPLATE_HEADER, rows: [] },
    {
      name: i18n.t('bulk.template.referenceSheet'),
      header: ['indicator', 'indicator_id', 'unit', 'sex', 'age_group'],
      rows: reference,
    },
  ];
  return toXlsx(sheets);
}

export async function actionTemplate(db: Db, processId: string, format: 'csv' | 'xlsx') {
  const actions = await db.kysely
    .selectFrom('actions')
    .select(['id', 'title', 'status', 'progress'])
    .where('process_id', '=', processId)
    .orderBy('title')
    .orderBy('id')
    .execute();
  const rows: Cell[][] = actions.map((a) => [a.id, a.title, a.status, Number(a.progress)]);
  return format === 'csv'
    ? toCsv(ACTION_TEMPLATE_HEADER, rows)
    : toXlsx([{ name: 'Actions', header: ACTION_TEMPLATE_HEADER, rows }]);
}
