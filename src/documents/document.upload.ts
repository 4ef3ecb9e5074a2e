import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { readMultipartForm } from '../web/multipart.ts';
import { MAX_DOCUMENT_BYTES } from './file-kinds.ts';

/** The file field of the upload form, as the parser leaves it in the body. */
export interface SentFile {
  fileName: string;
  bytes: Buffer;
  /** Cut at the largest size of any kind: the form says the file is too large. */
  truncated: boolean;
}

/**
 * Reads the upload form while it arrives (a content-type parser in the documents' scope), so the
 * CSRF token is in `request.body` before the kernel checks it (decision 29). The access check has
 * already run (`accessFirst`, decision 32). The file is kept in memory up to the largest size of any
 * kind and then only flagged, so that the form can say in words that it is too large.
 */
export async function parseUploadForm(
  request: FastifyRequest,
  payload: Readable,
): Promise<Record<string, unknown>> {
  const limits = { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, fieldSize: 2000, parts: 7 };
  const { body, tooLarge } = await readMultipartForm(request, payload, limits, (file, fileName) => {
    if (request.actor.kind !== 'user') return null;
    return (async (): Promise<SentFile> => {
      const chunks: Buffer[] = [];
      for await (const chunk of file) chunks.push(chunk as Buffer);
      return { fileName, bytes: Buffer.concat(chunks), truncated: false };
    })();
  });
  const file = sentFileOf(body);
  if (file) file.truncated = tooLarge;
  return body;
}

export function sentFileOf(body: unknown): SentFile | null {
  if (!body || typeof body !== 'object') return null;
  const value = (body as Record<string, unknown>).file;
  return value && typeof value === 'object' && 'bytes' in value ? (value as SentFile) : null;
}
