import type { App, AppDeps } from '../../web/app-types.ts';
import { type OpenApiDocument, presentReference } from './apidocs.presenter.ts';
import { ApiReferencePage } from './apidocs.views.tsx';

export function apidocsRoutes(app: App, { config }: AppDeps): void {
  // The document is read at request time: by then every module has registered its routes.
  app.get('/api', { config: { policy: 'public' } }, async (_request, reply) => {
    const tags = presentReference(app.swagger() as OpenApiDocument);
    return reply.page(<ApiReferencePage tags={tags} baseUrl={config.PUBLIC_URL.replace(/\/+$/, '')} />);
  });
}
