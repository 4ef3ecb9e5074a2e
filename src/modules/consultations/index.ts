import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { consultationApi } from './consultation.api.ts';
import { consultationDocumentHost } from './consultation.documents.ts';
import { consultationMessages } from './consultation.messages.ts';
import { consultationMigrations } from './consultation.migrations.ts';
import { consultationReportSection } from './consultation.report.tsx';
import { consultationRoutes } from './consultation.routes.tsx';
import type { ConsultationTables } from './consultation.table.ts';
import { consultationCloseRoutes } from './consultation-close.routes.tsx';
import { consultationDraftRoutes } from './consultation-draft.routes.tsx';
import { moderationRoutes } from './moderation.routes.tsx';
import { participationRoutes } from './participation.routes.tsx';

/**
 * Consultations of a process on a draft text: invited organisations or the public comment per
 * section and support or object; moderators hide abusive comments; the owner closes with a summary.
 */
export const consultationsModule: ModuleManifest = {
  name: 'consultations',
  migrations: consultationMigrations,
  messages: consultationMessages,
  documentHosts: [consultationDocumentHost],
  routes: (app: App, deps: AppDeps) => {
    consultationRoutes(app, deps);
    consultationDraftRoutes(app, deps);
    consultationCloseRoutes(app, deps);
    participationRoutes(app, deps);
    moderationRoutes(app, deps);
    consultationApi(app, deps);
  },
  process: {
    tabs: [
      {
        key: 'consultations',
        labelKey: 'consultation.tab',
        path: (id) => `/processes/${id}/consultations`,
        order: 60,
      },
    ],
    reportSections: consultationReportSection,
  },
};

// What other modules use of this one: they import it from here, never from its files.
export type { ConsultationTables } from './consultation.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends ConsultationTables {}
}
