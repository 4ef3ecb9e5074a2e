import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { actionApiRoutes } from './action.api.ts';
import { actionRoutes } from './action.routes.tsx';
import { createActionFromGap } from './action.service.ts';
import { bulkRoutes } from './bulk.routes.tsx';
import { indicatorApiRoutes } from './indicator.api.ts';
import { indicatorRoutes } from './indicator.routes.tsx';
import { monitoringDemo } from './monitoring.demo.ts';
import { monitoringMessages } from './monitoring.messages.ts';
import { monitoringMigrations } from './monitoring.migrations.ts';
import { monitoringReportSection } from './monitoring.report.tsx';
import { monitoringSummary } from './monitoring.summary.tsx';
import type { MonitoringTables } from './monitoring.table.ts';
import { valueApiRoutes } from './value.api.ts';
import { valueRoutes } from './value.routes.tsx';

/**
 * Action plan and monitoring of a process: actions with a timeline and a roll-up of progress,
 * indicators with baselines, targets and reported values, locked reporting years, bulk uploads
 * with a preview, exports and the API.
 */
export const monitoringModule: ModuleManifest = {
  name: 'monitoring',
  migrations: monitoringMigrations,
  messages: monitoringMessages,
  routes: async (app: App, deps: AppDeps) => {
    actionRoutes(app, deps);
    indicatorRoutes(app, deps);
    valueRoutes(app, deps);
    actionApiRoutes(app, deps);
    indicatorApiRoutes(app, deps);
    valueApiRoutes(app, deps);
    // Uploads parse their form in their own plugin scope.
    await bulkRoutes(app, deps);
  },
  process: {
    tabs: [
      { key: 'actions', labelKey: 'action.tab', path: (id) => `/processes/${id}/actions`, order: 40 },
      {
        key: 'indicators',
        labelKey: 'indicator.tab',
        path: (id) => `/processes/${id}/indicators`,
        order: 50,
      },
    ],
    summaries: monitoringSummary,
    reportSections: monitoringReportSection,
    createActionFromGap,
  },
  demo: monitoringDemo,
};

// What other modules use of this one: they import it from here, never from its files.
export type { MonitoringTables } from './monitoring.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends MonitoringTables {}
}
