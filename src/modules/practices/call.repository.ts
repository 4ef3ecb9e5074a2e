import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CallRow } from './practice.table.ts';

export async function listCalls(
  db: Kysely<Database>,
  options: { limit: number; after?: { closesOn: string; id: string } },
): Promise<CallRow[]> {
  const { after } = options;
  return db
    .selectFrom('practice_calls')
    .selectAll()
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('closes_on', '<', after!.closesOn),
          eb.and([eb('closes_on', '=', after!.closesOn), eb('id', '<', after!.id)]),
        ]),
      ),
    )
    .orderBy('closes_on', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute();
}

export async function findCall(db: Kysely<Database>, id: string): Promise<CallRow | undefined> {
  return db.selectFrom('practice_calls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The practices submitted to a call (drafts aside), with their review state. */
export async function submissionsTo(db: Kysely<Database>, callId: string) {
  return db
    .selectFrom('practices')
    .select(['id', 'title', 'status', 'review_count', 'promising'])
    .where('call_id', '=', callId)
    .where('status', '!=', 'draft')
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}

export async function callIdByTitle(db: Kysely<Database>, title: string): Promise<string | undefined> {
  return (await db.selectFrom('practice_calls').select('id').where('title', '=', title).executeTakeFirst())
    ?.id;
}
