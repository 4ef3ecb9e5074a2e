import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  type Result,
  refused,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { authorOrganisationIds, practiceRow, updatePracticeRow } from './practice.repository.ts';
import { standingOf } from './practice.standing.ts';
import { CRITERIA, type Criterion } from './practice.table.ts';
import { reviewOf, reviewsOf, updateReview } from './review.repository.ts';
import { reviewStanding } from './review.rules.ts';

/**
 * A moderator asks someone to review a practice. The author, and anyone belonging to an
 * organisation of the author or of the practice, is barred (decision 112).
 */
export async function assignReviewer(
  db: Db,
  actor: Actor,
  practiceId: string,
  reviewerEmail: string,
): Promise<Result<{ reviewId: string }>> {
  return transact(db.kysely, async (trx) => {
    const practice = await practiceRow(trx, practiceId);
    if (!practice) return notFound();
    const may = await standingOf(trx, actor, practice);
    if (!may.read) return notFound();
    if (!may.assign) return refused({ _form: 'practice.error.stepNotAllowed' });
    const reviewer = await trx
      .selectFrom('users')
      .select(['id', 'status'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', reviewerEmail.trim().toLowerCase()))
      .executeTakeFirst();
    if (reviewer?.status !== 'active') return invalid({ reviewer: 'practice.error.reviewerUnknown' });
    if (reviewer.id === practice.created_by) return invalid({ reviewer: 'practice.error.reviewerIsAuthor' });
    const organisations = [...(await authorOrganisationIds(trx, practice))];
    if (organisations.length) {
      const member = await trx
        .selectFrom('memberships')
        .select('organisation_id')
        .where('user_id', '=', reviewer.id)
        .where('organisation_id', 'in', organisations)
        .executeTakeFirst();
      if (member) return invalid({ reviewer: 'practice.error.reviewerConflicted' });
    }
    if (await reviewOf(trx, practiceId, reviewer.id))
      return invalid({ reviewer: 'practice.error.reviewerAlready' });
    const id = newId();
    const at = now();
    await trx
      .insertInto('practice_reviews')
      .values({
        id,
        practice_id: practiceId,
        reviewer_id: reviewer.id,
        assigned_by: actorId(actor),
        state: 'assigned',
        conflict_note: null,
        assigned_at: at,
        submitted_at: null,
      })
      .execute();
    if (practice.status === 'submitted')
      await updatePracticeRow(trx, practiceId, practice.version, { status: 'under-review', updated_at: at });
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: 'practice.assignReviewer',
      entityType: 'practice',
      entityId: practiceId,
      before: { status: practice.status },
      after: { status: 'under-review', reviewerId: reviewer.id },
    });
    return ok({ reviewId: id });
  });
}

/** The reviewer declares a conflict of interest: they are barred from scoring this practice. */
export async function declareConflict(
  db: Db,
  actor: Actor,
  practiceId: string,
  version: number,
  note: string,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const userId = actorId(actor);
    const review = userId ? await reviewOf(trx, practiceId, userId) : undefined;
    if (!review) return notFound();
    if (review.state !== 'assigned') return refused({ _form: 'practice.error.reviewClosed' });
    if (
      !(await updateReview(trx, review.id, version, {
        state: 'conflicted',
        conflict_note: note.trim() || null,
      }))
    )
      return conflict(Number(review.version));
    await recordAudit(trx, {
      actorId: userId,
      action: 'practice.declareConflict',
      entityType: 'practice',
      entityId: practiceId,
      after: { reviewId: review.id, note: note.trim() || null },
    });
    return ok({ id: review.id });
  });
}

/** Scores as typed: `{ relevance: { score: '4', comment: '…' }, … }`. */
export type ScoreDraft = Record<Criterion, { score: string; comment: string }>;

/** Each criterion scored 1 to 5 with a comment, or the problems field by field. */
export function readScores(draft: ScoreDraft): Result<Record<Criterion, { score: number; comment: string }>> {
  const problems: Problems = {};
  const out = {} as Record<Criterion, { score: number; comment: string }>;
  for (const c of CRITERIA) {
    const text = draft[c]?.score.trim() ?? '';
    const score = Number(text);
    if (!/^[1-5]$/.test(text) || !Number.isInteger(score))
      problems[`score.${c}`] = { key: 'practice.error.score' };
    const comment = draft[c]?.comment.trim() ?? '';
    if (!comment) problems[`comment.${c}`] = { key: 'practice.error.reviewComment' };
    else if (comment.length > 4000) problems[`comment.${c}`] = { key: 'practice.error.textTooLong' };
    out[c] = { score, comment };
  }
  return Object.keys(problems).length ? invalid(problems) : ok(out);
}

/** Writes the practice's review standing from its submitted reviews (average, spread, promise). */
async function restand(
  trx: Transaction<Database>,
  practiceId: string,
): Promise<ReturnType<typeof reviewStanding>> {
  const reviews = (await reviewsOf(trx, practiceId)).filter((r) => r.state === 'submitted');
  const standing = reviewStanding(
    reviews.map((r) => Object.fromEntries(r.scores.map((s) => [s.criterion, s.score]))),
  );
  await trx
    .updateTable('practices')
    .set((eb) => ({
      review_count: standing.count,
      review_average: standing.average === null ? null : Math.round(standing.average * 100),
      review_spread: standing.spread === null ? null : Math.round(standing.spread * 100),
      promising: standing.promising ? 1 : 0,
      needs_third: standing.needsThird ? 1 : 0,
      updated_at: now(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', practiceId)
    .execute();
  return standing;
}

/** A reviewer without a conflict submits their scores; the practice's standing follows. */
export async function submitReview(
  db: Db,
  actor: Actor,
  practiceId: string,
  version: number,
  draft: ScoreDraft,
  declaredNoConflict: boolean,
): Promise<Result<{ promising: boolean; needsThird: boolean }>> {
  return transact(db.kysely, async (trx) => {
    const userId = actorId(actor);
    const practice = await practiceRow(trx, practiceId);
    const review = userId && practice ? await reviewOf(trx, practiceId, userId) : undefined;
    if (!practice || !review) return notFound();
    if (review.state === 'conflicted') return refused({ _form: 'practice.error.reviewerConflicted' });
    if (review.state !== 'assigned' || practice.status !== 'under-review')
      return refused({ _form: 'practice.error.reviewClosed' });
    // Belonging to an author's organisation since the assignment bars the reviewer all the same.
    const organisations = [...(await authorOrganisationIds(trx, practice))];
    if (userId === practice.created_by) return refused({ _form: 'practice.error.reviewerIsAuthor' });
    if (
      organisations.length &&
      (await trx
        .selectFrom('memberships')
        .select('organisation_id')
        .where('user_id', '=', userId!)
        .where('organisation_id', 'in', organisations)
        .executeTakeFirst())
    )
      return refused({ _form: 'practice.error.reviewerConflicted' });
    const scores = readScores(draft);
    if (!declaredNoConflict)
      return invalid({
        noConflict: 'practice.error.declareNoConflict',
        ...(scores.ok ? {} : scores.kind === 'invalid' ? scores.problems : {}),
      });
    if (!scores.ok) return scores;
    if (!(await updateReview(trx, review.id, version, { state: 'submitted', submitted_at: now() })))
      return conflict(Number(review.version));
    await trx
      .insertInto('practice_review_scores')
      .values(CRITERIA.map((c) => ({ review_id: review.id, criterion: c, ...scores.value[c] })))
      .execute();
    const standing = await restand(trx, practiceId);
    await recordAudit(trx, {
      actorId: userId,
      action: 'practice.review',
      entityType: 'practice',
      entityId: practiceId,
      after: { reviewId: review.id, scores: scores.value, standing },
    });
    return ok({ promising: standing.promising, needsThird: standing.needsThird });
  });
}
