import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ContentLocale, GuidanceKind, GuidanceRow } from './learning.table.ts';

export interface GuidanceFilter {
  kind?: GuidanceKind;
  locale?: ContentLocale;
  /** Only documents tagged with one of these taxonomy terms. */
  termIds?: string[];
  /** Keyset: after this `[title, id]`. */
  after?: { title: string; id: string };
  limit: number;
}

/** Guidance documents by title, a page at a time. */
export function listGuidance(db: Kysely<Database>, filter: GuidanceFilter): Promise<GuidanceRow[]> {
  const { kind, locale, termIds, after } = filter;
  return db
    .selectFrom('guidance_documents as g')
    .selectAll('g')
    .$if(kind !== undefined, (q) => q.where('g.kind', '=', kind as GuidanceKind))
    .$if(locale !== undefined, (q) => q.where('g.locale', '=', locale as ContentLocale))
    .$if(termIds !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('taggings as t')
            .select('t.entity_id')
            .whereRef('t.entity_id', '=', 'g.id')
            .where('t.entity_type', '=', 'guidance')
            .where('t.term_id', 'in', termIds?.length ? termIds : ['-']),
        ),
      ),
    )
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('g.title', '>', after?.title ?? ''),
          eb.and([eb('g.title', '=', after?.title ?? ''), eb('g.id', '>', after?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('g.title')
    .orderBy('g.id')
    .limit(filter.limit)
    .execute();
}

export function findGuidance(db: Kysely<Database>, id: string): Promise<GuidanceRow | undefined> {
  return db.selectFrom('guidance_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The same document in its other languages. */
export function guidanceFamily(
  db: Kysely<Database>,
  familyId: string,
): Promise<Pick<GuidanceRow, 'id' | 'locale' | 'title'>[]> {
  return db
    .selectFrom('guidance_documents')
    .select(['id', 'locale', 'title'])
    .where('family_id', '=', familyId)
    .orderBy('locale')
    .execute();
}

export function insertGuidance(trx: Transaction<Database>, row: Omit<GuidanceRow, 'version'>) {
  return trx.insertInto('guidance_documents').values(row).execute();
}

/** Saves new text when the row is still at `version`; false when someone saved first. */
export async function updateGuidanceRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<GuidanceRow, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('guidance_documents')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function insertGuidanceVersion(trx: Transaction<Database>, row: Database['guidance_versions']) {
  return trx.insertInto('guidance_versions').values(row).execute();
}

/** The versions of a document, newest first, with who saved each. */
export function guidanceVersions(db: Kysely<Database>, documentId: string) {
  return db
    .selectFrom('guidance_versions as v')
    .leftJoin('users as u', 'u.id', 'v.edited_by')
    .select(['v.number', 'v.change_note', 'v.edited_at', 'u.name as editor_name'])
    .where('v.document_id', '=', documentId)
    .orderBy('v.number', 'desc')
    .execute();
}

/** One saved version, with who saved it. */
export function guidanceVersion(db: Kysely<Database>, documentId: string, number: number) {
  return db
    .selectFrom('guidance_versions as v')
    .leftJoin('users as u', 'u.id', 'v.edited_by')
    .selectAll('v')
    .select('u.name as editor_name')
    .where('v.document_id', '=', documentId)
    .where('v.number', '=', number)
    .executeTakeFirst();
}

/** Titles of every document, for the "translation of" choice. */
export function guidanceChoices(db: Kysely<Database>) {
  return db
    .selectFrom('guidance_documents')
    .select(['id', 'family_id', 'locale', 'title'])
    .orderBy('title')
    .limit(2000)
    .execute();
}

/** Every document in id order, a batch at a time (for the search's full reindex). */
export function guidanceAfter(db: Kysely<Database>, afterId: string, limit: number): Promise<GuidanceRow[]> {
  return db
    .selectFrom('guidance_documents')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The id of the document with this exact title, if any (the demo's "already loaded"). */
export async function guidanceIdByTitle(db: Kysely<Database>, title: string): Promise<string | undefined> {
  return (
    await db.selectFrom('guidance_documents').select('id').where('title', '=', title).executeTakeFirst()
  )?.id;
}
