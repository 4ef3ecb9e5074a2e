import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { contentDisposition } from '../tables/index.ts';
import { notFound } from '../web/errors.ts';
import { idParam, parseParams } from '../web/params.ts';
import { accessTo, type DocumentAccess, type DocumentHost } from './document.hosts.ts';
import { type DocumentRow, documentBytes, findDocument } from './document.service.ts';
import { MAX_DOCUMENT_BYTES } from './file-kinds.ts';

export interface DocumentRouteDeps {
  db: Db;
  hosts: ReadonlyMap<string, DocumentHost>;
}

/** `/documents/:type/:owner…`: the record a document belongs to. */
export const ownerParams = z.object({
  type: z
    .string()
    .regex(/^[a-z][a-z-]{0,39}$/)
    .describe('Kind of record (`lesson`, `practice`)'),
  owner: idParam.describe('Id of the record'),
});
export const documentParams = z.object({ id: idParam.describe('Document id') });

/** Room for the form's other fields and the multipart framing around the largest file. */
export const UPLOAD_BODY_LIMIT = MAX_DOCUMENT_BYTES + 64 * 1024;

/** The record's documents as this actor may use them: 404 when missing, hidden, or not theirs to change. */
export async function ownerAccess(
  deps: DocumentRouteDeps,
  request: FastifyRequest,
  need: 'read' | 'write',
): Promise<DocumentAccess & { type: string; owner: string }> {
  const { type, owner } = parseParams(ownerParams, request.params);
  const access = await accessTo(deps.hosts, deps.db, request.actor, type, owner);
  if (!access?.[need]) throw notFound();
  return { ...access, type, owner };
}

/** A document and what the actor may do with its record: 404 when they may not read it. */
export async function documentAccess(
  deps: DocumentRouteDeps,
  request: FastifyRequest,
  need: 'read' | 'write',
): Promise<{ document: DocumentRow; access: DocumentAccess }> {
  const { id } = parseParams(documentParams, request.params);
  const document = await findDocument(deps.db.kysely, id);
  if (!document) throw notFound();
  const access = await accessTo(deps.hosts, deps.db, request.actor, document.owner_type, document.owner_id);
  if (!access?.[need]) throw notFound();
  return { document, access };
}

/**
 * Sends stored bytes as a download. The file is never run by the browser as a page of this site:
 * `attachment`, its recognised type with `nosniff` (helmet), and a sandboxing CSP besides.
 */
export async function sendDocument(
  deps: DocumentRouteDeps,
  reply: FastifyReply,
  document: DocumentRow,
  part: 'original' | 'thumbnail',
) {
  const bytes = await documentBytes(deps.db.kysely, document.id, part);
  if (!bytes) throw notFound();
  reply
    .header('content-type', part === 'thumbnail' ? 'image/webp' : document.media_type)
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=0, must-revalidate')
    .header('etag', `"${document.sha256}${part === 'thumbnail' ? '-t' : ''}"`);
  if (part === 'original') reply.header('content-disposition', contentDisposition(document.file_name));
  return reply.send(bytes);
}
