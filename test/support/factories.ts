import { newId, now } from '../../src/db/ids.ts';
import type { OrganisationsTable } from '../../src/modules/organisations/organisation.table.ts';
import { insertStages } from '../../src/modules/processes/stage.repository.ts';
import type { TestDb } from './http.ts';

export { buildUser } from './http.ts';

/** Inserts an organisation row directly (for tests of modules that only need one to exist). */
export async function buildOrganisation(
  db: TestDb,
  overrides: Partial<Omit<OrganisationsTable, 'version'>> = {},
) {
  const at = now();
  const row = {
    id: newId(),
    name: 'Test Organisation',
    acronym: null,
    type: 'civil-society' as const,
    country_alpha3: null,
    website: null,
    description: null,
    created_at: at,
    updated_at: at,
    created_by: null,
    ...overrides,
  };
  await db.kysely.insertInto('organisations').values(row).execute();
  return row;
}

/**
 * Inserts a process row directly, with its six stages (as the service creates them), optionally
 * with members: `{ userId, role }` or `{ organisationId, role }`.
 */
export async function buildProcess(
  db: TestDb,
  overrides: Partial<{
    title: string;
    country_alpha3: string;
    visibility: 'public' | 'private';
    plan_name: string;
    lead_organisation_id: string | null;
    area_id: string | null;
  }> = {},
  members: { userId?: string; organisationId?: string; role: 'owner' | 'member' | 'observer' }[] = [],
) {
  const at = now();
  const row = {
    id: newId(),
    title: 'Mainstreaming migration into the national development plan',
    country_alpha3: 'MDA',
    area_id: null,
    plan_name: 'National Development Strategy',
    period_start: '2013-01-01',
    period_end: '2020-12-31',
    lead_organisation_id: null,
    summary: null,
    visibility: 'public' as const,
    created_by: null,
    created_at: at,
    updated_at: at,
    ...overrides,
  };
  await db.kysely.insertInto('processes').values(row).execute();
  await insertStages(db.kysely, row.id);
  for (const member of members) {
    await db.kysely
      .insertInto('process_members')
      .values({
        id: newId(),
        process_id: row.id,
        user_id: member.userId ?? null,
        organisation_id: member.organisationId ?? null,
        role: member.role,
        created_at: at,
      })
      .execute();
  }
  return row;
}
