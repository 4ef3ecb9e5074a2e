import { type Kysely, type Migration, PostgresAdapter } from 'kysely';

export const documentMigrations: Record<string, Migration> = {
  '2026-12-08-0001-documents': {
    // Files are kept in the database (decision 98): every app process on one PostgreSQL sees them,
    // and `corridor backup` copies them with everything else.
    async up(db: Kysely<unknown>) {
      const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_type', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('byte_size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('has_thumbnail', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('documents_owner_idx')
        .on('documents')
        .columns(['owner_type', 'owner_id', 'uploaded_at'])
        .execute();
      await db.schema
        .createTable('document_contents')
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('part', 'text', (c) => c.notNull())
        .addColumn('bytes', binary, (c) => c.notNull())
        .addPrimaryKeyConstraint('document_contents_pk', ['document_id', 'part'])
        .execute();
    },
  },
};
