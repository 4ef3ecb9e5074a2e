import type { Expression, Kysely } from 'kysely';
import type { DialectName } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { containsText } from '../../db/dialect.ts';

/** An organisation as actions show it. */
export interface OrganisationRef {
  id: string;
  name: string;
  acronym: string | null;
}

/** How a form names an organisation: "International Organization for Migration (IOM)". */
export function organisationLabel(org: OrganisationRef): string {
  return org.acronym ? `${org.name} (${org.acronym})` : org.name;
}

export type OrganisationMatch =
  | { kind: 'found'; organisation: OrganisationRef }
  | { kind: 'unknown'; suggestions: OrganisationRef[] }
  | { kind: 'ambiguous'; suggestions: OrganisationRef[] };

const COMPOSITE = /^(.+?)\s*\(([^()]+)\)$/;
const SUGGESTIONS = 5;

/**
 * Finds the organisations a form or a file names, without a 20,000-option select: each reference
 * may be an id, "Name (ACRONYM)" as `organisationLabel` writes it, an acronym or a full name (any
 * case). When none or several match, up to five organisations whose name or acronym contains the
 * text are offered, so the message can say what to type.
 */
export async function resolveOrganisations(
  db: Kysely<Database>,
  dialect: DialectName,
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
  const one = (matches: OrganisationRef[]) => (matches.length === 1 ? matches[0] : undefined);
  for (const ref of refs) {
    const lower = ref.toLowerCase();
    const composite = COMPOSITE.exec(ref);
    const byComposite = composite
      ? candidates.filter(
          (c) =>
            c.name.toLowerCase() === composite[1]!.toLowerCase() &&
            c.acronym?.toLowerCase() === composite[2]!.toLowerCase(),
        )
      : [];
    const byAcronym = candidates.filter((c) => c.acronym?.toLowerCase() === lower);
    const byName = candidates.filter((c) => c.name.toLowerCase() === lower);
    const found =
      one(candidates.filter((c) => c.id === ref)) ?? one(byComposite) ?? one(byAcronym) ?? one(byName);
    if (found) {
      result.set(ref, { kind: 'found', organisation: found });
      continue;
    }
    const ambiguous = [...byComposite, ...byAcronym, ...byName];
    if (ambiguous.length > 1) {
      result.set(ref, { kind: 'ambiguous', suggestions: ambiguous.slice(0, SUGGESTIONS) });
      continue;
    }
    result.set(ref, { kind: 'unknown', suggestions: await suggestOrganisations(db, dialect, ref) });
  }
  return result;
}

/** Up to five organisations whose name or acronym contains `text`, by name. */
export async function suggestOrganisations(
  db: Kysely<Database>,
  dialect: DialectName,
  text: string,
): Promise<OrganisationRef[]> {
  const needle = (COMPOSITE.exec(text)?.[2] ?? text).trim().slice(0, 100);
  if (needle.length < 2) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym'])
    .where((eb) =>
      eb.or([
        containsText(dialect, eb.ref('name'), needle),
        containsText(dialect, eb.ref('acronym') as Expression<string>, needle),
      ]),
    )
    .orderBy('name')
    .orderBy('id')
    .limit(SUGGESTIONS)
    .execute();
}

/**
 * The organisations a process already works with (its lead, member organisations, and those named
 * in its actions), offered as suggestions while typing: a short, relevant list, never the directory.
 */
export async function processOrganisations(
  db: Kysely<Database>,
  processId: string,
): Promise<OrganisationRef[]> {
  return db
    .selectFrom('organisations')
    .select(['organisations.id', 'organisations.name', 'organisations.acronym'])
    .where((eb) =>
      eb.or([
        eb(
          'organisations.id',
          'in',
          eb.selectFrom('processes').select('lead_organisation_id').where('id', '=', processId),
        ),
        eb(
          'organisations.id',
          'in',
          eb
            .selectFrom('process_members')
            .select('organisation_id')
            .where('process_id', '=', processId)
            .where('organisation_id', 'is not', null),
        ),
        eb(
          'organisations.id',
          'in',
          eb
            .selectFrom('actions')
            .select('responsible_organisation_id')
            .where('process_id', '=', processId)
            .where('responsible_organisation_id', 'is not', null),
        ),
        eb(
          'organisations.id',
          'in',
          eb
            .selectFrom('action_partners')
            .innerJoin('actions', 'actions.id', 'action_partners.action_id')
            .select('action_partners.organisation_id')
            .where('actions.process_id', '=', processId),
        ),
      ]),
    )
    .orderBy('organisations.name')
    .limit(200)
    .execute();
}
