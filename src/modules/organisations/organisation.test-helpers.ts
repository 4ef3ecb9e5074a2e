import { buildOrganisation } from '../../../test/support/factories.ts';
import { Browser, buildUser, type TestDb, type testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { createSession } from '../../auth/session.repository.ts';
import { now } from '../../db/ids.ts';
import type { MembershipRole } from './organisation.table.ts';

/** Test-only helpers shared by this module's HTTP tests. */
export type Ctx = Awaited<ReturnType<typeof testApp>>;
export type TestUser = Awaited<ReturnType<typeof buildUser>>;

/** A browser signed in as `user` (a session row and its cookie, as the sign-in form would set). */
export async function signedIn(ctx: Ctx, user: { id: string }): Promise<Browser> {
  const browser = new Browser(ctx.app);
  browser.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, user.id, { days: 1 }));
  return browser;
}

export { apiToken } from '../../../test/support/api-token.ts';

export async function addMembership(
  db: TestDb,
  organisationId: string,
  userId: string,
  role: MembershipRole,
) {
  await db.kysely
    .insertInto('memberships')
    .values({ organisation_id: organisationId, user_id: userId, role, created_at: now() })
    .execute();
}

export async function membershipsOf(db: TestDb, organisationId: string) {
  const rows = await db.kysely
    .selectFrom('memberships')
    .select(['user_id', 'role'])
    .where('organisation_id', '=', organisationId)
    .orderBy('user_id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.user_id, r.role]));
}

export async function organisationRow(db: TestDb, id: string) {
  return db.kysely.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Audit rows written about one organisation (or any, without an id), oldest first. */
export async function auditRows(db: TestDb, entityId?: string) {
  return db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', 'organisation')
    .$if(entityId !== undefined, (q) => q.where('entity_id', '=', entityId!))
    .orderBy('at')
    .execute();
}

/**
 * An organisation with one person in each role, plus an outsider, an admin and a moderator:
 * what every permission test needs.
 */
export async function organisationWithRoles(
  ctx: Ctx,
  overrides: Parameters<typeof buildOrganisation>[1] = {},
) {
  const organisation = await buildOrganisation(ctx.db, { name: 'Ministry of Planning', ...overrides });
  const [owner, editor, member, outsider, admin, moderator] = await Promise.all([
    buildUser(ctx.db, { name: 'Olga Owner' }),
    buildUser(ctx.db, { name: 'Ed Editor' }),
    buildUser(ctx.db, { name: 'Mia Member' }),
    buildUser(ctx.db, { name: 'Otto Outsider' }),
    buildUser(ctx.db, { name: 'Ada Admin', role: 'admin' }),
    buildUser(ctx.db, { name: 'Mo Moderator', role: 'moderator' }),
  ]);
  await addMembership(ctx.db, organisation.id, owner.id, 'owner');
  await addMembership(ctx.db, organisation.id, editor.id, 'editor');
  await addMembership(ctx.db, organisation.id, member.id, 'member');
  return { organisation, owner, editor, member, outsider, admin, moderator };
}
