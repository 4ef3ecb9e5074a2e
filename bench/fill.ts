import { hashPassword } from '../src/auth/passwords.ts';
import type { Db } from '../src/db/connection.ts';
import { newId } from '../src/db/ids.ts';
import { ORGANISATION_TYPES } from '../src/modules/organisations/organisation.table.ts';

const BATCH = 500;

/** Inserts rows in batches, one transaction per batch. */
async function insertBatches<T>(
  db: Db,
  count: number,
  make: (i: number) => T,
  insert: (rows: T[], db: Db) => Promise<void>,
) {
  for (let start = 0; start < count; start += BATCH) {
    const rows: T[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) rows.push(make(i));
    await insert(rows, db);
  }
}

/**
 * The benchmark data set: 100,000 users (one shared argon2 hash: hashing each would take 1.5 h)
 * and 20,000 organisations spread over the reference countries and every type.
 */
export async function fillBenchData(db: Db, sizes: { users: number; organisations: number }): Promise<void> {
  const passwordHash = await hashPassword('bench password 123');
  const countries = (await db.kysely.selectFrom('countries').select('alpha3').execute()).map((c) => c.alpha3);
  const base = Date.parse('2025-01-01T00:00:00Z');
  await insertBatches(
    db,
    sizes.users,
    (i) => {
      const at = new Date(base + i * 60_000).toISOString();
      return {
        id: newId(),
        email: `bench-user-${i}@example.org`,
        name: `Bench User ${i}`,
        password_hash: passwordHash,
        role: i % 1000 === 0 ? ('moderator' as const) : ('user' as const),
        status: i % 10 === 0 ? ('pending' as const) : ('active' as const),
        locale: null,
        created_at: at,
        updated_at: at,
        approved_at: null,
        approved_by: null,
      };
    },
    async (rows, target) => {
      await target.kysely.transaction().execute((trx) => trx.insertInto('users').values(rows).execute());
    },
  );
  await insertBatches(
    db,
    sizes.organisations,
    (i) => {
      const at = new Date(base + i * 60_000).toISOString();
      return {
        id: newId(),
        name: `Bench Organisation ${String(i).padStart(5, '0')}`,
        acronym: `BO${i}`,
        type: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length]!,
        country_alpha3: countries[i % countries.length] ?? null,
        website: null,
        description: 'An organisation generated for the benchmark.',
        created_at: at,
        updated_at: at,
        created_by: null,
      };
    },
    async (rows, target) => {
      await target.kysely
        .transaction()
        .execute((trx) => trx.insertInto('organisations').values(rows).execute());
    },
  );
}
