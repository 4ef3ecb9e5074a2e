import type { Translator } from '../../i18n/translator.ts';
import { presentTerm, type TermRecord } from '../taxonomy/index.ts';
import type { BodyMemberListRow, GovernmentMapListRow } from './body.repository.ts';
import type { MemberListRow } from './member.repository.ts';
import type { ProcessListRow } from './process.repository.ts';
import type {
  AreaRow,
  BodyRow,
  DeliverableRow,
  GOVERNMENT_LEVELS,
  ProcessInvitationRow,
  ProcessRole,
  StageRow,
  StageStatus,
} from './process.table.ts';

/** A process as views and API clients see it. */
export interface Process {
  id: string;
  title: string;
  country: { alpha3: string; name: string };
  area: { id: string; name: string; level: AreaRow['level']; parentId: string | null } | null;
  level: 'national' | 'local';
  planName: string;
  periodStart: string | null;
  periodEnd: string | null;
  leadOrganisation: { id: string; name: string } | null;
  visibility: 'public' | 'private';
  summary: string | null;
  tags: { id: string; short: string; label: string }[];
  tagRecords: TermRecord[];
  createdAt: string;
  updatedAt: string;
  version: number;
  role: ProcessRole | null;
}

export function presentProcess(
  row: ProcessListRow,
  tags: TermRecord[],
  i18n: Translator,
  role: ProcessRole | null,
): Process {
  return {
    id: row.id,
    title: row.title,
    country: {
      alpha3: row.country_alpha3,
      name: i18n.countryName(row.country_alpha2) ?? row.country_name_en,
    },
    area:
      row.area_id && row.area_name && row.area_level
        ? { id: row.area_id, name: row.area_name, level: row.area_level, parentId: row.area_parent_id }
        : null,
    level: row.area_id ? 'local' : 'national',
    planName: row.plan_name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    leadOrganisation:
      row.lead_organisation_id && row.lead_name
        ? { id: row.lead_organisation_id, name: row.lead_name }
        : null,
    visibility: row.visibility,
    summary: row.summary,
    tags: tags.map((t) => {
      const term = presentTerm(t, i18n);
      return { id: term.id, short: term.short, label: term.label };
    }),
    tagRecords: tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    role,
  };
}

/** What the API shows of a process (everything but the raw tag records). */
export function processJson(process: Process) {
  const { tagRecords: _unused, ...rest } = process;
  return rest;
}

export interface Deliverable {
  id: string;
  title: string;
  url: string | null;
  note: string | null;
  createdAt: string;
}

export interface Stage {
  id: string;
  kind: StageRow['kind'];
  position: number;
  name: string;
  status: StageStatus;
  startDate: string | null;
  endDate: string | null;
  notes: string | null;
  deliverables: Deliverable[];
  version: number;
}

export function presentStage(row: StageRow, deliverables: DeliverableRow[], i18n: Translator): Stage {
  return {
    id: row.id,
    kind: row.kind,
    position: Number(row.position),
    name: i18n.t(`stage.kind.${row.kind}`),
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    notes: row.notes,
    deliverables: deliverables
      .filter((d) => d.stage_id === row.id)
      .map((d) => ({ id: d.id, title: d.title, url: d.url, note: d.note, createdAt: d.created_at })),
    version: Number(row.version),
  };
}

type Level = (typeof GOVERNMENT_LEVELS)[number];

export interface GovernmentRow {
  id: string;
  organisation: { id: string; name: string } | null;
  ministryName: string | null;
  name: string;
  national: { takesPart: boolean; note: string | null };
  regional: { takesPart: boolean; note: string | null };
  local: { takesPart: boolean; note: string | null };
  version: number;
}

export interface Body {
  name: string | null;
  kind: BodyRow['kind'];
  mandate: string | null;
  members: { id: string; organisation: { id: string; name: string }; role: BodyMemberListRow['role'] }[];
  government: GovernmentRow[];
  version: number;
}

export function presentGovernmentRow(row: GovernmentMapListRow): GovernmentRow {
  const cell = (level: Level) => ({ takesPart: Number(row[level]) === 1, note: row[`${level}_note`] });
  return {
    id: row.id,
    organisation:
      row.organisation_id && row.organisation_name
        ? { id: row.organisation_id, name: row.organisation_name }
        : null,
    ministryName: row.ministry_name,
    name: row.organisation_name ?? row.ministry_name ?? '',
    national: cell('national'),
    regional: cell('regional'),
    local: cell('local'),
    version: Number(row.version),
  };
}

export function presentBody(
  row: BodyRow | undefined,
  members: BodyMemberListRow[],
  government: GovernmentMapListRow[],
): Body {
  return {
    name: row?.name || null,
    kind: row?.kind ?? null,
    mandate: row?.mandate ?? null,
    members: members.map((m) => ({
      id: m.id,
      organisation: { id: m.organisation_id, name: m.organisation_name },
      role: m.role,
    })),
    government: government.map(presentGovernmentRow),
    version: row ? Number(row.version) : 0,
  };
}

/** The API form of a body: without the per-row versions the HTML forms use. */
export function bodyJson(body: Body) {
  return { ...body, government: body.government.map(({ version: _v, ...row }) => row) };
}

export interface Member {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  /** Shown to those who manage the process only. */
  email: string | null;
  role: ProcessRole;
  /** For an organisation: how many people get its role through it (decision 44); null for a person. */
  people: number | null;
}

/** An invitation waiting for an answer, as its process's owners see it. */
export function presentInvitation(row: ProcessInvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: 'pending' as const,
    createdAt: row.created_at,
  };
}

export function presentMember(row: MemberListRow, showEmail: boolean): Member {
  const person = row.user_id !== null;
  return {
    id: row.id,
    kind: person ? 'person' : 'organisation',
    name: (person ? row.user_name : row.organisation_name) ?? '',
    email: person && showEmail ? row.user_email : null,
    role: row.role,
    people: person ? null : Number(row.organisation_people ?? 0),
  };
}
