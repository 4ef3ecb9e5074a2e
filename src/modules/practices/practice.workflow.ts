import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import { conflict, invalid, notFound, ok, type Result, refused, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { newId, now } from '../../db/ids.ts';
import { today } from '../../web/form/index.ts';
import { callIsOpen } from './call.rules.ts';
import type { PracticeActions } from './practice.policy.ts';
import { insertComment, practiceRow, updatePracticeRow } from './practice.repository.ts';
import { standingOf } from './practice.standing.ts';
import type { PracticeStatus } from './practice.table.ts';
import { MIN_REVIEWS } from './review.rules.ts';

type Step = 'submit' | 'answer' | 'return' | 'publish';

const allowed: Record<Step, keyof PracticeActions> = {
  submit: 'submit',
  answer: 'answer',
  return: 'decide',
  publish: 'decide',
};

/**
 * Moves a practice one step along its workflow (decision 111): the author submits it (to its
 * call while the call is open) or answers the comments it came back with; a moderator returns it
 * with comments or publishes it once enough reviews agree. Each step is audited.
 */
export async function practiceStep(
  db: Db,
  actor: Actor,
  id: string,
  step: Step,
  options: { version: number; comment?: string },
): Promise<Result<{ id: string; status: PracticeStatus }>> {
  return transact(db.kysely, async (trx) => {
    const current = await practiceRow(trx, id);
    if (!current) return notFound();
    const may = await standingOf(trx, actor, current);
    if (!may.read) return notFound();
    // `return` also applies to a practice submitted but not yet under review.
    const permitted = step === 'return' ? may.decide || may.assign : may[allowed[step]];
    if (!permitted) return refused({ _form: 'practice.error.stepNotAllowed' });
    if (current.version !== options.version) return conflict(current.version);
    const comment = options.comment?.trim() ?? '';
    if ((step === 'return' || step === 'answer') && !comment)
      return invalid({ comment: 'practice.error.commentRequired' });
    const at = now();
    let status: PracticeStatus = current.status;
    const values: Parameters<typeof updatePracticeRow>[3] = { updated_at: at };
    if (step === 'submit') {
      if (current.call_id) {
        const call = await trx
          .selectFrom('practice_calls')
          .select(['opens_on', 'closes_on'])
          .where('id', '=', current.call_id)
          .executeTakeFirst();
        if (call && !callIsOpen(call, today())) return invalid({ _form: 'practice.error.callClosed' });
      }
      status = 'submitted';
      values.submitted_at = at;
    } else if (step === 'return') status = 'returned';
    else if (step === 'publish') {
      if (current.review_count < MIN_REVIEWS) return invalid({ _form: 'practice.error.tooFewReviews' });
      if (current.needs_third === 1) return invalid({ _form: 'practice.error.needsThird' });
      status = 'published';
      values.published_at = at;
    }
    values.status = status;
    if (!(await updatePracticeRow(trx, id, current.version, values))) return conflict(current.version + 1);
    if (comment && (step === 'return' || step === 'answer'))
      await insertComment(trx, {
        id: newId(),
        practice_id: id,
        user_id: actorId(actor),
        kind: step === 'return' ? 'return' : 'answer',
        body: comment,
        created_at: at,
      });
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: `practice.${step}`,
      entityType: 'practice',
      entityId: id,
      before: { status: current.status },
      after: { status, ...(comment ? { comment } : {}) },
    });
    return ok({ id, status });
  });
}
