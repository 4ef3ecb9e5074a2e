import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type {
  LessonTheme,
  ParticipantRole,
  ProgrammeRow,
  ProgrammeStatus,
  ProgrammesTable,
} from './programme.table.ts';

/** A programme row with the name of its lead organisation. */
export type ProgrammeListRow = ProgrammeRow & { lead_name: string; lead_acronym: string | null };

export interface ProgrammeFilter {
  status?: ProgrammeStatus;
  country?: string;
}

function selectProgrammes(db: Kysely<Database>, filter: ProgrammeFilter) {
  return db
    .selectFrom('programmes')
    .innerJoin('organisations as lead', 'lead.id', 'programmes.lead_organisation_id')
    .selectAll('programmes')
    .select(['lead.name as lead_name', 'lead.acronym as lead_acronym'])
    .$if(filter.status !== undefined, (q) => q.where('programmes.status', '=', filter.status!))
    .$if(filter.country !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('programme_countries')
            .select('programme_countries.programme_id')
            .whereRef('programme_countries.programme_id', '=', 'programmes.id')
            .where('programme_countries.country_alpha3', '=', filter.country!),
        ),
      ),
    );
}

/** Programmes by title, a page at a time: by offset (HTML pages) or after a cursor (API). */
export async function listProgrammes(
  db: Kysely<Database>,
  options: ProgrammeFilter & { limit: number; offset?: number; after?: { title: string; id: string } },
): Promise<ProgrammeListRow[]> {
  const { after } = options;
  return selectProgrammes(db, options)
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('programmes.title', '>', after!.title),
          eb.and([eb('programmes.title', '=', after!.title), eb('programmes.id', '>', after!.id)]),
        ]),
      ),
    )
    .orderBy('programmes.title')
    .orderBy('programmes.id')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countProgrammes(db: Kysely<Database>, filter: ProgrammeFilter = {}): Promise<number> {
  const row = await db
    .selectFrom('programmes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
    .$if(filter.country !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('programme_countries')
            .select('programme_countries.programme_id')
            .whereRef('programme_countries.programme_id', '=', 'programmes.id')
            .where('programme_countries.country_alpha3', '=', filter.country!),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findProgramme(db: Kysely<Database>, id: string): Promise<ProgrammeListRow | undefined> {
  return selectProgrammes(db, {}).where('programmes.id', '=', id).executeTakeFirst();
}

export interface ParticipantRow {
  programme_id: string;
  organisation_id: string;
  name: string;
  acronym: string | null;
  role: ParticipantRole;
}
export interface CountryRow {
  programme_id: string;
  alpha3: string;
  alpha2: string;
  name_en: string;
}
export interface OutputRow {
  programme_id: string;
  position: number;
  text: string;
}
export interface LessonRow {
  programme_id: string;
  position: number;
  label: string;
  text: string;
  theme: LessonTheme | null;
}

/** The organisations, countries, outputs and lessons of some programmes, each list in order. */
export interface ProgrammeParts {
  participants: ParticipantRow[];
  countries: CountryRow[];
  outputs: OutputRow[];
  lessons: LessonRow[];
}

export async function loadParts(
  db: Kysely<Database>,
  ids: string[],
  which: { full: boolean } = { full: true },
): Promise<ProgrammeParts> {
  if (ids.length === 0) return { participants: [], countries: [], outputs: [], lessons: [] };
  const [participants, countries, outputs, lessons] = await Promise.all([
    which.full
      ? db
          .selectFrom('programme_participants as p')
          .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
          .select(['p.programme_id', 'p.organisation_id', 'o.name', 'o.acronym', 'p.role'])
          .where('p.programme_id', 'in', ids)
          .orderBy('p.programme_id')
          .orderBy('p.position')
          .execute()
      : [],
    db
      .selectFrom('programme_countries as pc')
      .innerJoin('countries as c', 'c.alpha3', 'pc.country_alpha3')
      .select(['pc.programme_id', 'c.alpha3', 'c.alpha2', 'c.name_en'])
      .where('pc.programme_id', 'in', ids)
      .orderBy('pc.programme_id')
      .orderBy('pc.position')
      .execute(),
    which.full
      ? db
          .selectFrom('programme_outputs')
          .select(['programme_id', 'position', 'text'])
          .where('programme_id', 'in', ids)
          .orderBy('programme_id')
          .orderBy('position')
          .execute()
      : [],
    which.full
      ? db
          .selectFrom('programme_lessons')
          .select(['programme_id', 'position', 'label', 'text', 'theme'])
          .where('programme_id', 'in', ids)
          .orderBy('programme_id')
          .orderBy('position')
          .execute()
      : [],
  ]);
  return { participants, countries, outputs, lessons };
}

export async function insertProgramme(
  trx: Transaction<Database>,
  row: Omit<ProgrammesTable, 'version'>,
): Promise<void> {
  await trx.insertInto('programmes').values(row).execute();
}

/** Updates only when the stored version is still `version`; false means someone saved first. */
export async function updateProgrammeRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<ProgrammesTable, 'id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('programmes')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface NewParts {
  participants: { organisationId: string; role: ParticipantRole }[];
  countries: string[];
  outputs: string[];
  lessons: { label: string; text: string; theme: LessonTheme | null }[];
}

/** Replaces the lists of a programme; positions follow the order given. */
export async function replaceParts(trx: Transaction<Database>, programmeId: string, parts: NewParts) {
  await trx.deleteFrom('programme_participants').where('programme_id', '=', programmeId).execute();
  await trx.deleteFrom('programme_countries').where('programme_id', '=', programmeId).execute();
  await trx.deleteFrom('programme_outputs').where('programme_id', '=', programmeId).execute();
  await trx.deleteFrom('programme_lessons').where('programme_id', '=', programmeId).execute();
  if (parts.participants.length > 0)
    await trx
      .insertInto('programme_participants')
      .values(
        parts.participants.map((p, i) => ({
          programme_id: programmeId,
          organisation_id: p.organisationId,
          role: p.role,
          position: i + 1,
        })),
      )
      .execute();
  if (parts.countries.length > 0)
    await trx
      .insertInto('programme_countries')
      .values(
        parts.countries.map((c, i) => ({ programme_id: programmeId, country_alpha3: c, position: i + 1 })),
      )
      .execute();
  if (parts.outputs.length > 0)
    await trx
      .insertInto('programme_outputs')
      .values(parts.outputs.map((text, i) => ({ programme_id: programmeId, position: i + 1, text })))
      .execute();
  if (parts.lessons.length > 0)
    await trx
      .insertInto('programme_lessons')
      .values(parts.lessons.map((l, i) => ({ programme_id: programmeId, position: i + 1, ...l })))
      .execute();
}

/** Id and title of every programme, for the "related programme" choice of other records. */
export async function programmeChoices(db: Kysely<Database>): Promise<{ id: string; title: string }[]> {
  return db.selectFrom('programmes').select(['id', 'title']).orderBy('title').orderBy('id').execute();
}

/** The id of a programme with exactly this title (the demo loader reuses what it made before). */
export async function findProgrammeIdByTitle(
  db: Kysely<Database>,
  title: string,
): Promise<string | undefined> {
  const row = await db.selectFrom('programmes').select('id').where('title', '=', title).executeTakeFirst();
  return row?.id;
}
