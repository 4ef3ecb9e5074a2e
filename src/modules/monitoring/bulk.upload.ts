import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { readMultipartForm } from '../../web/multipart.ts';
import { MAX_UPLOAD_BYTES } from './bulk.parse.ts';

/**
 * Reading the bulk upload form while the body is read (a content-type parser in the upload routes'
 * scope, with busboy, the parser inside @fastify/multipart), so that its fields, the CSRF token
 * included, are in `request.body` before the kernel checks the token and the route policy in its
 * root `preValidation` hook (decision 29). The file stays in memory, cut at 5 MB and then flagged
 * rather than refused, so that the form can say in words that it is too large.
 */

/** The file field as the parser leaves it in the body. */
export interface UploadedFile {
  fileName: string;
  data: Buffer;
  tooLarge: boolean;
}

/**
 * Parses `multipart/form-data` (see `readMultipartForm`). Only the `file` field of a signed-in
 * user is kept, in memory; anonymous requests (refused anyway) are drained unread.
 */
export async function parseBulkForm(
  request: FastifyRequest,
  payload: Readable,
): Promise<Record<string, unknown>> {
  const limits = { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 };
  const { body, tooLarge } = await readMultipartForm(request, payload, limits, (file, fileName) => {
    if (request.actor.kind !== 'user') return null;
    return (async (): Promise<UploadedFile> => {
      const chunks: Buffer[] = [];
      for await (const chunk of file) chunks.push(chunk as Buffer);
      return { fileName, data: Buffer.concat(chunks), tooLarge: false };
    })();
  });
  const file = fileOf(body);
  if (file) file.tooLarge = tooLarge;
  return body;
}

export function fileOf(body: Record<string, unknown>): UploadedFile | null {
  const value = body.file;
  return value && typeof value === 'object' && 'data' in value ? (value as UploadedFile) : null;
}
