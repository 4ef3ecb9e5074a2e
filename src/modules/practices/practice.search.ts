import type { Db } from '../../db/connection.ts';
import type { SearchDocument, SearchSource } from '../../module-kit/search-source.ts';
import { practiceRow } from './practice.repository.ts';
import { standingOf } from './practice.standing.ts';
import type { PracticeRow } from './practice.table.ts';

const BATCH = 500;

async function documentOf(db: Db, row: PracticeRow): Promise<SearchDocument> {
  const [translations, tags] = await Promise.all([
    db.kysely
      .selectFrom('practice_translations')
      .select('text')
      .where('practice_id', '=', row.id)
      .where('is_original', '=', 0)
      .execute(),
    db.kysely
      .selectFrom('taggings')
      .innerJoin('taxonomy_terms', 'taxonomy_terms.id', 'taggings.term_id')
      .select('taxonomy_terms.names_json')
      .where('taggings.entity_type', '=', 'practice')
      .where('taggings.entity_id', '=', row.id)
      .execute(),
  ]);
  const themeNames = tags.map((t) =>
    Object.values(JSON.parse(t.names_json) as Record<string, string>).join(' '),
  );
  return {
    kind: 'practice',
    id: row.id,
    title: row.title,
    text: [row.summary, row.city, row.region, row.results, ...translations.map((t) => t.text), ...themeNames]
      .filter(Boolean)
      .join('\n'),
    locale: row.locale,
    href: `/practices/${row.id}`,
    public: row.status === 'published',
    updatedAt: row.updated_at,
  };
}

/**
 * Practices for the global search: published ones are public; drafts and practices under review
 * are shown only to those who may read them (their author, moderators, their reviewers).
 */
export const practiceSearchSource: SearchSource = {
  kind: 'practice',
  labelKey: 'practice.caption',
  async *all(db) {
    let after = '';
    for (;;) {
      const rows = await db.kysely
        .selectFrom('practices')
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) return;
      const batch: SearchDocument[] = [];
      for (const row of rows) batch.push(await documentOf(db, row));
      yield batch;
      after = rows.at(-1)!.id;
    }
  },
  async one(db, id) {
    const row = await practiceRow(db.kysely, id);
    return row ? documentOf(db, row) : null;
  },
  async canSee(db, actor, id) {
    const row = await practiceRow(db.kysely, id);
    return row ? (await standingOf(db.kysely, actor, row)).read : false;
  },
};
