import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy } from '@fastify/busboy';
import type { FastifyRequest } from 'fastify';
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
 * Parses `multipart/form-data`. Only the `file` field of a signed-in user is kept; anonymous
 * requests (refused anyway) and other file fields are drained without keeping anything.
 */
export async function parseBulkForm(
  request: FastifyRequest,
  payload: Readable,
): Promise<Record<string, unknown>> {
  const busboy = Busboy({
    headers: request.headers as { 'content-type': string },
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
  });
  const body: Record<string, unknown> = {};
  const reads: Promise<void>[] = [];
  busboy.on('field', (name: string, value: string) => {
    if (name !== 'file' && !(name in body)) body[name] = value;
  });
  busboy.on('file', (name: string, file: Readable & { truncated?: boolean }, fileName: string) => {
    if (name !== 'file' || request.actor.kind !== 'user') {
      file.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let tooLarge = false;
    file.on('limit', () => {
      tooLarge = true;
    });
    reads.push(
      (async () => {
        for await (const chunk of file) chunks.push(chunk as Buffer);
        body.file = { fileName, data: Buffer.concat(chunks), tooLarge } satisfies UploadedFile;
      })(),
    );
  });
  await pipeline(payload, busboy);
  await Promise.all(reads);
  return body;
}

export function fileOf(body: Record<string, unknown>): UploadedFile | null {
  const value = body.file;
  return value && typeof value === 'object' && 'data' in value ? (value as UploadedFile) : null;
}
