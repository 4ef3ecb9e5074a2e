import type { App, AppDeps } from '../../web/app-types.ts';
import { AboutPage, HomePage } from './site.views.tsx';

export function siteRoutes(app: App, { db, homeFigures }: AppDeps): void {
  app.get('/', { config: { policy: 'public' } }, async (_request, reply) => {
    const figures = (await Promise.all(homeFigures.map((f) => f(db))))
      .flat()
      .sort((a, b) => a.order - b.order);
    return reply.page(<HomePage figures={figures} />);
  });
  app.get('/about', { config: { policy: 'public' } }, async (_request, reply) => reply.page(<AboutPage />));
}
