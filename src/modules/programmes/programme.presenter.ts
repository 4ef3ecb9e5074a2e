import type { Translator } from '../../i18n/translator.ts';
import type { OrganisationRef } from './organisation-access.ts';
import type { ProgrammeListRow, ProgrammeParts } from './programme.repository.ts';
import type { LessonTheme, ParticipantRole, ProgrammeStatus } from './programme.table.ts';

/** A programme as views and API clients see it. */
export interface ProgrammeSummary {
  id: string;
  title: string;
  shortName: string | null;
  status: ProgrammeStatus;
  startDate: string | null;
  endDate: string | null;
  budget: { amountMinor: number; currency: string } | null;
  leadOrganisation: OrganisationRef;
  countries: { alpha3: string; name: string }[];
}

export interface Programme extends ProgrammeSummary {
  summary: string | null;
  participants: { organisation: OrganisationRef; role: ParticipantRole }[];
  outputs: { number: number; text: string }[];
  lessons: { label: string; text: string; theme: LessonTheme | null }[];
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: { update: boolean };
}

const mine = <T extends { programme_id: string }>(rows: T[], id: string) =>
  rows.filter((r) => r.programme_id === id);

export function presentProgrammeSummary(
  row: ProgrammeListRow,
  parts: ProgrammeParts,
  i18n: Translator,
): ProgrammeSummary {
  return {
    id: row.id,
    title: row.title,
    shortName: row.short_name,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    budget:
      row.budget_minor !== null && row.currency !== null
        ? { amountMinor: Number(row.budget_minor), currency: row.currency }
        : null,
    leadOrganisation: { id: row.lead_organisation_id, name: row.lead_name, acronym: row.lead_acronym },
    countries: mine(parts.countries, row.id).map((c) => ({
      alpha3: c.alpha3,
      name: i18n.countryName(c.alpha2) ?? c.name_en,
    })),
  };
}

export function presentProgramme(
  row: ProgrammeListRow,
  parts: ProgrammeParts,
  i18n: Translator,
  actions: { update: boolean },
): Programme {
  return {
    ...presentProgrammeSummary(row, parts, i18n),
    summary: row.summary,
    participants: mine(parts.participants, row.id).map((p) => ({
      organisation: { id: p.organisation_id, name: p.name, acronym: p.acronym },
      role: p.role,
    })),
    outputs: mine(parts.outputs, row.id).map((o) => ({ number: o.position, text: o.text })),
    lessons: mine(parts.lessons, row.id).map((l) => ({ label: l.label, text: l.text, theme: l.theme })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions,
  };
}

/** The ids of the organisations leading a programme: the lead and every co-lead. */
export function leadOrganisationIds(
  programme: Pick<Programme, 'leadOrganisation' | 'participants'>,
): string[] {
  return [
    programme.leadOrganisation.id,
    ...programme.participants.filter((p) => p.role === 'lead').map((p) => p.organisation.id),
  ];
}
