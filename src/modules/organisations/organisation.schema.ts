import { z } from 'zod';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPES, type OrganisationType } from './organisation.table.ts';

/**
 * Input and output schemas of organisations. The same input schema validates an HTML form post
 * (where empty fields arrive as '') and a JSON body (where they may be null or absent), and
 * describes the API in OpenAPI. Error messages that are catalogue keys are turned into sentences by
 * `fieldErrors()`.
 */

/** True for an absolute http(s) address with a host name: the only links ever rendered. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** '' and null both mean "none"; undefined (absent) stays undefined: "unchanged" in a PATCH. */
const emptyToNull = (value: string | null | undefined): string | null | undefined =>
  value === '' ? null : value;

/** An optional text: '' and null both mean "none". */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional().transform(emptyToNull);

export const organisationFields = {
  /** Full official name, 1–200 characters. */
  name: z
    .string({ error: (issue) => (issue.input === undefined ? 'org.error.nameRequired' : undefined) })
    .trim()
    .min(1, 'org.error.nameRequired')
    .max(200)
    .describe('Full official name (required, up to 200 characters)'),
  /** Short name as commonly written (UNDP, IOM), up to 20 characters. */
  acronym: optionalText(20).describe('Short name, up to 20 characters'),
  type: z.enum(ORGANISATION_TYPES, { error: 'org.error.type' }).describe('Kind of organisation'),
  /** ISO 3166-1 alpha-3 code of the country where it is based; null for international bodies. */
  country: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[A-Za-z]{3}$/.test(v), 'org.error.country')
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : (emptyToNull(v)?.toUpperCase() ?? null)))
    .describe('ISO 3166-1 alpha-3 code of the country where it is based; null when international'),
  /** An http:// or https:// address, up to 500 characters. */
  website: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || isHttpUrl(v), 'org.error.website')
    .nullable()
    .optional()
    .transform(emptyToNull)
    .describe('Web address starting with http:// or https:// (up to 500 characters)'),
  description: optionalText(5000).describe('What the organisation does, up to 5,000 characters'),
};

/** Creating an organisation (form or `POST /api/v1/organisations`). */
export const organisationInput = z.object(organisationFields);

/** A new organisation as the service takes it (what `organisationInput` parses to). */
export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  acronym?: string | null;
  country?: string | null;
  website?: string | null;
  description?: string | null;
}

/** Every editable field with a value: what a stored organisation has (and the audit log shows). */
export type OrganisationValues = Required<OrganisationInput>;

/** `PATCH /api/v1/organisations/{id}`: any subset of the fields, with the version last read. */
export const organisationPatch = z.object({
  name: organisationFields.name.optional(),
  acronym: organisationFields.acronym,
  type: organisationFields.type.optional(),
  country: organisationFields.country,
  website: organisationFields.website,
  description: organisationFields.description,
  version: z.number().int().min(1).describe('The `version` you last read; a stale one answers 409'),
});
export type OrganisationPatch = Partial<OrganisationInput>;

/** The hidden version field of the edit form. */
export const versionField = z.coerce.number().int().min(1);

export const organisationParams = z.object({
  id: z.string().min(1).max(64).describe('Organisation id'),
});

/** Directory filters, shared by the HTML list, the CSV download and the API. */
export const directoryFilters = z.object({
  type: z.enum(ORGANISATION_TYPES).optional().describe('Only this type'),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .describe('Only organisations based in this country (ISO alpha-3)'),
  q: z.string().trim().max(100).optional().describe('Text found in the name or acronym'),
});
export type DirectoryFilters = z.output<typeof directoryFilters>;

export const apiListQuery = directoryFilters.extend({
  cursor: z.string().max(600).optional().describe('The `next` value of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size (1–200, default 50)'),
});

export const membershipInput = z.object({
  email: z.string().trim().min(1).max(254).email(),
  role: z.enum(MEMBERSHIP_ROLES, { error: 'org.members.error.role' }),
});

export const roleInput = z.object({
  role: z.enum(MEMBERSHIP_ROLES, { error: 'org.members.error.role' }),
});

export const organisationOut = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  type: z.enum(ORGANISATION_TYPES),
  typeLabel: z.string().describe('The type in the language of the request'),
  country: z.string().nullable().describe('ISO alpha-3, or null when international'),
  countryName: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const organisationDetailOut = organisationOut.extend({
  memberCount: z.number().int(),
  can: z
    .object({ viewMembers: z.boolean(), edit: z.boolean(), manageMembers: z.boolean() })
    .describe('What the caller may do with this organisation'),
});

export const memberOut = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  roleLabel: z.string().describe('The role in the language of the request'),
  since: z.string().describe('When they joined (ISO 8601)'),
});
