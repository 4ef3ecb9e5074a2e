import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { Cell, Sheet } from '../../tables/index.ts';
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

/** The sheets of a values template: the columns to fill, and (for the workbook) the reference. */
export async function valueTemplate(
  db: Db,
  processId: string,
  format: 'csv' | 'xlsx',
  i18n: Translator,
): Promise<Sheet[]> {
  const values: Sheet = { name: 'Values', header: VALUE_TEMPLATE_HEADER, rows: [] };
  if (format === 'csv') return [values];
  const indicators = await listIndicators(db.kysely, processId);
  const reference: Cell[][] = indicators.map((i) => [
    i.name,
    i.id,
    i18n.t(`indicator.unit.${i.unit}`),
    sexesFor(i.disaggregation).join(' '),
    agesFor(i.disaggregation).join(' '),
  ]);
  return [
    values,
    {
      name: i18n.t('bulk.template.referenceSheet'),
      header: ['indicator', 'indicator_id', 'unit', 'sex', 'age_group'],
      rows: reference,
    },
  ];
}

/** The sheet of an action template: the process's actions as they are. */
export async function actionTemplate(db: Db, processId: string): Promise<Sheet[]> {
  const actions = await db.kysely
    .selectFrom('actions')
    .select(['id', 'title', 'status', 'progress'])
    .where('process_id', '=', processId)
    .orderBy('title')
    .orderBy('id')
    .execute();
  const rows: Cell[][] = actions.map((a) => [a.id, a.title, a.status, Number(a.progress)]);
  return [{ name: 'Actions', header: ACTION_TEMPLATE_HEADER, rows }];
}
