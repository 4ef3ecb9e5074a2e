import type { FastifyReply } from 'fastify';
import type { Translator } from '../../i18n/translator.ts';
import { type Cell, fileSlug, sendTable } from '../../tables/index.ts';
import { majorAmount } from '../../web/form/index.ts';
import type { ProcessSpace } from '../processes/index.ts';
import type { Action } from './action.presenter.ts';
import { organisationLabel } from './organisation-lookup.ts';

/** Machine-readable column names (stable for scripts), with translated labels beside codes. */
const HEADER = [
  'id',
  'title',
  'answers',
  'gap_ref',
  'responsible_organisation',
  'partners',
  'start_date',
  'end_date',
  'budget',
  'currency',
  'funding_source',
  'status',
  'status_label',
  'progress',
  'overdue',
  'stage',
  'stage_label',
  'tags',
  'shared_with_pair',
  'updated_at',
];

export function actionRows(actions: Action[], i18n: Translator): Cell[][] {
  return actions.map((a) => [
    a.id,
    a.title,
    a.answers,
    a.gapRef,
    a.responsibleOrganisation ? organisationLabel(a.responsibleOrganisation) : null,
    a.partners.map(organisationLabel).join('; ') || null,
    a.startDate,
    a.endDate,
    a.budget ? majorAmount(a.budget.amountMinor, a.budget.currency) : null,
    a.budget?.currency ?? null,
    a.fundingSource,
    a.status,
    i18n.t(`action.status.${a.status}`),
    a.progress,
    a.overdue ? 'yes' : 'no',
    a.stage,
    a.stage ? i18n.t(`monitoring.stage.${a.stage}`) : null,
    a.tags.join('; ') || null,
    a.sharedWithPair ? 'yes' : 'no',
    a.updatedAt,
  ]);
}

/** Sends a process's actions as a CSV or XLSX download. */
export async function exportActions(
  reply: FastifyReply,
  context: ProcessSpace,
  actions: Action[],
  format: 'csv' | 'xlsx',
  i18n: Translator,
) {
  return sendTable(reply, {
    filename: fileSlug(`${context.process.title}-actions`),
    format,
    sheets: [{ name: 'Actions', header: HEADER, rows: actionRows(actions, i18n) }],
  });
}
