import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { tagsOf } from '../taxonomy/index.ts';

export { allTerms, setTags, type TermRecord, unknownTermIds } from '../taxonomy/index.ts';

/** The tag ids (taxonomy term ids, e.g. `sdg:10.7`) of many actions or indicators, in taxonomy order. */
export async function tagIdsOf(
  db: Kysely<Database>,
  entityType: 'action' | 'indicator',
  entityIds: string[],
): Promise<Map<string, string[]>> {
  const records = await tagsOf(db, entityType, entityIds);
  return new Map([...records].map(([id, terms]) => [id, terms.map((term) => term.id)]));
}
