import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/database.ts';
import { newId } from '../../../src/db/ids.ts';

export function listNotices(db: Kysely<Database>) {
  return db.selectFrom('noticeboard_notices').select(['id', 'text']).orderBy('created_at').execute();
}

export async function insertNotice(db: Kysely<Database>, text: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('noticeboard_notices')
    .values({ id, text, created_at: new Date().toISOString() })
    .execute();
  return id;
}
