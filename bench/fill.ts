import type { Insertable } from 'kysely';
import { hashPassword } from '../src/auth/passwords.ts';
import type { Db } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { createOrganisation } from '../src/modules/organisations/organisation.service.ts';
import { ORGANISATION_TYPES } from '../src/modules/organisations/organisation.table.ts';

const BATCH = 500;

/**
 * The foundation's data set: `users` users and `organisations` organisations spread over the
 * reference countries and every type.
 *
 * - Users are bulk INSERTs, 500 rows a transaction, sharing one argon2 hash: signing up through
 *   the accounts service hashes each password (about 50 ms of CPU by design), 1.5 hours for
 *   100,000 users on two cores.
 * - Organisations go through the organisations service (`createOrganisation`), as the directory's
 *   form does: each its own transaction with its audit rows and its creator as first owner (about a
 *   millisecond each).
 */
export async function fillBenchData(db: Db, sizes: { users: number; organisations: number }): Promise<void> {
  const passwordHash = await hashPassword('bench password 123');
  const countries = (await db.kysely.selectFrom('countries').select('alpha3').execute()).map((c) => c.alpha3);
  const base = Date.parse('2025-01-01T00:00:00Z');
  const creators: string[] = [];
  for (let start = 0; start < sizes.users; start += BATCH) {
    const rows: Insertable<Database['users']>[] = [];
    for (let i = start; i < Math.min(sizes.users, start + BATCH); i++) {
      const at = new Date(base + i * 60_000).toISOString();
      const status = i % 10 === 0 ? ('pending' as const) : ('active' as const);
      const id = newId();
      if (status === 'active' && creators.length < 1000) creators.push(id);
      rows.push({
        id,
        email: `bench-user-${i}@example.org`,
        name: `Bench User ${i}`,
        password_hash: passwordHash,
        role: i % 1000 === 0 ? ('moderator' as const) : ('user' as const),
        status,
        locale: null,
        created_at: at,
        updated_at: at,
        approved_at: status === 'active' ? at : null,
        approved_by: null,
      });
    }
    await db.kysely.transaction().execute((trx) => trx.insertInto('users').values(rows).execute());
  }
  for (let i = 0; i < sizes.organisations; i++) {
    const created = await createOrganisation(db, creators[i % creators.length] ?? null, {
      name: `Bench Organisation ${String(i).padStart(5, '0')}`,
      acronym: `BO${i}`,
      type: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length]!,
      country: countries[i % countries.length] ?? null,
      website: null,
      description: 'An organisation generated for the benchmark.',
    });
    if (!created.ok) throw new Error(`bench fill: organisation ${i} refused: ${JSON.stringify(created)}`);
  }
}
