import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { actorId } from '../auth/actor.ts';
import { problemsOf } from '../commands/index.ts';
import { accessFirst, accessOf } from '../uploads/access-first.ts';
import type { App } from '../web/app-types.ts';
import { failureStatus } from '../web/command-reply.ts';
import { notFound } from '../web/errors.ts';
import { translateProblems } from '../web/form/problems.ts';
import { textOf } from '../web/form/read.ts';
import {
  type DocumentRouteDeps,
  documentAccess,
  ownerAccess,
  sendDocument,
  UPLOAD_BODY_LIMIT,
} from './document.access.ts';
import { attachDocument, removeDocument } from './document.service.ts';
import { parseUploadForm, sentFileOf } from './document.upload.ts';
import { UploadPage } from './document.views.tsx';

/** The upload page, download, thumbnail and removal. */
export async function documentRoutes(app: App, deps: DocumentRouteDeps): Promise<void> {
  const { db } = deps;

  app.get('/documents/:type/:owner/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const access = await ownerAccess(deps, request, 'write');
    return reply.page(
      <UploadPage ownerType={access.type} ownerId={access.owner} access={access} errors={{}} />,
    );
  });

  await app.register(async (plain) => {
    const scope = plain as unknown as App;
    // Who may add a file is decided before a byte of it is read (decision 32).
    scope.addHook(
      'preParsing',
      accessFirst((request) => ownerAccess(deps, request, 'write')),
    );
    scope.addContentTypeParser(
      'multipart/form-data',
      { bodyLimit: UPLOAD_BODY_LIMIT },
      (request: FastifyRequest, payload: Readable) => parseUploadForm(request, payload),
    );
    scope.post(
      '/documents/:type/:owner',
      { config: { policy: 'signed-in' }, bodyLimit: UPLOAD_BODY_LIMIT },
      async (request, reply) => {
        const access =
          accessOf<Awaited<ReturnType<typeof ownerAccess>>>(request) ??
          (await ownerAccess(deps, request, 'write'));
        const file = sentFileOf(request.body);
        const title = textOf((request.body ?? {}) as Record<string, unknown>, 'title');
        const redraw = (errors: Record<string, string>, status: number) =>
          reply.page(
            <UploadPage
              ownerType={access.type}
              ownerId={access.owner}
              access={access}
              errors={errors}
              title={title}
            />,
            status,
          );
        if (!file || (file.bytes.length === 0 && file.fileName === ''))
          return redraw({ file: request.i18n.t('documents.error.noFile') }, 422);
        const result = await attachDocument(db.kysely, {
          ownerType: access.type,
          ownerId: access.owner,
          fileName: file.fileName,
          bytes: file.bytes,
          truncated: file.truncated,
          title,
          actorId: actorId(request.actor),
        });
        if (!result.ok)
          return redraw(
            translateProblems(problemsOf(result), request.i18n, { order: ['file', 'title'] }),
            failureStatus(result),
          );
        return reply.seeOther(`${access.href}#documents`, { kind: 'success', key: 'documents.uploaded' });
      },
    );
  });

  app.get('/documents/:id/download', { config: { policy: 'public' } }, async (request, reply) => {
    const { document } = await documentAccess(deps, request, 'read');
    return sendDocument(deps, reply, document, 'original');
  });

  app.get('/documents/:id/thumbnail', { config: { policy: 'public' } }, async (request, reply) => {
    const { document } = await documentAccess(deps, request, 'read');
    if (!document.has_thumbnail) throw notFound();
    return sendDocument(deps, reply, document, 'thumbnail');
  });

  app.post('/documents/:id/delete', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { document, access } = await documentAccess(deps, request, 'write');
    const result = await removeDocument(db.kysely, document.id, actorId(request.actor));
    if (!result.ok) throw notFound();
    return reply.seeOther(`${access.href}#documents`, { kind: 'success', key: 'documents.removed' });
  });
}
