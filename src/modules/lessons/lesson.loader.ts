import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import { type FrameProcess, loadProcessAccess, loadProcessSpace } from '../processes/index.ts';
import { canEditLessons, type LessonAccess } from './lesson.policy.ts';
import { type Lesson, presentLessons } from './lesson.presenter.ts';
import {
  countProcessLessons,
  findLesson,
  listProcessLessons,
  listPublicLessons,
  type PublicFilters,
} from './lesson.repository.ts';

type Db = Kysely<Database>;

/** What every lesson page of a process starts from: the frame and what the reader may do there. */
export interface LessonSpace {
  heading: FrameProcess;
  access: LessonAccess;
}

/** The process a page is in (404 unless the reader may view it), its frame and their rights there. */
export async function loadLessonSpace(
  db: Db,
  actor: Actor,
  processId: string,
  i18n: Translator,
): Promise<LessonSpace> {
  const space = await loadProcessSpace(db, actor, processId, 'view', i18n);
  return { heading: space.frame, access: { actor, ...space } };
}

/** The process an API call is about (404 unless the caller may view it) and their rights there. */
export async function lessonAccessFor(db: Db, actor: Actor, processId: string): Promise<LessonAccess> {
  return { actor, ...(await loadProcessAccess(db, actor, processId, 'view')) };
}

/** The process team's log, for the new lesson page and its post alike (404 for anyone else). */
export async function loadLessonWriting(
  db: Db,
  actor: Actor,
  processId: string,
  i18n: Translator,
): Promise<LessonSpace> {
  const space = await loadLessonSpace(db, actor, processId, i18n);
  if (!canEditLessons(space.access)) throw notFound();
  return space;
}

/** One lesson of a process, as pages and the API show it, or 404. */
export async function loadLesson(
  db: Db,
  processId: string,
  lessonId: string,
  i18n: Translator,
): Promise<Lesson> {
  const row = await findLesson(db, processId, lessonId);
  const [lesson] = await presentLessons(db, row ? [row] : [], i18n);
  if (!lesson) throw notFound();
  return lesson;
}

/**
 * A lesson the reader may change, for the edit and delete pages and their posts alike: the
 * process team's, 404 for anyone else and for a lesson of another process.
 */
export async function loadEditableLesson(
  db: Db,
  actor: Actor,
  { id, lid }: { id: string; lid: string },
  i18n: Translator,
): Promise<LessonSpace & { lesson: Lesson }> {
  const space = await loadLessonWriting(db, actor, id, i18n);
  return { ...space, lesson: await loadLesson(db, id, lid, i18n) };
}

/** One page of a process's log, in the order recorded, and how many lessons it has in all. */
export async function loadLessonLog(
  db: Db,
  processId: string,
  { page, size }: { page: number; size: number },
  i18n: Translator,
): Promise<{ lessons: Lesson[]; total: number }> {
  const [rows, total] = await Promise.all([
    listProcessLessons(db, processId, { limit: size, offset: (page - 1) * size }),
    countProcessLessons(db, processId),
  ]);
  return { lessons: await presentLessons(db, rows, i18n), total };
}

/** Every lesson of a process, for its download (up to `limit`). */
export async function loadProcessLessons(
  db: Db,
  processId: string,
  limit: number,
  i18n: Translator,
): Promise<Lesson[]> {
  return presentLessons(db, await listProcessLessons(db, processId, { limit }), i18n);
}

/** The lessons of every public process that match the filters, for the download (up to `limit`). */
export async function loadPublicLessons(
  db: Db,
  filters: PublicFilters,
  limit: number,
  i18n: Translator,
): Promise<Lesson[]> {
  return presentLessons(db, await listPublicLessons(db, filters, { limit, offset: 0 }), i18n);
}
