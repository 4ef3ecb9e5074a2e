import type { Translator } from '../../i18n/translator.ts';
import type { MemberRow } from './membership.repository.ts';
import type { CountryNames } from './organisation.countries.ts';
import type { OrganisationPermissions } from './organisation.policy.ts';
import { isHttpUrl } from './organisation.schema.ts';
import type { MembershipRole, OrganisationRow, OrganisationType } from './organisation.table.ts';

/** An organisation as views and API clients see it, labelled in the reader's language. */
export interface Organisation {
  id: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  typeLabel: string;
  /** ISO alpha-3, or null for international bodies. */
  country: string | null;
  countryName: string | null;
  website: string | null;
  description: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function presentOrganisation(
  row: OrganisationRow,
  i18n: Translator,
  names: CountryNames,
): Organisation {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    type: row.type,
    typeLabel: i18n.t(`org.type.${row.type}`),
    country: row.country_alpha3,
    countryName: names.name(row.country_alpha3),
    website: row.website,
    description: row.description,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The address to link to, only when it is http(s): anything else is shown as text, never linked. */
export function websiteHref(organisation: Pick<Organisation, 'website'>): string | null {
  return organisation.website && isHttpUrl(organisation.website) ? organisation.website : null;
}

/** An organisation page's data: the organisation, its members when the actor may see them, and actions. */
export interface OrganisationDetail {
  organisation: Organisation;
  memberCount: number;
  members: Member[] | null;
  can: OrganisationPermissions;
}

export interface Member {
  userId: string;
  name: string;
  role: MembershipRole;
  roleLabel: string;
  since: string;
}

/** Members without their email addresses: only the member-management page shows those. */
export function presentMember(row: MemberRow, i18n: Translator): Member {
  return {
    userId: row.userId,
    name: row.name,
    role: row.role,
    roleLabel: i18n.t(`org.role.${row.role}`),
    since: row.since,
  };
}
