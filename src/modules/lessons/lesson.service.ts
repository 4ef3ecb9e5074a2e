import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import type { Problems } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { isPartialDate } from '../../i18n/partial-date.ts';
import type { ProcessMay, ProcessRow } from '../processes/index.ts';
import { deleteLessonRow, findLesson, insertLesson, updateLessonRow } from './lesson.repository.ts';
import type { LessonInput } from './lesson.schema.ts';
import { LIMITS } from './lesson.schema.ts';
import { LESSON_STAGES, type LessonRow } from './lesson.table.ts';
import { setLessonThemes, themesOfLessons, themeTerms, unknownThemeIds } from './lesson.themes.ts';

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'invalid'; errors: Problems }
  | { ok: false; kind: 'conflict'; currentVersion: number }
  | { ok: false; kind: 'not-found' };

/** Who acts on a process's lessons: the process (already checked viewable) and what the actor may do in it. */
export interface LessonAccess {
  actor: Actor;
  process: Pick<ProcessRow, 'id'>;
  /** From the process space (`loadProcessSpace`). */
  may: Pick<ProcessMay, 'edit'>;
  /** Set by the demo loader and the CLI: they act with full rights, in this user's name (or none). */
  system?: { userId: string | null };
}

/** The process team (owners, members, platform admins) keeps the log; observers read it. */
export function canEditLessons(access: LessonAccess): boolean {
  return access.system !== undefined || access.may.edit;
}

const authorOf = (access: LessonAccess) => (access.system ? access.system.userId : actorId(access.actor));

/** The rules the schema cannot check alone: themes that exist, a real stage and date. */
async function lessonProblems(trx: Transaction<Database>, input: LessonInput): Promise<Problems> {
  const problems: Problems = {};
  const unknown = await unknownThemeIds(trx, input.themes);
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
  return db.kysely.transaction().execute((trx) => lessonProblems(trx, input));
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
  if (!canEditLessons(access)) return { ok: false, kind: 'not-found' };
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const problems = await lessonProblems(trx, input);
    if (Object.keys(problems).length > 0) return { ok: false, kind: 'invalid', errors: problems };
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
    return { ok: true, value: { id } };
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
  if (!canEditLessons(access)) return { ok: false, kind: 'not-found' };
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const current = await findLesson(trx, access.process.id, id);
    if (!current) return { ok: false, kind: 'not-found' };
    if (Number(current.version) !== version)
      return { ok: false, kind: 'conflict', currentVersion: Number(current.version) };
    const problems = await lessonProblems(trx, input);
    if (Object.keys(problems).length > 0) return { ok: false, kind: 'invalid', errors: problems };
    const before = await snapshot(trx, current);
    const values = columns(input);
    const saved = await updateLessonRow(trx, id, version, { ...values, updated_at: now() });
    if (!saved) return { ok: false, kind: 'conflict', currentVersion: version + 1 };
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
    return { ok: true, value: { id } };
  });
}

/** Removes a lesson from the log (the audit log keeps its text). */
export async function deleteLesson(
  db: Db,
  access: LessonAccess,
  id: string,
): Promise<Result<{ id: string }>> {
  if (!canEditLessons(access)) return { ok: false, kind: 'not-found' };
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const current = await findLesson(trx, access.process.id, id);
    if (!current) return { ok: false, kind: 'not-found' };
    const before = await snapshot(trx, current);
    await deleteLessonRow(trx, id);
    await recordAudit(trx, {
      actorId: authorOf(access),
      action: 'lesson.delete',
      entityType: 'lesson',
      entityId: id,
      before: { processId: access.process.id, ...before },
    });
    return { ok: true, value: { id } };
  });
}
