import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { newId, now } from '../db/ids.ts';
import type { PlatformRole, UserRow, UserStatus } from './auth.table.ts';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  role: PlatformRole;
  status: UserStatus;
  approvedBy?: string | null;
}

/** Emails are compared and stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(trx: Transaction<Database>, user: NewUser): Promise<UserRow> {
  const at = now();
  const row = {
    id: newId(),
    email: normaliseEmail(user.email),
    name: user.name.trim(),
    password_hash: user.passwordHash,
    role: user.role,
    status: user.status,
    locale: null,
    created_at: at,
    updated_at: at,
    approved_at: user.status === 'active' ? at : null,
    approved_by: user.approvedBy ?? null,
    version: 1,
  };
  await trx.insertInto('users').values(row).execute();
  return row;
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
