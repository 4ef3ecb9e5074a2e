import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { assessmentApi } from './assessment.api.ts';
import { assessmentMessages } from './assessment.messages.ts';
import { assessmentMigrations } from './assessment.migrations.ts';
import { assessmentSummary } from './assessment.panel.tsx';
import { assessmentReportSection } from './assessment.report.tsx';
import { assessmentRoutes } from './assessment.routes.tsx';
import type { AssessmentTables } from './assessment.table.ts';
import { assessmentExportRoutes } from './export.routes.ts';
import { resultRoutes } from './results.routes.tsx';
import { templateApi } from './template.api.ts';
import { loadStarterTemplates } from './template.reference.ts';
import { templateRoutes } from './template.routes.tsx';

/**
 * Policy-coherence checklists and assessments: sector and governance-domain templates (versioned,
 * imported and exported as JSON), assessment rounds of a process scored item by item, results per
 * sector with gaps, and the comparison of rounds.
 */
export const assessmentsModule: ModuleManifest = {
  name: 'assessments',
  migrations: assessmentMigrations,
  messages: assessmentMessages,
  routes: async (app: App, deps: AppDeps) => {
    templateRoutes(app, deps);
    await templateApi(app, deps);
    assessmentRoutes(app, deps);
    resultRoutes(app, deps);
    assessmentExportRoutes(app, deps);
    assessmentApi(app, deps);
  },
  navigation: [{ href: '/checklists', labelKey: 'checklist.nav', order: 55 }],
  process: {
    tabs: [
      {
        key: 'assessments',
        labelKey: 'assessment.tab',
        path: (id) => `/processes/${id}/assessments`,
        order: 30,
      },
    ],
    summaries: assessmentSummary,
    reportSections: assessmentReportSection,
  },
  reference: loadStarterTemplates,
  referenceTables: ['checklist_templates', 'checklist_template_versions', 'checklist_template_items'],
};

// What other modules use of this one: they import it from here, never from its files.
export type { AssessmentTables } from './assessment.table.ts';
export { findTemplate as findChecklistTemplate } from './template.repository.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends AssessmentTables {}
}
