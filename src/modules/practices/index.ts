import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { callRoutes } from './call.routes.tsx';
import { catalogueRoutes } from './catalogue.routes.tsx';
import { practiceApiRoutes } from './practice.api.ts';
import { listCatalogue } from './practice.catalogue.ts';
import { loadPracticeDemo } from './practice.demo.ts';
import { practiceDocumentHost } from './practice.documents.ts';
import { practiceMessages } from './practice.messages.ts';
import { practiceMigrations } from './practice.migrations.ts';
import { practiceCorridorPanel, practiceCountryPanel } from './practice.panel.tsx';
import { countPublished } from './practice.repository.ts';
import { practiceRoutes } from './practice.routes.tsx';
import { practiceSearchSource } from './practice.search.ts';
import type { PracticeTables } from './practice.table.ts';
import { practiceWriteApiRoutes } from './practice-write.api.ts';
import { reviewApiRoutes } from './review.api.ts';
import { reviewRoutes } from './review.routes.tsx';
import { roadmapRoutes } from './roadmap.routes.tsx';
import { workflowRoutes } from './workflow.routes.tsx';

/**
 * Promising local practices: written up by local authorities and their partners, submitted to
 * calls, peer-reviewed against criteria, published in a catalogue, and scaled up with road maps
 * and replications.
 */
export const practicesModule: ModuleManifest = {
  name: 'practices',
  migrations: practiceMigrations,
  messages: practiceMessages,
  routes: (app: App, deps: AppDeps) => {
    catalogueRoutes(app, deps);
    practiceRoutes(app, deps);
    workflowRoutes(app, deps);
    reviewRoutes(app, deps);
    roadmapRoutes(app, deps);
    callRoutes(app, deps);
    practiceApiRoutes(app, deps);
    practiceWriteApiRoutes(app, deps);
    reviewApiRoutes(app, deps);
  },
  navigation: [{ href: '/practices', labelKey: 'practice.nav', order: 47 }],
  countryPanels: practiceCountryPanel,
  corridorPanels: practiceCorridorPanel,
  homeFigures: async (db) => [
    {
      labelKey: 'practice.home.figure',
      value: await countPublished(db.kysely),
      order: 47,
      href: '/practices',
    },
  ],
  homeActivity: async (db, limit) =>
    (await listCatalogue(db.kysely, {}, { limit })).map((p) => ({
      at: p.published_at ?? p.updated_at,
      kindKey: 'practice.caption',
      title: p.title,
      href: `/practices/${p.id}`,
    })),
  demo: loadPracticeDemo,
  documentHosts: [practiceDocumentHost],
  search: [practiceSearchSource],
  stylesheet: new URL('./practices.css', import.meta.url),
};

// What other modules use of this one: they import it from here, never from its files.
export type { PracticeTables } from './practice.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends PracticeTables {}
}
