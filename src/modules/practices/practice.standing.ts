import type { Kysely } from 'kysely';
import { type Actor, actorId } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { type PracticeActions, practiceCan } from './practice.policy.ts';
import type { PracticeRow } from './practice.table.ts';

/** The actor's part in a practice (their review, whether they organise its call) and what it lets them do. */
export async function standingOf(
  db: Kysely<Database>,
  actor: Actor,
  practice: Pick<PracticeRow, 'id' | 'status' | 'created_by' | 'promising' | 'call_id'>,
): Promise<PracticeActions> {
  const userId = actorId(actor);
  const [review, call] = userId
    ? await Promise.all([
        db
          .selectFrom('practice_reviews')
          .select('state')
          .where('practice_id', '=', practice.id)
          .where('reviewer_id', '=', userId)
          .executeTakeFirst(),
        practice.call_id
          ? db
              .selectFrom('practice_calls')
              .select('created_by')
              .where('id', '=', practice.call_id)
              .executeTakeFirst()
          : Promise.resolve(undefined),
      ])
    : [undefined, undefined];
  return practiceCan(actor, {
    status: practice.status,
    authorId: practice.created_by,
    promising: practice.promising === 1,
    review: review?.state ?? null,
    callOrganiser: userId !== null && call?.created_by === userId,
  });
}
