import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { normaliseEmail } from '../../auth/user.repository.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { listDocuments } from '../../documents/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { ProcessSummaryProvider } from '../../module-kit/manifest.ts';
import { allTerms, type TermRecord, tagsOf, termWithChildren } from '../taxonomy/index.ts';
import { findBody, listBodyMembers, listGovernmentMap } from './body.repository.ts';
import { countInvitationsTo } from './invitation.repository.ts';
import { countMembers } from './member.repository.ts';
import { pairedProcessIds } from './pair.repository.ts';
import { PROCESS_DOCUMENTS } from './process.documents.ts';
import { type Process, presentBody, presentProcess, presentStage, processJson } from './process.presenter.ts';
import {
  countriesWithProcesses,
  listAreas,
  listProcessPage,
  organisationChoices,
  type ProcessListRow,
  visibleAmong,
} from './process.repository.ts';
import type { OverviewData } from './process.views.tsx';
import type { ProcessFormChoices } from './process-form.views.tsx';
import { listStages } from './stage.repository.ts';
import { loadWorkspaceById, type Workspace } from './workspace.ts';

/** Presents rows with their tags, in one query for all tags. */
export async function presentRows(
  db: Kysely<Database>,
  rows: ProcessListRow[],
  i18n: Translator,
): Promise<Process[]> {
  const tags = await tagsOf(
    db,
    'process',
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentProcess(row, tags.get(row.id) ?? [], i18n, null));
}

/** Countries as a choice list, by name in the reader's language. */
function countryOptions(
  countries: { alpha3: string; alpha2: string; name_en: string }[],
  i18n: Translator,
): { alpha3: string; name: string }[] {
  const collator = new Intl.Collator(i18n.locale);
  return countries
    .map((c) => ({ alpha3: c.alpha3, name: i18n.countryName(c.alpha2) ?? c.name_en }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The list's filters and page, as read from the query string. */
export interface ProcessListQuery {
  country?: string;
  level?: 'national' | 'local';
  tag?: string;
  page: number;
}

export interface ProcessList {
  processes: Process[];
  total: number;
  /** Countries that have a process the reader may see, for the filter. */
  countries: { alpha3: string; name: string }[];
  terms: TermRecord[];
  /** Invitations waiting for the reader's answer. */
  invitations: number;
}

/** One page of the processes the actor may see, with what the list's filters offer. */
export async function loadProcessList(
  db: Kysely<Database>,
  actor: Actor,
  i18n: Translator,
  query: ProcessListQuery,
  pageSize: number,
): Promise<ProcessList> {
  const termIds = query.tag ? await termWithChildren(db, query.tag) : undefined;
  const filter = { country: query.country, level: query.level, termIds };
  const [{ rows, total }, countries, terms, invitations] = await Promise.all([
    listProcessPage(db, actor, filter, { offset: (query.page - 1) * pageSize, limit: pageSize }),
    countriesWithProcesses(db, actor),
    allTerms(db),
    actor.kind === 'user' ? countInvitationsTo(db, normaliseEmail(actor.user.email)) : Promise.resolve(0),
  ]);
  return {
    processes: await presentRows(db, rows, i18n),
    total,
    countries: countryOptions(countries, i18n),
    terms,
    invitations,
  };
}

/** What the process form offers: countries, areas, lead organisations (governments) and tags. */
export async function loadProcessFormChoices(
  db: Kysely<Database>,
  i18n: Translator,
): Promise<ProcessFormChoices> {
  const [countries, areas, organisations, terms] = await Promise.all([
    db.selectFrom('countries').select(['alpha3', 'alpha2', 'name_en']).execute(),
    listAreas(db),
    organisationChoices(db, { types: ['national-government', 'local-government'] }),
    allTerms(db),
  ]);
  return { countries: countryOptions(countries, i18n), areas, organisations, terms };
}

/**
 * The workspace overview of a process the actor may view: its stages, body, members, the paired
 * processes they may see, and the panels other modules add (in their order).
 */
export async function loadProcessOverview(
  db: Db,
  actor: Actor,
  i18n: Translator,
  { process, role, may }: Workspace,
  summaries: ProcessSummaryProvider[],
): Promise<OverviewData> {
  const kysely = db.kysely;
  const [stageRows, bodyRow, bodyMembers, government, memberCount, pairIds, documents] = await Promise.all([
    listStages(kysely, process.id),
    findBody(kysely, process.id),
    listBodyMembers(kysely, process.id),
    listGovernmentMap(kysely, process.id),
    countMembers(kysely, process.id),
    pairedProcessIds(kysely, process.id),
    listDocuments(kysely, PROCESS_DOCUMENTS, process.id),
  ]);
  const [pairRows, panels] = await Promise.all([
    visibleAmong(kysely, actor, pairIds),
    Promise.all(
      summaries.map((provider) =>
        provider(db, { id: process.id, countryAlpha3: process.country.alpha3, role }, actor),
      ),
    ),
  ]);
  return {
    process,
    may,
    stages: stageRows.map((s) => presentStage(s, [], i18n)),
    body: presentBody(bodyRow, bodyMembers, government),
    memberCount,
    pairs: await presentRows(kysely, pairRows, i18n),
    panels: panels
      .flatMap((s) => (s ? [s] : []))
      .sort((a, b) => a.order - b.order)
      .map((s) => s.node),
    documents,
  };
}

/** A process the actor may view, as the API answers it (404 otherwise). */
export async function loadProcessOut(db: Kysely<Database>, request: FastifyRequest, processId: string) {
  const { process } = await loadWorkspaceById(db, request, processId, 'view');
  return processJson(process);
}
