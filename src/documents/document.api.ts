import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../auth/actor.ts';
import { invalid } from '../commands/index.ts';
import { accessFirst, accessOf } from '../uploads/access-first.ts';
import type { App } from '../web/app-types.ts';
import { sendFailure } from '../web/command-reply.ts';
import {
  type DocumentRouteDeps,
  documentAccess,
  documentParams,
  ownerAccess,
  ownerParams,
  sendDocument,
  UPLOAD_BODY_LIMIT,
} from './document.access.ts';
import { attachDocument, type DocumentRow, listDocuments, removeDocument } from './document.service.ts';
import { documentHref, thumbnailHref } from './document.views.tsx';

const TAGS = ['documents'];

export const documentOut = z.object({
  id: z.string(),
  ownerType: z.string(),
  ownerId: z.string(),
  title: z.string(),
  fileName: z.string(),
  kind: z.enum(['pdf', 'word', 'spreadsheet', 'presentation', 'image', 'csv']),
  mediaType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  uploadedAt: z.string(),
  /** Where the bytes are (the page link; the API's own is `/api/v1/documents/{id}/content`). */
  download: z.string(),
  thumbnail: z.string().nullable(),
});

function present(document: DocumentRow): z.infer<typeof documentOut> {
  return {
    id: document.id,
    ownerType: document.owner_type,
    ownerId: document.owner_id,
    title: document.title,
    fileName: document.file_name,
    kind: document.kind,
    mediaType: document.media_type,
    byteSize: Number(document.byte_size),
    sha256: document.sha256,
    width: document.width,
    height: document.height,
    uploadedAt: document.uploaded_at,
    download: documentHref(document),
    thumbnail: document.has_thumbnail ? thumbnailHref(document) : null,
  };
}

const uploadQuery = z.object({
  name: z.string().min(1).max(255).describe('The file name, with its extension (`report.pdf`)'),
  title: z.string().max(200).optional().describe('What lists show; the file name when absent'),
});

/**
 * `/api/v1/documents/…`: list, read, download and add the documents of any record that hosts them,
 * with the record's own permissions. A file is sent as the request body itself (any content type;
 * Corridor reads the type from the bytes) with its name in `?name=`.
 */
export async function documentApiRoutes(app: App, deps: DocumentRouteDeps): Promise<void> {
  const { db } = deps;

  app.get(
    '/api/v1/documents/:type/:owner',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        operationId: 'listRecordDocuments',
        summary: 'The documents of one record (a lesson, a practice…), newest first',
        params: ownerParams,
        response: { 200: z.object({ data: z.array(documentOut) }) },
      },
    },
    async (request) => {
      const access = await ownerAccess(deps, request, 'read');
      return { data: (await listDocuments(db.kysely, access.type, access.owner)).map(present) };
    },
  );

  await app.register(async (plain) => {
    const scope = plain as unknown as App;
    scope.addHook(
      'preParsing',
      accessFirst((request: FastifyRequest) => ownerAccess(deps, request, 'write')),
    );
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/documents/:type/:owner',
      {
        config: { policy: 'signed-in' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          operationId: 'addRecordDocument',
          summary: 'Add a document to a record: the file is the request body, its name in `name`',
          security: [{ bearer: [] }],
          params: ownerParams,
          querystring: uploadQuery,
          response: { 201: documentOut },
        },
      },
      async (request, reply) => {
        const access =
          accessOf<Awaited<ReturnType<typeof ownerAccess>>>(request) ??
          (await ownerAccess(deps, request, 'write'));
        if (!Buffer.isBuffer(request.body))
          return sendFailure(request, reply, invalid({ file: 'documents.error.noFile' }));
        const result = await attachDocument(db.kysely, {
          ownerType: access.type,
          ownerId: access.owner,
          fileName: request.query.name,
          bytes: request.body,
          title: request.query.title,
          actorId: actorId(request.actor),
        });
        if (!result.ok) return sendFailure(request, reply, result);
        return reply.status(201).send(present(result.value));
      },
    );
  });

  app.get(
    '/api/v1/documents/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        summary: 'One document’s description',
        params: documentParams,
        response: { 200: documentOut },
      },
    },
    async (request) => present((await documentAccess(deps, request, 'read')).document),
  );

  app.get(
    '/api/v1/documents/:id/content',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        operationId: 'getDocumentContent',
        summary: 'One document’s file, as stored',
        params: documentParams,
        response: { 200: z.any().describe('The file, with its media type') },
      },
    },
    async (request, reply) => {
      const { document } = await documentAccess(deps, request, 'read');
      return sendDocument(deps, reply, document, 'original');
    },
  );

  app.delete(
    '/api/v1/documents/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        operationId: 'removeDocument',
        summary: 'Remove a document (whoever may change its record)',
        security: [{ bearer: [] }],
        params: documentParams,
        response: { 204: z.null().describe('Removed') },
      },
    },
    async (request, reply) => {
      const { document } = await documentAccess(deps, request, 'write');
      const result = await removeDocument(db.kysely, document.id, actorId(request.actor));
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.status(204).send(null);
    },
  );
}
