/*
 * Invitations to join a space that has members (an organisation, a process): the kernel holds the
 * rules, each module says where its invitations and members are kept (`InvitationSpace`).
 *
 * What it offers:
 * - `invite`: an address (normalised) with a role, once per space; the inviter is answered the
 *   same whether or not the address has an account (only "already a member", which the member
 *   list shows anyway, and "already invited" are problems, on the `email` field).
 * - `withdraw`: an invitation of that space not yet answered; any other is `not-found`.
 * - `answer`: accept or decline, by the signed-in, active account the invitation was sent to; any
 *   other person gets `not-found`, as for an invitation that does not exist. Answering uses the
 *   invitation up (of two answers at once, exactly one wins); accepting adds the member unless
 *   they already are one (they keep their role).
 * Every command is one transaction (`transact`) that locks the space and writes its audit row
 * (`<auditAction>.create|withdraw|accept|decline`, on the space).
 *
 * There is no link, secret or expiry here: these invitations are answered from the invited
 * account, signed in. One-time links (platform invitations, password resets) are src/auth's.
 * A kernel: it imports no module.
 */
export {
  answer,
  type InvitationSpace,
  invite,
  type OpenInvitation,
  withdraw,
} from './invitation.commands.ts';
