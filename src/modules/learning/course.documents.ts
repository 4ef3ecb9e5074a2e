import type { DocumentHost } from '../../documents/index.ts';
import { findLessonCourse } from './course.repository.ts';
import { canManageCourse, canReadCourse } from './learning.policy.ts';

/** The kind of record a lesson's documents belong to (readings, slides, worksheets). */
export const LESSON_DOCUMENTS = 'course-lesson';

/** A lesson's files are read by whoever may read its course, and added by those who manage it. */
export const lessonDocumentHost: DocumentHost = {
  type: LESSON_DOCUMENTS,
  async access(db, actor, id) {
    const row = await findLessonCourse(db.kysely, id);
    if (!row || !canReadCourse(actor, row)) return null;
    return {
      read: true,
      write: canManageCourse(actor, row),
      title: row.lesson_title,
      href: `/courses/${row.course_id}/lessons/${id}`,
    };
  },
};
