import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../commands/index.ts';
import type { Database } from '../db/database.ts';
import { newId, now } from '../db/ids.ts';
import type { DocumentTable } from './document.table.ts';
import { cleanFileName, recognise, SIZE_LIMITS } from './file-kinds.ts';
import { cleanImage } from './images.ts';

/** At most this many files per record: a record is not a file store. */
export const MAX_DOCUMENTS_PER_RECORD = 100;
export const MAX_TITLE_LENGTH = 200;

export type DocumentRow = DocumentTable;

export interface NewDocument {
  ownerType: string;
  ownerId: string;
  /** The name the file had when sent (only its last part is kept, with the real extension). */
  fileName: string;
  bytes: Buffer;
  /**
   * Flagged by the upload reader when the file was cut at the largest size of any kind; what was
   * read is still recognised, so the message names the limit of the file's own kind.
   */
  truncated?: boolean;
  title?: string;
  actorId: string | null;
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Stores a file for a record: recognised from its bytes, held to its kind's size limit, pictures
 * re-encoded without their metadata and given a thumbnail, then written with an audit row in one
 * transaction. The caller has checked that the actor may add documents to the record.
 */
export async function attachDocument(db: Kysely<Database>, input: NewDocument): Promise<Result<DocumentRow>> {
  const title = (input.title ?? '').trim();
  if (title.length > MAX_TITLE_LENGTH)
    return invalid({ title: { key: 'documents.error.titleTooLong', values: { max: MAX_TITLE_LENGTH } } });
  if (input.bytes.length === 0 && !input.truncated) return invalid({ file: 'documents.error.empty' });
  const recognised = await recognise(input.bytes, input.fileName);
  if (!recognised.ok)
    return invalid({
      file: recognised.seen
        ? { key: 'documents.error.typeSeen', values: { seen: recognised.seen } }
        : 'documents.error.type',
    });
  let { kind, mediaType, extension } = recognised.value;
  const limit = SIZE_LIMITS[kind];
  if (input.truncated || input.bytes.length > limit)
    return invalid({ file: { key: 'documents.error.tooLarge', values: { limit: megabytes(limit) } } });

  let bytes = input.bytes;
  let image: { width: number; height: number; thumbnail: Buffer } | null = null;
  if (kind === 'image') {
    const clean = await cleanImage(input.bytes, mediaType);
    if (!clean) return invalid({ file: 'documents.error.image' });
    ({ bytes, mediaType, extension } = clean);
    image = clean;
    kind = 'image';
  }
  const fileName = cleanFileName(input.fileName, extension);
  const row: DocumentRow = {
    id: newId(),
    owner_type: input.ownerType,
    owner_id: input.ownerId,
    file_name: fileName,
    title: title || fileName,
    kind,
    media_type: mediaType,
    byte_size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    width: image?.width ?? null,
    height: image?.height ?? null,
    has_thumbnail: image ? 1 : 0,
    uploaded_by: input.actorId,
    uploaded_at: now(),
  };
  return transact(db, async (trx) => {
    const { count } = await trx
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('owner_type', '=', input.ownerType)
      .where('owner_id', '=', input.ownerId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_DOCUMENTS_PER_RECORD)
      return invalid({ file: { key: 'documents.error.tooMany', values: { max: MAX_DOCUMENTS_PER_RECORD } } });
    await trx.insertInto('documents').values(row).execute();
    await trx
      .insertInto('document_contents')
      .values({ document_id: row.id, part: 'original', bytes })
      .execute();
    if (image)
      await trx
        .insertInto('document_contents')
        .values({ document_id: row.id, part: 'thumbnail', bytes: image.thumbnail })
        .execute();
    await recordAudit(trx, {
      actorId: input.actorId,
      action: 'document.attach',
      entityType: 'document',
      entityId: row.id,
      after: { ...row },
    });
    return ok(row);
  });
}

/** A record's documents, newest first (no bytes read). */
export async function listDocuments(
  db: Kysely<Database>,
  ownerType: string,
  ownerId: string,
): Promise<DocumentRow[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .orderBy('uploaded_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findDocument(db: Kysely<Database>, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The stored bytes of a document, or of its thumbnail. */
export async function documentBytes(
  db: Kysely<Database>,
  id: string,
  part: 'original' | 'thumbnail',
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('document_contents')
    .select('bytes')
    .where('document_id', '=', id)
    .where('part', '=', part)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : undefined;
}

/** Removes one document and its bytes, with an audit row. The caller checked the right to. */
export async function removeDocument(
  db: Kysely<Database>,
  id: string,
  actorId: string | null,
): Promise<Result<DocumentRow>> {
  return transact(db, async (trx) => {
    const row = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return notFound();
    await trx.deleteFrom('document_contents').where('document_id', '=', id).execute();
    await trx.deleteFrom('documents').where('id', '=', id).execute();
    await recordAudit(trx, {
      actorId,
      action: 'document.remove',
      entityType: 'document',
      entityId: id,
      before: row,
    });
    return ok(row);
  });
}

/**
 * Removes every document of a record, inside the transaction that deletes the record itself
 * (hosts call it, so no file outlives what it belonged to).
 */
export async function removeDocumentsOf(
  trx: Transaction<Database>,
  ownerType: string,
  ownerId: string,
  actorId: string | null,
): Promise<number> {
  const rows = await trx
    .selectFrom('documents')
    .select('id')
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .execute();
  for (const { id } of rows) {
    await trx.deleteFrom('document_contents').where('document_id', '=', id).execute();
    await trx.deleteFrom('documents').where('id', '=', id).execute();
    await recordAudit(trx, { actorId, action: 'document.remove', entityType: 'document', entityId: id });
  }
  return rows.length;
}
