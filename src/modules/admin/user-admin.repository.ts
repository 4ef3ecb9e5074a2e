import type { Expression, ExpressionBuilder, Kysely, SqlBool, Transaction, Updateable } from 'kysely';
import type { PlatformRole, UserRow, UserStatus, UsersTable } from '../../auth/auth.table.ts';
import type { DialectName } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { containsText } from '../../db/dialect.ts';
import { now } from '../../db/ids.ts';
import type { Cursor } from './admin.schema.ts';

/** The users columns the admin screens read (never the password hash). */
const USER_COLUMNS = [
  'users.id',
  'users.email',
  'users.name',
  'users.role',
  'users.status',
  'users.locale',
  'users.created_at',
  'users.updated_at',
  'users.approved_at',
  'users.approved_by',
  'users.version',
] as const;

export type AdminUserRow = Omit<UserRow, 'password_hash'>;

export interface UserFilter {
  status?: UserStatus;
  role?: PlatformRole;
  q?: string;
}

export interface UserPageRequest extends UserFilter {
  sort: 'created' | 'name';
  dir: 'asc' | 'desc';
  /** Rows after this one in the chosen order, or before it when `direction` is 'before'. */
  cursor?: Cursor;
  direction: 'after' | 'before';
  limit: number;
}

/** The WHERE clause of the list filters (all optional; none matches every user). */
function matches(eb: ExpressionBuilder<Database, 'users'>, dialect: DialectName, filter: UserFilter) {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.status) conditions.push(eb('users.status', '=', filter.status));
  if (filter.role) conditions.push(eb('users.role', '=', filter.role));
  if (filter.q) {
    conditions.push(
      eb.or([
        containsText(dialect, eb.ref('users.name'), filter.q),
        containsText(dialect, eb.ref('users.email'), filter.q),
      ]),
    );
  }
  return eb.and(conditions);
}

/**
 * One page of users in a stable order (sort column, then id), by keyset. `hasMore` says whether
 * rows remain beyond the page in the direction read.
 */
export async function listUsers(
  db: Kysely<Database>,
  dialect: DialectName,
  request: UserPageRequest,
): Promise<{ rows: AdminUserRow[]; hasMore: boolean }> {
  const column = request.sort === 'name' ? 'users.name' : 'users.created_at';
  // Reading backwards (the "previous" link) flips the order; the rows are flipped back below.
  const backwards = request.direction === 'before';
  const ascending = (request.dir === 'asc') !== backwards;
  const order = ascending ? 'asc' : 'desc';
  const { cursor } = request;
  const rows = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where((eb) => matches(eb, dialect, request))
    .$if(cursor !== undefined, (q) =>
      q.where((eb) =>
        eb(eb.refTuple(column, 'users.id'), ascending ? '>' : '<', eb.tuple(cursor!.key, cursor!.id)),
      ),
    )
    .orderBy(column, order)
    .orderBy('users.id', order)
    .limit(request.limit + 1)
    .execute();
  const hasMore = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  return { rows: backwards ? page.reverse() : page, hasMore };
}

/**
 * How many users match the filters (for "1,234 users"). A text search reads every row, so with
 * `cap` it stops counting after `cap + 1` matches: the caller then says "more than cap".
 */
export async function countMatchingUsers(
  db: Kysely<Database>,
  dialect: DialectName,
  filter: UserFilter,
  cap?: number,
): Promise<number> {
  if (cap !== undefined) {
    const row = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('users')
          .select('users.id')
          .where((w) => matches(w, dialect, filter))
          .limit(cap + 1)
          .as('matching'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => matches(eb, dialect, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Users per status; every status is present, zero when none. Uses the (status, created_at) index. */
export async function countUsersByStatus(db: Kysely<Database>): Promise<Record<UserStatus, number>> {
  const rows = await db
    .selectFrom('users')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<UserStatus, number> = { pending: 0, active: 0, deactivated: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/** The users waiting longest for approval first. */
export async function listPendingUsers(db: Kysely<Database>, limit: number): Promise<AdminUserRow[]> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('users.status', '=', 'pending')
    .orderBy('users.created_at', 'asc')
    .orderBy('users.id', 'asc')
    .limit(limit)
    .execute();
}

export async function findAdminUser(db: Kysely<Database>, id: string): Promise<AdminUserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('users.id', '=', id).executeTakeFirst();
}

export async function findUserNames(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface MembershipRow {
  organisationId: string;
  organisationName: string;
  role: string;
  since: string;
}

export async function listUserMemberships(db: Kysely<Database>, userId: string): Promise<MembershipRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    since: r.created_at,
  }));
}

export async function countActiveApiTokens(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Active admins other than `exceptId`. On PostgreSQL every active admin row is locked until the
 * transaction ends, in id order so two transactions never deadlock: two admins demoting each
 * other at the same moment cannot both succeed (the second waits, then sees the first's change).
 * SQLite runs one write transaction at a time, so it needs no lock.
 */
export async function countOtherActiveAdmins(
  trx: Transaction<Database>,
  dialect: DialectName,
  exceptId: string,
): Promise<number> {
  const rows = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .orderBy('id')
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .execute();
  return rows.filter((r) => r.id !== exceptId).length;
}

/**
 * Updates a user only if it is still at `version`, and moves it to the next version. Returns the
 * updated row, or undefined when someone changed it first (nothing is written then).
 */
export async function updateUserAtVersion(
  trx: Transaction<Database>,
  id: string,
  version: number,
  changes: Omit<Updateable<UsersTable>, 'id' | 'version' | 'updated_at'>,
): Promise<AdminUserRow | undefined> {
  const result = await trx
    .updateTable('users')
    .set((eb) => ({ ...changes, updated_at: now(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return findAdminUser(trx, id);
}
