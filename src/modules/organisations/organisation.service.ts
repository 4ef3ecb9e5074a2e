import { recordAudit } from '../../audit/audit.repository.ts';
import { conflict, invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { newId, now } from '../../db/ids.ts';
import { findCountry } from '../countries/index.ts';
import { insertMembership } from './membership.repository.ts';
import {
  findOrganisation,
  insertOrganisation,
  updateOrganisationIfVersion,
} from './organisation.repository.ts';
import type { OrganisationInput, OrganisationPatch, OrganisationValues } from './organisation.schema.ts';
import type { OrganisationRow } from './organisation.table.ts';

/** The editable fields of a row, named as in the input schema (and the audit log). */
function editable(row: OrganisationRow): OrganisationValues {
  return {
    name: row.name,
    acronym: row.acronym,
    type: row.type,
    country: row.country_alpha3,
    website: row.website,
    description: row.description,
  };
}

async function unknownCountry(db: Db, country: string | null | undefined): Promise<boolean> {
  return typeof country === 'string' && (await findCountry(db.kysely, country)) === undefined;
}

/**
 * Creates an organisation; its creator becomes its first owner. Access is checked by the caller
 * (any signed-in user may create one).
 */
export async function createOrganisation(
  db: Db,
  actorId: string | null,
  input: OrganisationInput,
): Promise<Result<OrganisationRow>> {
  if (await unknownCountry(db, input.country)) return invalid({ country: 'org.error.country' });
  const values: OrganisationValues = {
    name: input.name,
    acronym: input.acronym ?? null,
    type: input.type,
    country: input.country ?? null,
    website: input.website ?? null,
    description: input.description ?? null,
  };
  const at = now();
  const row: OrganisationRow = {
    id: newId(),
    name: values.name,
    acronym: values.acronym,
    type: values.type,
    country_alpha3: values.country,
    website: values.website,
    description: values.description,
    created_at: at,
    updated_at: at,
    created_by: actorId,
    version: 1,
  };
  return transact(db.kysely, async (trx) => {
    await insertOrganisation(trx, row);
    await recordAudit(trx, {
      actorId,
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: row.id,
      after: { ...values },
    });
    if (actorId) {
      await insertMembership(trx, { organisationId: row.id, userId: actorId, role: 'owner', createdAt: at });
      await recordAudit(trx, {
        actorId,
        action: 'organisation.member.add',
        entityType: 'organisation',
        entityId: row.id,
        after: { userId: actorId, role: 'owner' },
      });
    }
    return ok(row);
  });
}

/**
 * Applies the changed fields if the organisation is still at `version` (optimistic locking):
 * a stale version is a conflict, never a silent overwrite. Access is checked by the caller.
 */
export async function updateOrganisation(
  db: Db,
  actorId: string | null,
  id: string,
  version: number,
  patch: OrganisationPatch,
): Promise<Result<OrganisationRow>> {
  if (await unknownCountry(db, patch.country)) return invalid({ country: 'org.error.country' });
  return transact(db.kysely, async (trx) => {
    const current = await findOrganisation(trx, id);
    if (!current) return notFound();
    if (current.version !== version) return conflict(current.version);
    const before = editable(current);
    const next: OrganisationValues = { ...before };
    for (const key of Object.keys(before) as (keyof OrganisationValues)[]) {
      if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
    }
    const changed = (Object.keys(before) as (keyof OrganisationValues)[]).filter(
      (k) => before[k] !== next[k],
    );
    // Nothing to write: no new version, no audit row.
    if (changed.length === 0) return ok(current);
    const at = now();
    const saved = await updateOrganisationIfVersion(trx, id, version, {
      name: next.name,
      acronym: next.acronym,
      type: next.type,
      country_alpha3: next.country,
      website: next.website,
      description: next.description,
      updated_at: at,
    });
    if (!saved) return conflict();
    await recordAudit(trx, {
      actorId,
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
    const value: OrganisationRow = {
      ...current,
      name: next.name,
      acronym: next.acronym,
      type: next.type,
      country_alpha3: next.country,
      website: next.website,
      description: next.description,
      updated_at: at,
      version: version + 1,
    };
    return ok(value);
  });
}
