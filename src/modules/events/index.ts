import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { loadEventDemo } from './event.demo.ts';
import { eventDocumentHost } from './event.documents.ts';
import { eventMessages } from './event.messages.ts';
import { eventMigrations } from './event.migrations.ts';
import { eventCountryPanel } from './event.panel.tsx';
import { countEvents } from './event.repository.ts';
import { eventRoutes } from './event.routes.tsx';
import type { EventTables } from './event.table.ts';

/**
 * Workshops, roundtables, sessions and competitions: who organised them, where and when, how many
 * took part, and the key issues, outcomes and recommendations they produced.
 */
export const eventsModule: ModuleManifest = {
  name: 'events',
  migrations: eventMigrations,
  messages: eventMessages,
  routes: eventRoutes,
  navigation: [{ href: '/events', labelKey: 'event.nav', order: 50 }],
  countryPanels: eventCountryPanel,
  homeFigures: async (db) => [
    { labelKey: 'event.home.figure', value: await countEvents(db.kysely), order: 50 },
  ],
  demo: loadEventDemo,
  documentHosts: [eventDocumentHost],
};

// What other modules use of this one: they import it from here, never from its files.
export type { EventTables } from './event.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends EventTables {}
}
