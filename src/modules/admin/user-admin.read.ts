import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { countUserSessions } from '../../auth/session.repository.ts';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../web/errors.ts';
import { type AdminUserDetail, presentAdminUser } from './user-admin.presenter.ts';
import {
  countActiveApiTokens,
  findAdminUser,
  findUserNames,
  listUserMemberships,
} from './user-admin.repository.ts';
import type { AdminActor } from './user-admin.service.ts';

/** Everything the user page shows about one account, or undefined when there is no such user. */
export async function readUserDetail(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<AdminUserDetail | undefined> {
  const row = await findAdminUser(db, id);
  if (!row) return undefined;
  const [sessions, apiTokens, memberships, names] = await Promise.all([
    countUserSessions(db, id),
    countActiveApiTokens(db, id),
    listUserMemberships(db, id),
    findUserNames(db, row.approved_by ? [row.approved_by] : []),
  ]);
  return {
    ...presentAdminUser(row, actor),
    approvedByName: row.approved_by ? (names.get(row.approved_by) ?? null) : null,
    sessions,
    apiTokens,
    memberships,
  };
}

/** The signed-in admin making the request (route policy 'admin' has already checked the role). */
export function adminActor(request: FastifyRequest): AdminActor {
  if (request.actor.kind !== 'user') throw notFound();
  return { id: request.actor.user.id };
}
