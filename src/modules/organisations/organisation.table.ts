import type { Generated, Selectable } from 'kysely';

/** The kinds of organisation Corridor knows (foundation issue, point 4). */
export const ORGANISATION_TYPES = [
  'national-government',
  'local-government',
  'un-agency',
  'civil-society',
  'migrant-diaspora',
  'private-sector',
  'social-partner',
  'donor',
  'academia',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const MEMBERSHIP_ROLES = ['owner', 'editor', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export interface OrganisationsTable {
  id: string;
  name: string;
  /** Short name as commonly written: UNDP, IOM, SDC. */
  acronym: string | null;
  type: OrganisationType;
  /** Where it is based; null for international bodies. ISO alpha-3. */
  country_alpha3: string | null;
  website: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: MembershipRole;
  created_at: string;
}

/**
 * An invitation to join an organisation, by email address, until the person accepts or declines
 * (decision 46). Kept whether or not the address has an account, so the inviter learns nothing.
 */
export interface OrganisationInvitationsTable {
  id: string;
  organisation_id: string;
  /** Normalised as account emails are. */
  email: string;
  role: MembershipRole;
  invited_by: string | null;
  created_at: string;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type OrganisationInvitationRow = Selectable<OrganisationInvitationsTable>;

export interface OrganisationTables {
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  organisation_invitations: OrganisationInvitationsTable;
}
