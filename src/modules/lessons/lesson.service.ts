import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { actorId } from '../../auth/actor.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { removeDocumentsOf } from '../../documents/index.ts';
import { isPartialDate } from '../../i18n/partial-date.ts';
import { LESSON_DOCUMENTS } from './lesson.documents.ts';
import { canEditLessons, type LessonAccess } from './lesson.policy.ts';
import { deleteLessonRow, findLesson, insertLesson, updateLessonRow } from './lesson.repository.ts';
import type { LessonInput } from './lesson.schema.ts';
import { LIMITS } from './lesson.schema.ts';
import { LESSON_STAGES, type LessonRow } from './lesson.table.ts';
import { setLessonThemes, themesOfLessons, themeTerms, unknownThemeIds } from './lesson.themes.ts';

const authorOf = (access: LessonAccess) => (access.system ? access.system.userId : actorId(access.actor));

/** The rules the schema cannot check alone: themes that exist, a real stage and date. */
async function lessonProblems(db: Kysely<Database>, input: LessonInput): Promise<Problems> {
  const problems: Problems = {};
  const unknown = await unknownThemeIds(db, input.themes);
  if (unknown.length > 0)
    problems.themes = { key: 'lessons.error.themeUnknown', values: { themes: unknown.join(', ') } };
  if (input.stage !== null && !(LESSON_STAGES as readonly string[]).includes(input.stage))
    problems.stage = { key: 'lessons.error.stageUnknown' };
  if (input.date !== null && !isPartialDate(input.date)) problems.date = { key: 'lessons.error.date.real' };
  if (input.tags.length > LIMITS.tags)
    problems.tags = { key: 'lessons.error.tooManyTags', values: { max: LIMITS.tags } };
  return problems;
}

/** The problems the service would find, without saving (for a form that also failed its schema). */
export async function lessonInputProblems(db: Db, input: LessonInput): Promise<Problems> {
  return lessonProblems(db.kysely, input);
}

function columns(input: LessonInput) {
  return {
    text: input.text,
    stage: input.stage,
    lesson_date: input.date,
    source: input.source,
    free_tags_json: JSON.stringify(input.tags),
  };
}

async function snapshot(trx: Transaction<Database>, row: LessonRow) {
  const themes = await themesOfLessons(trx, [row.id], await themeTerms(trx, 'en'));
  return {
    text: row.text,
    stage: row.stage,
    date: row.lesson_date,
    source: row.source,
    tags: JSON.parse(row.free_tags_json) as string[],
    themes: (themes.get(row.id) ?? []).map((t) => t.id),
  };
}

/** Adds a lesson to a process's log. `at` lets the demo keep the seed's order. */
export async function createLesson(
  db: Db,
  access: LessonAccess,
  input: LessonInput,
  at: string = now(),
): Promise<Result<{ id: string }>> {
  if (!canEditLessons(access)) return notFound();
  return transact(db.kysely, async (trx) => {
    const problems = await lessonProblems(trx, input);
    if (Object.keys(problems).length > 0) return invalid(problems);
    const id = newId();
    const values = columns(input);
    const by = authorOf(access);
    await insertLesson(trx, {
      id,
      process_id: access.process.id,
      ...values,
      author_id: by,
      created_at: at,
      updated_at: at,
    });
    await setLessonThemes(trx, id, input.themes);
    await recordAudit(trx, {
      actorId: by,
      action: 'lesson.create',
      entityType: 'lesson',
      entityId: id,
      after: { processId: access.process.id, ...values, themes: input.themes },
    });
    return ok({ id });
  });
}

/** Saves a new version of a lesson, unless someone saved another since `version` was read. */
export async function updateLesson(
  db: Db,
  access: LessonAccess,
  id: string,
  version: number,
  input: LessonInput,
): Promise<Result<{ id: string }>> {
  if (!canEditLessons(access)) return notFound();
  return transact(db.kysely, async (trx) => {
    const current = await findLesson(trx, access.process.id, id);
    if (!current) return notFound();
    if (Number(current.version) !== version) return conflict(Number(current.version));
    const problems = await lessonProblems(trx, input);
    if (Object.keys(problems).length > 0) return invalid(problems);
    const before = await snapshot(trx, current);
    const values = columns(input);
    const saved = await updateLessonRow(trx, id, version, { ...values, updated_at: now() });
    if (!saved) return conflict(version + 1);
    await setLessonThemes(trx, id, input.themes);
    await recordAudit(trx, {
      actorId: authorOf(access),
      action: 'lesson.update',
      entityType: 'lesson',
      entityId: id,
      before,
      after: {
        text: input.text,
        stage: input.stage,
        date: input.date,
        source: input.source,
        tags: input.tags,
        themes: input.themes,
      },
    });
    return ok({ id });
  });
}

/** Removes a lesson from the log (the audit log keeps its text). */
export async function deleteLesson(
  db: Db,
  access: LessonAccess,
  id: string,
): Promise<Result<{ id: string }>> {
  if (!canEditLessons(access)) return notFound();
  return transact(db.kysely, async (trx) => {
    const current = await findLesson(trx, access.process.id, id);
    if (!current) return notFound();
    const before = await snapshot(trx, current);
    await removeDocumentsOf(trx, LESSON_DOCUMENTS, id, authorOf(access));
    await deleteLessonRow(trx, id);
    await recordAudit(trx, {
      actorId: authorOf(access),
      action: 'lesson.delete',
      entityType: 'lesson',
      entityId: id,
      before: { processId: access.process.id, ...before },
    });
    return ok({ id });
  });
}
