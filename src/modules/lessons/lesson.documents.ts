import type { DocumentHost } from '../../documents/index.ts';
import { loadProcessAccess } from '../processes/index.ts';

/** The kind of record a lesson's documents belong to (the evidence behind it). */
export const LESSON_DOCUMENTS = 'lesson';

/** Where one lesson and its documents are shown. */
export const lessonHref = (processId: string, lessonId: string) =>
  `/processes/${processId}/lessons/${lessonId}`;

/**
 * A lesson's documents are as visible as its process's lesson log; the process team, who keep
 * the log, add and remove them (observers read).
 */
export const lessonDocumentHost: DocumentHost = {
  type: LESSON_DOCUMENTS,
  async access(db, actor, id) {
    const lesson = await db.kysely
      .selectFrom('lessons')
      .select(['process_id', 'text'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!lesson) return null;
    const { may } = await loadProcessAccess(db.kysely, actor, lesson.process_id, 'view');
    const firstLine = lesson.text.split('\n')[0] ?? '';
    const title = firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
    return { read: may.view, write: may.edit, title, href: lessonHref(lesson.process_id, id) };
  },
};
