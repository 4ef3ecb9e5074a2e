import type { ActionListRow } from './action.repository.ts';
import type { ActionStatus, StageKey } from './monitoring.table.ts';
import { type OrganisationRef, organisationLabel } from './organisation-lookup.ts';
import type { RollupItem } from './rollup.ts';

/** An action as pages, exports and the API show it. */
export interface Action {
  id: string;
  processId: string;
  title: string;
  answers: string | null;
  gapRef: string | null;
  gapHref: string | null;
  responsibleOrganisation: OrganisationRef | null;
  partners: OrganisationRef[];
  startDate: string | null;
  endDate: string | null;
  budget: { amountMinor: number; currency: string } | null;
  fundingSource: string | null;
  status: ActionStatus;
  progress: number;
  stage: StageKey | null;
  tags: string[];
  sharedWithPair: boolean;
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Overdue: the end date has passed and the action is neither done nor cancelled. */
export function isOverdue(row: { end_date: string | null; status: string }, today: string): boolean {
  return row.end_date !== null && row.end_date < today && row.status !== 'done' && row.status !== 'cancelled';
}

export function presentAction(
  row: ActionListRow,
  partners: OrganisationRef[],
  tags: string[],
  today: string,
): Action {
  return {
    id: row.id,
    processId: row.process_id,
    title: row.title,
    answers: row.answers,
    gapRef: row.gap_ref,
    gapHref: row.gap_href,
    responsibleOrganisation: row.responsible_organisation_id
      ? {
          id: row.responsible_organisation_id,
          name: row.responsible_name ?? '',
          acronym: row.responsible_acronym,
        }
      : null,
    partners,
    startDate: row.start_date,
    endDate: row.end_date,
    budget:
      row.budget_minor !== null && row.currency
        ? { amountMinor: row.budget_minor, currency: row.currency }
        : null,
    fundingSource: row.funding_source,
    status: row.status,
    progress: row.progress,
    stage: row.stage as StageKey | null,
    tags,
    sharedWithPair: row.shared_with_pair === 1,
    overdue: isOverdue(row, today),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rollupItem(action: Action): RollupItem {
  return {
    status: action.status,
    progress: action.progress,
    stage: action.stage,
    budgetMinor: action.budget?.amountMinor ?? null,
    currency: action.budget?.currency ?? null,
  };
}

/** The form's text for an action's organisations. */
export function organisationLabels(action: Action): {
  responsibleLabel: string | null;
  partnerLabels: string[];
} {
  return {
    responsibleLabel: action.responsibleOrganisation
      ? organisationLabel(action.responsibleOrganisation)
      : null,
    partnerLabels: action.partners.map(organisationLabel),
  };
}
