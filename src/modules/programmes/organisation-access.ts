import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Problem } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';

/**
 * What the policies of programmes and events need to know about who is acting: whether they are a
 * platform admin, and which organisations they may edit for (owner or editor membership).
 * Shared with the events module. Belongs in the organisations module's exported service once
 * that exists; it only reads the `memberships` table.
 */
export interface Access {
  userId: string | null;
  isAdmin: boolean;
  editableOrganisationIds: ReadonlySet<string>;
}

export const NO_ACCESS: Access = { userId: null, isAdmin: false, editableOrganisationIds: new Set() };

/** The access of a request's actor (anonymous visitors may edit nothing). */
export async function accessFor(db: Kysely<Database>, actor: Actor): Promise<Access> {
  if (actor.kind !== 'user') return NO_ACCESS;
  const rows = await db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('user_id', '=', actor.user.id)
    .where('role', 'in', ['owner', 'editor'])
    .execute();
  return {
    userId: actor.user.id,
    isAdmin: actor.user.role === 'admin',
    editableOrganisationIds: new Set(rows.map((r) => r.organisation_id)),
  };
}

/** Whether the actor may create records in the name of some organisation (admins: any). */
export function canActForSome(access: Access): boolean {
  return access.isAdmin || access.editableOrganisationIds.size > 0;
}

/** Whether the actor may act for at least one of these organisations (admins: always). */
export function canActForAny(access: Access, organisationIds: readonly string[]): boolean {
  return access.isAdmin || organisationIds.some((id) => access.editableOrganisationIds.has(id));
}

/** The demo loader and the CLI act with admin rights, in the name of `userId` for the audit log. */
export function systemAccess(userId: string | null): Access {
  return { userId, isAdmin: true, editableOrganisationIds: new Set() };
}

/** An organisation as other records show it. */
export interface OrganisationRef {
  id: string;
  name: string;
  acronym: string | null;
}

/** How a form names an organisation: "United Nations Development Programme (UNDP)". */
export function organisationLabel(org: OrganisationRef): string {
  return org.acronym ? `${org.name} (${org.acronym})` : org.name;
}

export type OrganisationMatch =
  | { kind: 'found'; organisation: OrganisationRef }
  | { kind: 'unknown' }
  | { kind: 'ambiguous' };

const COMPOSITE = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * Finds organisations named in a form, without a 20,000-option select: each reference may be an
 * id, "Name (ACRONYM)" as `organisationLabel` writes it, an acronym or a full name (any case).
 * A name or acronym shared by several organisations is `ambiguous`.
 */
export async function resolveOrganisations(
  db: Kysely<Database>,
  references: string[],
): Promise<Map<string, OrganisationMatch>> {
  const refs = [...new Set(references.map((r) => r.trim()).filter(Boolean))];
  const result = new Map<string, OrganisationMatch>();
  if (refs.length === 0) return result;
  const words = new Set<string>();
  for (const ref of refs) {
    words.add(ref.toLowerCase());
    const composite = COMPOSITE.exec(ref);
    if (composite) {
      words.add(composite[1]!.toLowerCase());
      words.add(composite[2]!.toLowerCase());
    }
  }
  const lowered = [...words];
  const candidates = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', refs),
        eb(eb.fn('lower', ['name']), 'in', lowered),
        eb(eb.fn('lower', ['acronym']), 'in', lowered),
      ]),
    )
    .execute();
  const pick = (matches: OrganisationRef[]): OrganisationMatch | undefined =>
    matches.length === 1
      ? { kind: 'found', organisation: matches[0]! }
      : matches.length > 1
        ? { kind: 'ambiguous' }
        : undefined;
  for (const ref of refs) {
    const lower = ref.toLowerCase();
    const composite = COMPOSITE.exec(ref);
    const byId = candidates.filter((c) => c.id === ref);
    const byComposite = composite
      ? candidates.filter(
          (c) =>
            c.name.toLowerCase() === composite[1]!.toLowerCase() &&
            c.acronym?.toLowerCase() === composite[2]!.toLowerCase(),
        )
      : [];
    const byAcronym = candidates.filter((c) => c.acronym?.toLowerCase() === lower);
    const byName = candidates.filter((c) => c.name.toLowerCase() === lower);
    result.set(
      ref,
      pick(byId) ?? pick(byComposite) ?? pick(byAcronym) ?? pick(byName) ?? { kind: 'unknown' },
    );
  }
  return result;
}

/** The organisations a form names, each reference answered with an id or with why it has none. */
export interface NamedOrganisations {
  /** The organisation a reference names, or null when it names none or several. */
  idOf(reference: string): string | null;
  /** Why a reference names no one organisation: `<prefix>.organisationUnknown` or `…Ambiguous`. */
  problemFor(reference: string): Problem;
}

/**
 * Resolves the organisations a form names (see `resolveOrganisations`). `prefix` is the module's
 * catalogue prefix for errors (`programme.error`), so each form keeps its own words.
 */
export async function organisationsNamed(
  db: Kysely<Database>,
  references: string[],
  prefix: string,
): Promise<NamedOrganisations> {
  const found = await resolveOrganisations(db, references);
  return {
    idOf(reference) {
      const match = found.get(reference.trim());
      return match?.kind === 'found' ? match.organisation.id : null;
    },
    problemFor(reference) {
      const ambiguous = found.get(reference.trim())?.kind === 'ambiguous';
      return {
        key: `${prefix}.${ambiguous ? 'organisationAmbiguous' : 'organisationUnknown'}`,
        values: { name: reference },
      };
    },
  };
}

/** Which of the given country codes exist in the reference list. */
export async function knownCountries(db: Kysely<Database>, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('countries').select('alpha3').where('alpha3', 'in', codes).execute();
  return new Set(rows.map((r) => r.alpha3));
}
