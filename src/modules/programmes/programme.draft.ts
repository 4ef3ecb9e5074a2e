import {
  amountText,
  asBody,
  datePartsOf,
  itemsOf,
  listOf,
  rowsOf,
  textOf,
  toDateParts,
} from '../../web/form/index.ts';
import { organisationLabel } from './organisation-access.ts';
import type { Programme } from './programme.presenter.ts';
import type { ProgrammeDraft } from './programme.schema.ts';

/** Reads the programme form as typed (blank rows dropped) for the schema and for drawing it again. */
export function readProgrammeDraft(body: unknown): ProgrammeDraft {
  const b = asBody(body);
  return {
    title: textOf(b, 'title'),
    shortName: textOf(b, 'shortName'),
    summary: textOf(b, 'summary'),
    status: textOf(b, 'status'),
    startDate: datePartsOf(b, 'startDate'),
    endDate: datePartsOf(b, 'endDate'),
    budgetAmount: textOf(b, 'budgetAmount'),
    currency: textOf(b, 'currency'),
    leadOrganisation: textOf(b, 'leadOrganisation'),
    participants: rowsOf(b, 'participants', ['organisation', 'role'] as const, ['organisation'] as const),
    countries: listOf(b, 'countries').map((c) => c.trim().toUpperCase()),
    outputs: itemsOf(b, 'outputs'),
    lessons: rowsOf(b, 'lessons', ['label', 'text', 'theme'] as const, ['label', 'text'] as const),
  };
}

/** The edit form's starting values. The lead is named once, above the other participants. */
export function draftFromProgramme(programme: Programme): ProgrammeDraft {
  return {
    title: programme.title,
    shortName: programme.shortName ?? '',
    summary: programme.summary ?? '',
    status: programme.status,
    startDate: toDateParts(programme.startDate),
    endDate: toDateParts(programme.endDate),
    budgetAmount: programme.budget ? amountText(programme.budget.amountMinor, programme.budget.currency) : '',
    currency: programme.budget?.currency ?? '',
    leadOrganisation: organisationLabel(programme.leadOrganisation),
    participants: programme.participants
      .filter((p) => p.organisation.id !== programme.leadOrganisation.id)
      .map((p) => ({ organisation: organisationLabel(p.organisation), role: p.role })),
    countries: programme.countries.map((c) => c.alpha3),
    outputs: programme.outputs.map((o) => o.text),
    lessons: programme.lessons.map((l) => ({ label: l.label, text: l.text, theme: l.theme ?? '' })),
  };
}

export const EMPTY_PROGRAMME_DRAFT: ProgrammeDraft = {
  title: '',
  shortName: '',
  summary: '',
  status: 'planned',
  startDate: toDateParts(null),
  endDate: toDateParts(null),
  budgetAmount: '',
  currency: '',
  leadOrganisation: '',
  participants: [],
  countries: [],
  outputs: [],
  lessons: [],
};
