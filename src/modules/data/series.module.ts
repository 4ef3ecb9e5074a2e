import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { catalogueRoutes } from './catalogue-page.routes.tsx';
import { corridorRoutes } from './corridor.routes.tsx';
import { narrativeMessages } from './narrative.messages.ts';
import { narrativeMigrations } from './narrative.migrations.ts';
import { narrativeRoutes } from './narrative.routes.tsx';
import { openDataRoutes } from './open-data.routes.ts';
import { profilePanel } from './profile.panel.tsx';
import { profileRoutes } from './profile.routes.tsx';
import { seriesMessages } from './series.messages.ts';
import { seriesMigrations } from './series.migrations.ts';

/**
 * The data module's views: country profiles, corridors, maps, the data catalogue page and the
 * open data API. Spread into the data module's manifest beside the importers' part.
 */
export const dataViews = {
  migrations: { ...seriesMigrations, ...narrativeMigrations },
  messages: {
    en: { ...seriesMessages.en, ...narrativeMessages.en },
    fr: { ...seriesMessages.fr, ...narrativeMessages.fr },
    es: { ...seriesMessages.es, ...narrativeMessages.es },
    ar: { ...seriesMessages.ar, ...narrativeMessages.ar },
  },
  navigation: [
    { href: '/data', labelKey: 'data.nav', order: 35 },
    // Moderators have no administration area: the page is in their menu; admins find it there.
    { href: '/country-editors', labelKey: 'data.editors.nav', order: 95, roles: ['moderator'] },
    {
      href: '/country-editors',
      labelKey: 'data.editors.nav',
      order: 95,
      roles: ['admin'],
      placement: 'admin',
    },
  ],
  countryPanels: profilePanel,
  routes(app: App, deps: AppDeps) {
    catalogueRoutes(app, deps);
    profileRoutes(app, deps);
    narrativeRoutes(app, deps);
    corridorRoutes(app, deps);
    openDataRoutes(app, deps);
  },
} satisfies Partial<ModuleManifest>;
