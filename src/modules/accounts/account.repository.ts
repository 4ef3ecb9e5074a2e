import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';
import type { MembershipRole } from '../organisations/index.ts';

/** True when `error` is a unique-constraint violation on either database (a lost insert race). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export async function insertSignUpRequest(
  trx: Transaction<Database>,
  request: { userId: string; organisationName: string | null },
): Promise<void> {
  await trx
    .insertInto('sign_up_requests')
    .values({ user_id: request.userId, organisation_name: request.organisationName, created_at: now() })
    .execute();
}

/** What a person wrote when they asked for an account (for the admin who approves it). */
export async function findSignUpRequest(
  db: Kysely<Database>,
  userId: string,
): Promise<{ organisationName: string | null; createdAt: string } | undefined> {
  const row = await db
    .selectFrom('sign_up_requests')
    .select(['organisation_name', 'created_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { organisationName: row.organisation_name, createdAt: row.created_at } : undefined;
}

export interface MembershipSummary {
  organisationId: string;
  name: string;
  acronym: string | null;
  role: MembershipRole;
}

/** The organisations a user belongs to, by name. */
export async function listUserMemberships(
  db: Kysely<Database>,
  userId: string,
): Promise<MembershipSummary[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.name', 'organisations.acronym', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
  return rows.map((r) => ({ organisationId: r.id, name: r.name, acronym: r.acronym, role: r.role }));
}

/** Sessions of a user that have not expired yet. */
export async function countActiveSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Renames a user if the row is still at `version`; false when someone saved first. */
export async function updateUserName(
  trx: Transaction<Database>,
  userId: string,
  version: number,
  name: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('users')
    .set((eb) => ({ name, updated_at: now(), version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateUserPassword(
  trx: Transaction<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await trx
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, updated_at: now(), version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}
