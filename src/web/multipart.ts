import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy, type BusboyConfig } from '@fastify/busboy';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.ts';

/** A file part as busboy hands it over; `truncated` once it passed the size limit. */
export type FilePart = Readable & { truncated?: boolean };

/**
 * Reads a `multipart/form-data` body while it arrives (a content-type parser), so that its fields,
 * the CSRF token included, are in `request.body` before the kernel checks the token and the route
 * policy in its root `preValidation` hook (decision 29). Fields keep their first value. The one
 * file field, `file`, goes to `keep`, which answers what to put in the body (a path, a buffer…)
 * or null to drain it unread (someone who may not upload). `tooLarge` says a file passed
 * `limits.fileSize`; what to do about it is the caller's choice.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  payload: Readable,
  limits: BusboyConfig['limits'],
  keep: (file: FilePart, fileName: string) => Promise<unknown> | null,
): Promise<{ body: Record<string, unknown>; tooLarge: boolean }> {
  const busboy = Busboy({ headers: request.headers as { 'content-type': string }, limits });
  const body: Record<string, unknown> = {};
  const files: Promise<void>[] = [];
  let tooLarge = false;
  busboy.on('field', (name: string, value: string) => {
    if (name !== 'file' && !(name in body)) body[name] = value;
  });
  busboy.on('file', (name: string, file: FilePart, fileName: string) => {
    const kept = name === 'file' ? keep(file, fileName) : null;
    if (!kept) {
      file.resume();
      return;
    }
    file.on('limit', () => {
      tooLarge = true;
    });
    files.push(
      kept.then((value) => {
        body.file = value;
      }),
    );
  });
  try {
    await pipeline(payload, busboy);
    await Promise.all(files);
  } catch (error) {
    // Wait for the files' own failures too, so none is left unhandled.
    await Promise.allSettled(files);
    if (error instanceof HttpProblem) throw error;
    // A form cut short or with a wrong boundary is the sender's mistake, not the server's.
    throw new HttpProblem(400, 'MalformedForm', 'error.badRequest');
  }
  return { body, tooLarge };
}
