import { newId, now } from '../../src/db/ids.ts';
import type { OrganisationsTable } from '../../src/modules/organisations/organisation.table.ts';
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
