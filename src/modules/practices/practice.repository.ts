import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type {
  LinkKind,
  PartnerRole,
  PracticeRow,
  PracticesTable,
  PracticeTranslationsTable,
} from './practice.table.ts';

/** A practice row with the names of its countries and the titles it points to. */
export type PracticeListRow = PracticeRow & {
  country_alpha2: string | null;
  country_name_en: string | null;
  origin_alpha2: string | null;
  origin_name_en: string | null;
  destination_alpha2: string | null;
  destination_name_en: string | null;
};

export type PracticeFullRow = PracticeListRow & {
  call_title: string | null;
  call_created_by: string | null;
  replicates_title: string | null;
  replicates_status: string | null;
};

/** Practices with the three countries they name (place, origin, destination). */
export function selectPractices(db: Kysely<Database>) {
  return db
    .selectFrom('practices')
    .leftJoin('countries as c', 'c.alpha3', 'practices.country_alpha3')
    .leftJoin('countries as o', 'o.alpha3', 'practices.origin_alpha3')
    .leftJoin('countries as d', 'd.alpha3', 'practices.destination_alpha3')
    .selectAll('practices')
    .select([
      'c.alpha2 as country_alpha2',
      'c.name_en as country_name_en',
      'o.alpha2 as origin_alpha2',
      'o.name_en as origin_name_en',
      'd.alpha2 as destination_alpha2',
      'd.name_en as destination_name_en',
    ]);
}

export async function findPractice(db: Kysely<Database>, id: string): Promise<PracticeFullRow | undefined> {
  return selectPractices(db)
    .leftJoin('practice_calls as call', 'call.id', 'practices.call_id')
    .leftJoin('practices as origin_practice', 'origin_practice.id', 'practices.replicates_id')
    .select([
      'call.title as call_title',
      'call.created_by as call_created_by',
      'origin_practice.title as replicates_title',
      'origin_practice.status as replicates_status',
    ])
    .where('practices.id', '=', id)
    .executeTakeFirst();
}

/** The bare row, for commands (no joins), optionally inside their transaction. */
export async function practiceRow(db: Kysely<Database>, id: string): Promise<PracticeRow | undefined> {
  return db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface PracticeParts {
  translations: PracticeTranslationsTable[];
  organisations: { organisation_id: string; name: string; acronym: string | null; role: PartnerRole }[];
  evidence: { label: string; figure: string | null; source: string | null }[];
  links: { kind: LinkKind; target_id: string; title: string | null }[];
}

/** A practice's translations, organisations, evidence and links (titles only of what is public). */
export async function loadPracticeParts(db: Kysely<Database>, id: string): Promise<PracticeParts> {
  const [translations, organisations, evidence, links] = await Promise.all([
    db
      .selectFrom('practice_translations')
      .selectAll()
      .where('practice_id', '=', id)
      .orderBy('field')
      .orderBy('is_original', 'desc')
      .orderBy('locale')
      .execute(),
    db
      .selectFrom('practice_organisations as po')
      .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
      .select(['po.organisation_id', 'o.name', 'o.acronym', 'po.role'])
      .where('po.practice_id', '=', id)
      .orderBy('po.position')
      .execute(),
    db
      .selectFrom('practice_evidence')
      .select(['label', 'figure', 'source'])
      .where('practice_id', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('practice_links as l')
      .leftJoin('programmes as pg', (j) =>
        j.onRef('pg.id', '=', 'l.target_id').on('l.kind', '=', 'programme'),
      )
      .leftJoin('processes as pr', (j) =>
        j.onRef('pr.id', '=', 'l.target_id').on('l.kind', '=', 'process').on('pr.visibility', '=', 'public'),
      )
      .leftJoin('lessons as le', (j) => j.onRef('le.id', '=', 'l.target_id').on('l.kind', '=', 'lesson'))
      .leftJoin('processes as lp', (j) =>
        j.onRef('lp.id', '=', 'le.process_id').on('lp.visibility', '=', 'public'),
      )
      .select((eb) => [
        'l.kind',
        'l.target_id',
        eb.fn
          .coalesce(
            'pg.title',
            'pr.title',
            eb.case().when('lp.id', 'is not', null).then(eb.ref('le.text')).end(),
          )
          .as('title'),
      ])
      .where('l.practice_id', '=', id)
      .orderBy('l.kind')
      .execute(),
  ]);
  return { translations, organisations, evidence, links };
}

export async function insertPractice(
  trx: Transaction<Database>,
  row: Omit<PracticesTable, 'version'>,
): Promise<void> {
  await trx.insertInto('practices').values(row).execute();
}

/** Updates only when the stored version is still `version`; false means someone saved first. */
export async function updatePracticeRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<PracticesTable, 'id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('practices')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces what a practice lists: translations, organisations, evidence and links. */
export async function replacePracticeParts(
  trx: Transaction<Database>,
  id: string,
  parts: {
    translations: Omit<PracticeTranslationsTable, 'practice_id'>[];
    organisations: { organisationId: string; role: PartnerRole }[];
    evidence: { label: string; figure: string | null; source: string | null }[];
    links: { kind: LinkKind; id: string }[];
  },
): Promise<void> {
  for (const table of [
    'practice_translations',
    'practice_organisations',
    'practice_evidence',
    'practice_links',
  ] as const)
    await trx.deleteFrom(table).where('practice_id', '=', id).execute();
  if (parts.translations.length)
    await trx
      .insertInto('practice_translations')
      .values(parts.translations.map((t) => ({ practice_id: id, ...t })))
      .execute();
  if (parts.organisations.length)
    await trx
      .insertInto('practice_organisations')
      .values(
        parts.organisations.map((o, i) => ({
          practice_id: id,
          organisation_id: o.organisationId,
          role: o.role,
          position: i + 1,
        })),
      )
      .execute();
  if (parts.evidence.length)
    await trx
      .insertInto('practice_evidence')
      .values(parts.evidence.map((e, i) => ({ practice_id: id, position: i + 1, ...e })))
      .execute();
  if (parts.links.length)
    await trx
      .insertInto('practice_links')
      .values(parts.links.map((l) => ({ practice_id: id, kind: l.kind, target_id: l.id })))
      .execute();
}

/** Which of the ids of one kind of record exist (lessons, processes, programmes). */
export async function existingLinks(
  db: Kysely<Database>,
  kind: LinkKind,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const table = kind === 'lesson' ? 'lessons' : kind === 'process' ? 'processes' : 'programmes';
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The organisations the author of a practice belongs to, and those it names. */
export async function authorOrganisationIds(
  db: Kysely<Database>,
  practice: { id: string; created_by: string | null },
): Promise<Set<string>> {
  const [named, memberships] = await Promise.all([
    db
      .selectFrom('practice_organisations')
      .select('organisation_id')
      .where('practice_id', '=', practice.id)
      .execute(),
    practice.created_by
      ? db
          .selectFrom('memberships')
          .select('organisation_id')
          .where('user_id', '=', practice.created_by)
          .execute()
      : Promise.resolve([]),
  ]);
  return new Set([...named, ...memberships].map((r) => r.organisation_id));
}

/** The practices a person wrote, most recently changed first ("My practices"). */
export async function practicesBy(db: Kysely<Database>, userId: string): Promise<PracticeListRow[]> {
  return selectPractices(db)
    .where('practices.created_by', '=', userId)
    .orderBy('practices.updated_at', 'desc')
    .orderBy('practices.id')
    .limit(500)
    .execute();
}

/** The practices that replicate any of `ids`, for the family tree. */
export async function replicationsOf(
  db: Kysely<Database>,
  ids: string[],
): Promise<
  Pick<
    PracticeRow,
    'id' | 'title' | 'status' | 'replicates_id' | 'replication_progress' | 'city' | 'country_alpha3'
  >[]
> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('practices')
    .select(['id', 'title', 'status', 'replicates_id', 'replication_progress', 'city', 'country_alpha3'])
    .where('replicates_id', 'in', ids)
    .orderBy('created_at')
    .execute();
}

export async function replicatesOf(db: Kysely<Database>, id: string): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('practices')
    .select('replicates_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? row.replicates_id : undefined;
}

export async function countPublished(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('practices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertComment(
  trx: Transaction<Database>,
  row: {
    id: string;
    practice_id: string;
    user_id: string | null;
    kind: 'return' | 'answer';
    body: string;
    created_at: string;
  },
): Promise<void> {
  await trx.insertInto('practice_comments').values(row).execute();
}

export async function commentsOf(db: Kysely<Database>, practiceId: string) {
  return db
    .selectFrom('practice_comments as pc')
    .leftJoin('users as u', 'u.id', 'pc.user_id')
    .select(['pc.id', 'pc.kind', 'pc.body', 'pc.created_at', 'u.name as user_name'])
    .where('pc.practice_id', '=', practiceId)
    .orderBy('pc.created_at')
    .orderBy('pc.id')
    .execute();
}

/** The id of a practice with exactly this title (the demo loader reuses what it made before). */
export async function practiceIdByTitle(db: Kysely<Database>, title: string): Promise<string | undefined> {
  return (await db.selectFrom('practices').select('id').where('title', '=', title).executeTakeFirst())?.id;
}
