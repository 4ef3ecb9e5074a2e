import { type Actor, actorId } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import { countMembers, findMembershipRole, listMembers } from './membership.repository.ts';
import { countryNames } from './organisation.countries.ts';
import { can, type OrganisationAction, permissionsFor } from './organisation.policy.ts';
import { type OrganisationDetail, presentMember, presentOrganisation } from './organisation.presenter.ts';
import { findOrganisation } from './organisation.repository.ts';
import type { MembershipRole, OrganisationRow } from './organisation.table.ts';

/**
 * Loads an organisation for an action, or throws 404: a missing organisation and one the actor
 * may not act on look the same, so ids cannot be probed.
 */
export async function loadOrganisationFor(
  db: Db,
  id: string,
  actor: Actor,
  action: OrganisationAction,
): Promise<{ row: OrganisationRow; role: MembershipRole | null }> {
  const row = await findOrganisation(db.kysely, id);
  if (!row) throw notFound();
  const role = await findMembershipRole(db.kysely, id, actorId(actor));
  if (!can(actor, action, role)) throw notFound();
  return { row, role };
}

/** What an organisation page (and the API's single answer) shows this actor. */
export async function organisationDetail(
  db: Db,
  row: OrganisationRow,
  role: MembershipRole | null,
  actor: Actor,
  i18n: Translator,
): Promise<OrganisationDetail> {
  const permissions = permissionsFor(actor, role);
  const [names, memberCount, members] = await Promise.all([
    countryNames(db.kysely, i18n),
    countMembers(db.kysely, row.id),
    permissions.viewMembers ? listMembers(db.kysely, row.id) : Promise.resolve(null),
  ]);
  return {
    organisation: presentOrganisation(row, i18n, names),
    memberCount,
    members: members ? members.map((m) => presentMember(m, i18n)) : null,
    can: permissions,
  };
}
