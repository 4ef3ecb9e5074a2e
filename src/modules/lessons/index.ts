import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { crossCountryLessonRoutes } from './cross-country.routes.tsx';
import { lessonApi } from './lesson.api.ts';
import { loadLessonDemo } from './lesson.demo.ts';
import { lessonDocumentHost } from './lesson.documents.ts';
import { lessonMessages } from './lesson.messages.ts';
import { lessonMigrations } from './lesson.migrations.ts';
import { lessonReportSection } from './lesson.report.tsx';
import { lessonRoutes } from './lesson.routes.tsx';
import type { LessonTables } from './lesson.table.ts';
import { lessonPageRoutes } from './lesson-page.routes.tsx';

/**
 * Lessons learned: a running log per process, tagged by theme and stage, and a cross-country
 * view that compares the lessons of all public processes theme by theme.
 */
export const lessonsModule: ModuleManifest = {
  name: 'lessons',
  migrations: lessonMigrations,
  messages: lessonMessages,
  routes: (app: App, deps: AppDeps) => {
    lessonRoutes(app, deps);
    lessonPageRoutes(app, deps);
    crossCountryLessonRoutes(app, deps);
    lessonApi(app, deps);
  },
  navigation: [{ href: '/lessons', labelKey: 'lessons.nav', order: 45 }],
  process: {
    tabs: [{ key: 'lessons', labelKey: 'lessons.tab', path: (id) => `/processes/${id}/lessons`, order: 70 }],
    reportSections: lessonReportSection,
  },
  demo: loadLessonDemo,
  documentHosts: [lessonDocumentHost],
};

// What other modules use of this one: they import it from here, never from its files.
export type { LessonTables } from './lesson.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends LessonTables {}
}
