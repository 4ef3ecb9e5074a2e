import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';

/** The writes of a learner's commands, each inside the command's transaction. */
export function insertEnrolment(trx: Transaction<Database>, row: Database['enrolments']) {
  return trx.insertInto('enrolments').values(row).execute();
}

/** Marks a lesson read (once) and remembers it as where the learner stopped. */
export async function recordLessonDone(
  trx: Transaction<Database>,
  enrolmentId: string,
  lessonId: string,
  at: string,
): Promise<void> {
  await trx
    .insertInto('lesson_progress')
    .values({ enrolment_id: enrolmentId, lesson_id: lessonId, done_at: at })
    .onConflict((oc) => oc.columns(['enrolment_id', 'lesson_id']).doNothing())
    .execute();
  await trx
    .updateTable('enrolments')
    .set({ last_lesson_id: lessonId })
    .where('id', '=', enrolmentId)
    .execute();
}

/** One graded attempt with whether each question was answered right. */
export async function insertAttempt(
  trx: Transaction<Database>,
  attempt: Database['quiz_attempts'],
  answers: { questionId: string; right: boolean }[],
): Promise<void> {
  await trx.insertInto('quiz_attempts').values(attempt).execute();
  await trx
    .insertInto('quiz_answers')
    .values(
      answers.map((a) => ({ attempt_id: attempt.id, question_id: a.questionId, correct: a.right ? 1 : 0 })),
    )
    .execute();
}

/** Completes an enrolment and keeps its certificate. */
export async function insertCertificate(trx: Kysely<Database>, row: Database['certificates']): Promise<void> {
  await trx
    .updateTable('enrolments')
    .set({ completed_at: row.issued_at })
    .where('id', '=', row.enrolment_id)
    .execute();
  await trx.insertInto('certificates').values(row).execute();
}
