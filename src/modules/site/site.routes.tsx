import type { App, AppDeps } from '../../web/app-types.ts';
import { AboutPage, HomePage } from './site.views.tsx';

/** How many lines "Latest activity" shows. */
const ACTIVITY_LIMIT = 6;

export function siteRoutes(app: App, { db, homeFigures, homeActivity }: AppDeps): void {
  app.get('/', { config: { policy: 'public' } }, async (_request, reply) => {
    const [figures, activity] = await Promise.all([
      Promise.all(homeFigures.map((f) => f(db))),
      Promise.all(homeActivity.map((a) => a(db, ACTIVITY_LIMIT))),
    ]);
    return reply.page(
      <HomePage
        figures={figures.flat().sort((a, b) => a.order - b.order)}
        activity={activity
          .flat()
          .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
          .slice(0, ACTIVITY_LIMIT)}
      />,
    );
  });
  app.get('/about', { config: { policy: 'public' } }, async (_request, reply) => reply.page(<AboutPage />));
}
