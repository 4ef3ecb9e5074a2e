import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../web/errors.ts';
import { parseParams } from '../../web/params.ts';
import { listProcessInvitations } from './invitation.repository.ts';
import { findMember, listMembers } from './member.repository.ts';
import { processRoleOf } from './process.access.ts';
import { type Member, type Process, presentInvitation, presentMember } from './process.presenter.ts';
import { itemParams } from './process.schema.ts';
import { mayOnProcess } from './process.space.ts';
import { loadWorkspace, type Workspace } from './workspace.ts';

/** Who takes part in a process, and who is invited to (for its owners). */
export async function loadMemberList(
  db: Kysely<Database>,
  processId: string,
): Promise<{ members: Member[]; invitations: ReturnType<typeof presentInvitation>[] }> {
  const [members, invitations] = await Promise.all([
    listMembers(db, processId),
    listProcessInvitations(db, processId),
  ]);
  return {
    members: members.map((m) => presentMember(m, true)),
    invitations: invitations.map(presentInvitation),
  };
}

/** The member named by the route's `:itemId`, in a process the actor manages (404 otherwise). */
export async function loadMember(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<Workspace & { member: Member }> {
  const workspace = await loadWorkspace(db, request, 'manage');
  const { itemId } = parseParams(itemParams, request.params);
  const row = await findMember(db, workspace.process.id, itemId);
  if (!row) throw notFound();
  return { ...workspace, member: presentMember(row, true) };
}

/**
 * Where to go after a change to the members, which may have taken the actor's own rights away:
 * the members page while they still manage the process, else its overview, else the list.
 */
export async function placeAfterMemberChange(
  db: Kysely<Database>,
  actor: Actor,
  process: Process,
): Promise<string> {
  const may = mayOnProcess(actor, process, await processRoleOf(db, actor, process.id));
  if (may.manage) return `/processes/${process.id}/members`;
  if (may.view) return `/processes/${process.id}`;
  return '/processes';
}
