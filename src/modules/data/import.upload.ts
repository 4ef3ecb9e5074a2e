import { createWriteStream, mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { hasRole } from '../../auth/actor.ts';
import { newId } from '../../db/ids.ts';
import { HttpProblem } from '../../web/errors.ts';
import { readMultipartForm } from '../../web/multipart.ts';

/**
 * Uploaded files go to a private temporary folder, streamed (never held in memory), and are
 * deleted when the import that reads them ends, or when the request ends without one.
 */
export const MAX_UPLOAD_MB = 100;
const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
const UPLOADS = join(tmpdir(), 'corridor-uploads');

export interface UploadedFile {
  path: string;
  fileName: string;
  size: number;
}

const pending = new WeakMap<FastifyRequest, Set<string>>();

function newUploadPath(): string {
  mkdirSync(UPLOADS, { recursive: true, mode: 0o700 });
  return join(UPLOADS, `${newId()}.upload`);
}

function track(request: FastifyRequest, path: string): void {
  const set = pending.get(request) ?? new Set<string>();
  set.add(path);
  pending.set(request, set);
}

/** The import now owns the file: the request's end must not delete it. */
export function handOver(request: FastifyRequest, file: UploadedFile): () => Promise<void> {
  pending.get(request)?.delete(file.path);
  return () => removeUpload(file);
}

export async function removeUpload(file: UploadedFile | { path: string }): Promise<void> {
  await unlink(file.path).catch(() => undefined);
}

/** onResponse hook: deletes uploads of a request that did not start an import (refused, invalid). */
export async function cleanUploads(request: FastifyRequest): Promise<void> {
  const set = pending.get(request);
  if (!set) return;
  await Promise.all([...set].map((path) => removeUpload({ path })));
  pending.delete(request);
}

/**
 * Parses the upload form (multipart/form-data) while the body is read (see `readMultipartForm`).
 * The file is streamed to disk; nobody but an admin may make the server write anything: for
 * others it is drained and dropped (the route then answers 401 or 404).
 */
export async function parseUploadForm(
  request: FastifyRequest,
  payload: Readable,
): Promise<Record<string, unknown>> {
  const limits = { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 10_000, parts: 25 };
  const { body, tooLarge } = await readMultipartForm(request, payload, limits, (file, fileName) => {
    if (!hasRole(request.actor, 'admin')) return null;
    const path = newUploadPath();
    track(request, path);
    let size = 0;
    file.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    return pipeline(file, createWriteStream(path, { mode: 0o600 })).then(
      (): UploadedFile => ({ path, fileName, size }),
    );
  });
  if (tooLarge) throw new HttpProblem(413, 'FileTooLarge', 'data.import.error.tooLarge');
  return body;
}

/** Saves a raw request body (the API's `application/octet-stream`) with a size limit. */
export async function saveRawBody(request: FastifyRequest, fileName: string): Promise<UploadedFile> {
  if (!(request.body instanceof Readable)) {
    throw new HttpProblem(415, 'UnsupportedMediaType', 'data.import.error.mediaType');
  }
  const path = newUploadPath();
  track(request, path);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES)
        callback(new HttpProblem(413, 'FileTooLarge', 'data.import.error.tooLarge'));
      else callback(null, chunk);
    },
  });
  await pipeline(request.body, limit, createWriteStream(path, { mode: 0o600 }));
  return { path, fileName, size };
}
