import type { Kysely, Migration } from 'kysely';

export const taxonomyMigrations: Record<string, Migration> = {
  '2026-11-29-0800-taxonomy': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('taxonomy_terms')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('scheme', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text', (c) => c.references('taxonomy_terms.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('names_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('taxonomy_scheme_idx')
        .on('taxonomy_terms')
        .columns(['scheme', 'position'])
        .execute();
      await db.schema
        .createTable('taggings')
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('term_id', 'text', (c) => c.notNull().references('taxonomy_terms.id'))
        .addPrimaryKeyConstraint('taggings_pk', ['entity_type', 'entity_id', 'term_id'])
        .execute();
      await db.schema
        .createIndex('taggings_term_idx')
        .on('taggings')
        .columns(['term_id', 'entity_type'])
        .execute();
    },
  },
};
