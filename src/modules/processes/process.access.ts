import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../web/errors.ts';
import { can, type ProcessAction } from './process.policy.ts';
import type { ProcessRole, ProcessRow } from './process.table.ts';

const RANK: Record<ProcessRole, number> = { observer: 1, member: 2, owner: 3 };

/**
 * The most an organisation listed on a process passes to its people (decision 44): everyone in it
 * may read or edit the content, as the process's owners chose, but owning a process (settings,
 * visibility, members) is only ever given to a person by name.
 */
export const ORGANISATION_ROLE_CAP = 'member' satisfies ProcessRole;

/** The role a person gets from a process member row: theirs, or their organisation's (capped). */
export function roleFromRow(row: { role: ProcessRole; organisation_id: string | null }): ProcessRole {
  if (row.organisation_id !== null && RANK[row.role] > RANK[ORGANISATION_ROLE_CAP])
    return ORGANISATION_ROLE_CAP;
  return row.role;
}

/**
 * The actor's role in a process: given to them by name, or passed on by an organisation the
 * process lists and they belong to (whatever their role in that organisation). The strongest
 * role wins. Null for non-members (and for anonymous visitors).
 */
export async function processRoleOf(
  db: Kysely<Database>,
  actor: Actor,
  processId: string,
): Promise<ProcessRole | null> {
  if (actor.kind !== 'user') return null;
  const rows = await db
    .selectFrom('process_members')
    .select(['process_members.role', 'process_members.organisation_id'])
    .where('process_members.process_id', '=', processId)
    .where((eb) =>
      eb.or([
        eb('process_members.user_id', '=', actor.user.id),
        eb(
          'process_members.organisation_id',
          'in',
          eb
            .selectFrom('memberships')
            .select('memberships.organisation_id')
            .where('memberships.user_id', '=', actor.user.id),
        ),
      ]),
    )
    .execute();
  let best: ProcessRole | null = null;
  for (const row of rows) {
    const role = roleFromRow(row);
    if (!best || RANK[role] > RANK[best]) best = role;
  }
  return best;
}

/**
 * Loads a process the actor may act on, or throws 404 (missing and forbidden look the same).
 * Every module that hangs content off a process (assessments, actions, indicators…) starts here.
 */
export async function loadProcessFor(
  db: Kysely<Database>,
  actor: Actor,
  processId: string,
  action: ProcessAction,
): Promise<{ process: ProcessRow; role: ProcessRole | null }> {
  const process = await db.selectFrom('processes').selectAll().where('id', '=', processId).executeTakeFirst();
  if (!process) throw notFound();
  const role = await processRoleOf(db, actor, processId);
  if (!can(actor, action, process, role)) throw notFound();
  return { process, role };
}

/**
 * A `where` filter for lists: public processes, plus private ones the actor belongs to (directly
 * or through an organisation); admins see all.
 */
export function visibleProcesses(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'processes'>) => {
    // Always true, written so both dialects accept it (SQLite cannot bind a boolean).
    if (actor.kind === 'user' && actor.user.role === 'admin') return eb('processes.id', 'is not', null);
    if (actor.kind !== 'user') return eb('processes.visibility', '=', 'public');
    const userId = actor.user.id;
    return eb.or([
      eb('processes.visibility', '=', 'public'),
      eb(
        'processes.id',
        'in',
        eb
          .selectFrom('process_members')
          .select('process_members.process_id')
          .where((m) =>
            m.or([
              m('process_members.user_id', '=', userId),
              m(
                'process_members.organisation_id',
                'in',
                m
                  .selectFrom('memberships')
                  .select('memberships.organisation_id')
                  .where('memberships.user_id', '=', userId),
              ),
            ]),
          ),
      ),
    ]);
  };
}
