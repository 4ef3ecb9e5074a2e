import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { isProblemType } from '../../web/problem-types.ts';
import { type OpenApiDocument, presentReference } from './apidocs.presenter.ts';
import { ApiReferencePage } from './apidocs.views.tsx';
import { ProblemIndexPage, ProblemTypePage } from './problems.views.tsx';

const problemParams = z.object({ code: z.string().max(60) });

export function apidocsRoutes(app: App, { config }: AppDeps): void {
  // The document is read at request time: by then every module has registered its routes.
  app.get('/api', { config: { policy: 'public' } }, async (_request, reply) => {
    const tags = presentReference(app.swagger() as OpenApiDocument);
    return reply.page(<ApiReferencePage tags={tags} baseUrl={config.PUBLIC_URL.replace(/\/+$/, '')} />);
  });

  // The `type` of every problem the API answers with points here (RFC 9457: a page for people).
  app.get('/problems', { config: { policy: 'public' } }, async (_request, reply) =>
    reply.page(<ProblemIndexPage />),
  );
  app.get(
    '/problems/:code',
    { config: { policy: 'public' }, schema: { params: problemParams } },
    async (request, reply) => {
      const { code } = request.params;
      if (!isProblemType(code)) throw notFound();
      return reply.page(<ProblemTypePage code={code} />);
    },
  );
}
