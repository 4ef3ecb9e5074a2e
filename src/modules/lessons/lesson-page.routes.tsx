import { listDocuments } from '../../documents/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { parseParams } from '../../web/params.ts';
import { LESSON_DOCUMENTS } from './lesson.documents.ts';
import { loadLesson, loadLessonSpace } from './lesson.loader.ts';
import { canEditLessons } from './lesson.policy.ts';
import { lessonParams } from './lesson.schema.ts';
import { LessonPage } from './lesson.views.tsx';

/** One lesson on its own page, with the documents that back it. */
export function lessonPageRoutes(app: App, { db }: AppDeps): void {
  app.get('/processes/:id/lessons/:lid', { config: { policy: 'public' } }, async (request, reply) => {
    const { id, lid } = parseParams(lessonParams, request.params);
    const space = await loadLessonSpace(db.kysely, request.actor, id, request.i18n);
    const lesson = await loadLesson(db.kysely, id, lid, request.i18n);
    const documents = await listDocuments(db.kysely, LESSON_DOCUMENTS, lid);
    return reply.page(
      <LessonPage
        heading={space.heading}
        lesson={lesson}
        documents={documents}
        canEdit={canEditLessons(space.access)}
      />,
    );
  });
}
