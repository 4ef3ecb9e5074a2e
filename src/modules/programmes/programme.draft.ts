import { toDateParts } from '../../i18n/partial-date.ts';
import { itemsOf, listOf, rowsOf, textOf } from './form-support.ts';
import { organisationLabel } from './organisation-access.ts';
import type { Programme } from './programme.presenter.ts';
import type { ProgrammeDraft } from './programme.schema.ts';

type Body = Record<string, unknown>;

const dateOf = (body: Body, name: string) => ({
  day: textOf(body, `${name}.day`),
  month: textOf(body, `${name}.month`),
  year: textOf(body, `${name}.year`),
});

/** Reads the programme form as typed (blank rows dropped) for the schema and for drawing it again. */
export function readProgrammeDraft(body: unknown): ProgrammeDraft {
  const b = (body && typeof body === 'object' ? body : {}) as Body;
  return {
    title: textOf(b, 'title'),
    shortName: textOf(b, 'shortName'),
    summary: textOf(b, 'summary'),
    status: textOf(b, 'status'),
    startDate: dateOf(b, 'startDate'),
    endDate: dateOf(b, 'endDate'),
    budgetAmount: textOf(b, 'budgetAmount'),
    currency: textOf(b, 'currency'),
    leadOrganisation: textOf(b, 'leadOrganisation'),
    participants: rowsOf(b, 'participants', ['organisation', 'role'] as const, ['organisation'] as const),
    countries: listOf(b, 'countries').map((c) => c.trim().toUpperCase()),
    outputs: itemsOf(b, 'outputs'),
    lessons: rowsOf(b, 'lessons', ['label', 'text', 'theme'] as const, ['label', 'text'] as const),
  };
}

/** Budget in major units as a person would type it again: "9500000" or "12.50". */
function amountText(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
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
    budgetAmount: programme.budget ? amountText(programme.budget.amountMinor) : '',
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
