import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  allTerms,
  deleteTaggings,
  existingTermIds,
  insertTaggings,
  type TermRecord,
  taggingsOf,
} from './taxonomy.repository.ts';

export type { TermRecord } from './taxonomy.repository.ts';

/** The term ids among `termIds` that are not in the taxonomy (empty when all are known). */
export async function unknownTermIds(db: Kysely<Database>, termIds: string[]): Promise<string[]> {
  const wanted = [...new Set(termIds)];
  const known = new Set(await existingTermIds(db, wanted));
  return wanted.filter((id) => !known.has(id));
}

/**
 * Replaces the tags of one record with `termIds`, inside the caller's transaction, and says what
 * changed (for the caller's audit row). Check the ids first with `unknownTermIds`: an unknown id
 * here is a programming error and throws.
 */
export async function setTags(
  trx: Transaction<Database>,
  entityType: string,
  entityId: string,
  termIds: string[],
): Promise<{ added: string[]; removed: string[] }> {
  const wanted = [...new Set(termIds)];
  const known = await existingTermIds(trx, wanted);
  if (known.length !== wanted.length) throw new Error(`Unknown taxonomy terms among: ${wanted.join(', ')}`);
  const current = (await taggingsOf(trx, entityType, [entityId])).map((r) => r.term_id);
  const added = wanted.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !wanted.includes(id));
  await deleteTaggings(trx, entityType, entityId, removed);
  await insertTaggings(trx, entityType, entityId, added);
  return { added, removed };
}

/** The tags of many records of one type at once, each list in taxonomy order. */
export async function tagsOf(
  db: Kysely<Database>,
  entityType: string,
  entityIds: string[],
): Promise<Map<string, TermRecord[]>> {
  const rows = await taggingsOf(db, entityType, entityIds);
  const terms = await allTerms(db);
  const order = new Map(terms.map((t, index) => [t.id, index]));
  const byId = new Map(terms.map((t) => [t.id, t]));
  const result = new Map<string, TermRecord[]>(entityIds.map((id) => [id, []]));
  for (const row of rows) {
    const term = byId.get(row.term_id);
    if (term) result.get(row.entity_id)?.push(term);
  }
  for (const list of result.values()) list.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return result;
}

/** A term and the terms under it (an SDG and its targets), for filters that should include both. */
export async function termWithChildren(db: Kysely<Database>, termId: string): Promise<string[]> {
  const terms = await allTerms(db);
  if (!terms.some((t) => t.id === termId)) return [];
  return [termId, ...terms.filter((t) => t.parentId === termId).map((t) => t.id)];
}

export { allTerms };
