import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { lessonDocumentHost } from './course.documents.ts';
import { checklistGuidance } from './guidance.checklists.ts';
import { guidanceDocumentHost } from './guidance.documents.ts';
import { loadLearningDemo } from './learning.demo.ts';
import { learningMessages } from './learning.messages.ts';
import { learningMigrations } from './learning.migrations.ts';
import { learningRoutes } from './learning.routes.ts';
import { courseSearch, guidanceSearch } from './learning.search.ts';
import type { LearningTables } from './learning.table.ts';

/**
 * Guidance and training (issue 9): a library of guidance notes, handbooks and sector checklists
 * with versions and languages, and courses with lessons, quizzes, progress and certificates.
 */
export const learningModule: ModuleManifest = {
  name: 'learning',
  migrations: learningMigrations,
  messages: learningMessages,
  routes: learningRoutes,
  navigation: [{ href: '/courses', labelKey: 'learning.nav', order: 57 }],
  documentHosts: [guidanceDocumentHost, lessonDocumentHost],
  stylesheet: new URL('./learning.css', import.meta.url),
  search: [guidanceSearch, courseSearch],
  demo: loadLearningDemo,
  checklistGuidance,
};

// What other modules use of this one: they import it from here, never from its files.
export type { LearningTables } from './learning.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends LearningTables {}
}
