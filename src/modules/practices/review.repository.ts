import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Criterion, ReviewState } from './practice.table.ts';

export interface ReviewWithScores {
  id: string;
  reviewerId: string;
  reviewerName: string;
  state: ReviewState;
  conflictNote: string | null;
  assignedAt: string;
  submittedAt: string | null;
  version: number;
  scores: { criterion: Criterion; score: number; comment: string }[];
}

/** Every review of a practice with its scores, in the order reviewers were assigned. */
export async function reviewsOf(db: Kysely<Database>, practiceId: string): Promise<ReviewWithScores[]> {
  const reviews = await db
    .selectFrom('practice_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .select([
      'r.id',
      'r.reviewer_id',
      'u.name',
      'r.state',
      'r.conflict_note',
      'r.assigned_at',
      'r.submitted_at',
      'r.version',
    ])
    .where('r.practice_id', '=', practiceId)
    .orderBy('r.assigned_at')
    .orderBy('r.id')
    .execute();
  const ids = reviews.map((r) => r.id);
  const scores = ids.length
    ? await db
        .selectFrom('practice_review_scores')
        .select(['review_id', 'criterion', 'score', 'comment'])
        .where('review_id', 'in', ids)
        .execute()
    : [];
  return reviews.map((r) => ({
    id: r.id,
    reviewerId: r.reviewer_id,
    reviewerName: r.name,
    state: r.state,
    conflictNote: r.conflict_note,
    assignedAt: r.assigned_at,
    submittedAt: r.submitted_at,
    version: Number(r.version),
    scores: scores
      .filter((s) => s.review_id === r.id)
      .map((s) => ({ criterion: s.criterion, score: Number(s.score), comment: s.comment })),
  }));
}

export async function reviewOf(db: Kysely<Database>, practiceId: string, reviewerId: string) {
  return db
    .selectFrom('practice_reviews')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('reviewer_id', '=', reviewerId)
    .executeTakeFirst();
}

/** Updates a review only at `version`; false means it changed since it was read. */
export async function updateReview(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: { state: ReviewState; conflict_note?: string | null; submitted_at?: string | null },
): Promise<boolean> {
  const result = await trx
    .updateTable('practice_reviews')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The practices a person is asked to review, with the state of their review. */
export async function reviewsBy(db: Kysely<Database>, reviewerId: string) {
  return db
    .selectFrom('practice_reviews as r')
    .innerJoin('practices as p', 'p.id', 'r.practice_id')
    .select(['p.id', 'p.title', 'p.status', 'r.state', 'r.assigned_at'])
    .where('r.reviewer_id', '=', reviewerId)
    .orderBy('r.assigned_at', 'desc')
    .limit(500)
    .execute();
}
