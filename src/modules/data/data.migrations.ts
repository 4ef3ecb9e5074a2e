import type { Kysely, Migration } from 'kysely';

export const dataMigrations: Record<string, Migration> = {
  '2026-11-29-0700-data-store': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('indicators')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_fr', 'text', (c) => c.notNull())
        .addColumn('name_es', 'text', (c) => c.notNull())
        .addColumn('name_ar', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('shape', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('licence', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('sdg', 'text')
        .addColumn('owner_country', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('datasets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('publisher', 'text', (c) => c.notNull())
        .addColumn('licence', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('releases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_sha256', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('is_current', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('values_stored', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('rows_skipped', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('report_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('imported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createIndex('releases_dataset_idx')
        .on('releases')
        .columns(['dataset_id', 'is_current'])
        .execute();
      await db.schema
        .createTable('aggregates')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .execute();
      // No surrogate key: 5 million rows must stay compact. Uniqueness per release is enforced
      // by the importer (duplicate rows are reported) and this primary key.
      await db.schema
        .createTable('observations')
        .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id').onDelete('cascade'))
        .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicators.code'))
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('counterpart', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sex', 'text', (c) => c.notNull().defaultTo('_T'))
        .addColumn('age', 'text', (c) => c.notNull().defaultTo('_T'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('source_row', 'integer')
        .addPrimaryKeyConstraint('observations_pk', [
          'release_id',
          'indicator_code',
          'area',
          'counterpart',
          'sex',
          'age',
          'period',
        ])
        .execute();
      await db.schema
        .createIndex('observations_series_idx')
        .on('observations')
        .columns(['indicator_code', 'area', 'counterpart', 'period'])
        .execute();
      await db.schema
        .createIndex('observations_counterpart_idx')
        .on('observations')
        .columns(['indicator_code', 'counterpart', 'period'])
        .execute();
    },
  },
  // Every read of the data views and the open data API first asks which releases are current
  // (`currentReleasesKey`, the key of their caches). Without this index that read walks every
  // release ever imported, and `finished_at` sits after `report_json` (kilobytes for a file with
  // skipped rows), so SQLite follows each row's overflow pages: the index answers it alone.
  '2026-12-07-1100-releases-current-index': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('releases_current_idx')
        .on('releases')
        .columns(['is_current', 'id', 'finished_at'])
        .execute();
    },
  },
};
