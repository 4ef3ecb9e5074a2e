import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Locale } from '../../i18n/locales.ts';
import { TAXONOMY_SCHEMES, type TaxonomyScheme, type TaxonomyTermsTable } from './taxonomy.table.ts';

/** A term as every module reads it: names in all four languages, parsed once. */
export interface TermRecord {
  id: string;
  scheme: TaxonomyScheme;
  code: string;
  parentId: string | null;
  position: number;
  names: Record<Locale, string>;
}

/** Inserts missing terms and refreshes names and order of existing ones, in one statement. */
export async function upsertTerms(db: Kysely<Database>, rows: TaxonomyTermsTable[]): Promise<void> {
  await db
    .insertInto('taxonomy_terms')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        scheme: eb.ref('excluded.scheme'),
        code: eb.ref('excluded.code'),
        parent_id: eb.ref('excluded.parent_id'),
        position: eb.ref('excluded.position'),
        names_json: eb.ref('excluded.names_json'),
      })),
    )
    .execute();
  termCache.delete(db);
}

// Terms are reference data that change only when the reference loader runs: read them once per
// database handle.
const termCache = new WeakMap<Kysely<Database>, Promise<TermRecord[]>>();

/** Every term, in scheme order (themes, sectors, SDGs, GCM) and then by position. */
export function allTerms(db: Kysely<Database>): Promise<TermRecord[]> {
  let cached = termCache.get(db);
  if (!cached) {
    cached = loadTerms(db);
    termCache.set(db, cached);
    cached.catch(() => termCache.delete(db));
  }
  return cached;
}

async function loadTerms(db: Kysely<Database>): Promise<TermRecord[]> {
  const rows = await db.selectFrom('taxonomy_terms').selectAll().execute();
  const rank = (scheme: TaxonomyScheme) => TAXONOMY_SCHEMES.indexOf(scheme);
  return rows
    .map((r) => ({
      id: r.id,
      scheme: r.scheme,
      code: r.code,
      parentId: r.parent_id,
      position: Number(r.position),
      names: JSON.parse(r.names_json) as Record<Locale, string>,
    }))
    .sort((a, b) => rank(a.scheme) - rank(b.scheme) || a.position - b.position);
}

export async function taggingsOf(
  db: Kysely<Database>,
  entityType: string,
  entityIds: string[],
): Promise<{ entity_id: string; term_id: string }[]> {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom('taggings')
    .select(['entity_id', 'term_id'])
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', entityIds)
    .execute();
}

export async function deleteTaggings(
  trx: Transaction<Database>,
  entityType: string,
  entityId: string,
  termIds: string[],
): Promise<void> {
  if (termIds.length === 0) return;
  await trx
    .deleteFrom('taggings')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('term_id', 'in', termIds)
    .execute();
}

export async function insertTaggings(
  trx: Transaction<Database>,
  entityType: string,
  entityId: string,
  termIds: string[],
): Promise<void> {
  if (termIds.length === 0) return;
  await trx
    .insertInto('taggings')
    .values(termIds.map((termId) => ({ entity_type: entityType, entity_id: entityId, term_id: termId })))
    .execute();
}

export async function existingTermIds(db: Kysely<Database>, termIds: string[]): Promise<string[]> {
  if (termIds.length === 0) return [];
  const rows = await db.selectFrom('taxonomy_terms').select('id').where('id', 'in', termIds).execute();
  return rows.map((r) => r.id);
}
