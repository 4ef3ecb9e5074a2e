import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.repository.ts';
import type { SignedInUser } from '../auth/actor.ts';
import { findUserByEmail, normaliseEmail } from '../auth/user.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../commands/index.ts';
import type { Database } from '../db/database.ts';
import { newId, now } from '../db/ids.ts';

/** An invitation not yet answered, whatever table the space keeps it in. */
export interface OpenInvitation<Role extends string> {
  id: string;
  /** The organisation, process… the person is invited to. */
  spaceId: string;
  /** Normalised (lower case): compared with the address of the account that answers. */
  email: string;
  role: Role;
}

/** What a space (a module with members) tells the kernel about its invitations and members. */
export interface InvitationSpace<Role extends string> {
  /** The audit rows' entity type (`organisation`), and their action's stem (`organisation.invitation`). */
  entityType: string;
  auditAction: string;
  /** Catalogue keys of the inviter's two problems, shown beside the email field. */
  problems: { alreadyMember: string; alreadyInvited: string };
  /** Locks the space for the rest of the transaction; false when it does not exist. */
  lock(trx: Transaction<Database>, spaceId: string): Promise<boolean>;
  isMember(trx: Transaction<Database>, spaceId: string, userId: string): Promise<boolean>;
  /** Makes the user a member with the role; answers what the audit row records of it. */
  addMember(
    trx: Transaction<Database>,
    spaceId: string,
    userId: string,
    role: Role,
  ): Promise<Record<string, unknown>>;
  find(trx: Transaction<Database>, id: string): Promise<OpenInvitation<Role> | undefined>;
  findOf(
    trx: Transaction<Database>,
    spaceId: string,
    email: string,
  ): Promise<OpenInvitation<Role> | undefined>;
  insert(
    trx: Transaction<Database>,
    invitation: OpenInvitation<Role> & { invitedBy: string | null; createdAt: string },
  ): Promise<void>;
  /** Deletes it; false when another request answered or withdrew it first. */
  remove(trx: Transaction<Database>, id: string): Promise<boolean>;
}

/**
 * Invites an address with a role; the caller has checked that the actor manages the space. The
 * inviter is told the same whether or not the address has an account: only "already a member"
 * differs, and members are listed with their address on the page the inviter sees.
 */
export async function invite<Role extends string>(
  db: Kysely<Database>,
  space: InvitationSpace<Role>,
  actorId: string | null,
  spaceId: string,
  input: { email: string; role: Role },
): Promise<Result<OpenInvitation<Role>>> {
  const email = normaliseEmail(input.email);
  return transact(db, async (trx) => {
    if (!(await space.lock(trx, spaceId))) return notFound();
    const user = await findUserByEmail(trx, email);
    if (user && (await space.isMember(trx, spaceId, user.id)))
      return invalid({ email: space.problems.alreadyMember });
    if (await space.findOf(trx, spaceId, email)) return invalid({ email: space.problems.alreadyInvited });
    const invitation = { id: newId(), spaceId, email, role: input.role };
    await space.insert(trx, { ...invitation, invitedBy: actorId, createdAt: now() });
    await recordAudit(trx, {
      actorId,
      action: `${space.auditAction}.create`,
      entityType: space.entityType,
      entityId: spaceId,
      after: { invitation: invitation.id, email, role: input.role },
    });
    return ok(invitation);
  });
}

/** Withdraws an invitation of the space not yet answered; any other is `not-found`. */
export async function withdraw<Role extends string>(
  db: Kysely<Database>,
  space: InvitationSpace<Role>,
  actorId: string | null,
  spaceId: string,
  invitationId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const invitation = await space.find(trx, invitationId);
    if (!invitation || invitation.spaceId !== spaceId || !(await space.remove(trx, invitationId)))
      return notFound();
    await recordAudit(trx, {
      actorId,
      action: `${space.auditAction}.withdraw`,
      entityType: space.entityType,
      entityId: spaceId,
      before: { invitation: invitationId, email: invitation.email, role: invitation.role },
    });
    return ok({ id: invitationId });
  });
}

/**
 * The invited person answers. Only an invitation sent to the address of their account, while it
 * is active, is theirs; any other is `not-found`, like one that does not exist. The answer uses
 * the invitation up (of two answers at once, one wins). Accepting makes them a member with the
 * invited role; one who already is keeps the role they have.
 */
export async function answer<Role extends string>(
  db: Kysely<Database>,
  space: InvitationSpace<Role>,
  user: SignedInUser,
  invitationId: string,
  reply: 'accept' | 'decline',
): Promise<Result<{ spaceId: string }>> {
  return transact(db, async (trx) => {
    const invitation = await space.find(trx, invitationId);
    if (!invitation || invitation.email !== normaliseEmail(user.email) || user.status !== 'active')
      return notFound();
    const { spaceId } = invitation;
    if (!(await space.lock(trx, spaceId))) return notFound();
    if (!(await space.remove(trx, invitationId))) return notFound();
    const joins = reply === 'accept' && !(await space.isMember(trx, spaceId, user.id));
    const member = joins ? await space.addMember(trx, spaceId, user.id, invitation.role) : null;
    await recordAudit(trx, {
      actorId: user.id,
      action: `${space.auditAction}.${reply}`,
      entityType: space.entityType,
      entityId: spaceId,
      before: { invitation: invitationId, email: invitation.email, role: invitation.role },
      after: member,
    });
    return ok({ spaceId });
  });
}
