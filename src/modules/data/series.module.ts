import type { App, AppDeps } from '../../web/app-types.ts';
import type { ModuleManifest } from '../manifest.ts';
import { catalogueRoutes } from './catalogue-page.routes.tsx';
import { corridorRoutes } from './corridor.routes.tsx';
import { openDataRoutes } from './open-data.routes.ts';
import { profilePanel, profileRoutes } from './profile.routes.tsx';
import { seriesMessages } from './series.messages.ts';
import { seriesMigrations } from './series.migrations.ts';

/**
 * The data module's views: country profiles, corridors, maps, the data catalogue page and the
 * open data API. Spread into the data module's manifest beside the importers' part.
 */
export const dataViews = {
  migrations: seriesMigrations,
  messages: seriesMessages,
  navigation: [{ href: '/data', labelKey: 'data.nav', order: 35 }],
  countryPanels: profilePanel,
  routes(app: App, deps: AppDeps) {
    catalogueRoutes(app, deps);
    profileRoutes(app, deps);
    corridorRoutes(app, deps);
    openDataRoutes(app, deps);
  },
} satisfies Partial<ModuleManifest>;
