import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { PairRow, PairStatus, ProcessPairsTable } from './process.table.ts';

/** Every pairing a process is part of, proposed by it or to it. */
export async function listPairs(db: Kysely<Database>, processId: string): Promise<PairRow[]> {
  return db
    .selectFrom('process_pairs')
    .selectAll()
    .where((eb) => eb.or([eb('process_id', '=', processId), eb('partner_id', '=', processId)]))
    .orderBy('proposed_at', 'desc')
    .execute();
}

export async function findPair(
  db: Kysely<Database>,
  processId: string,
  pairId: string,
): Promise<PairRow | undefined> {
  return db
    .selectFrom('process_pairs')
    .selectAll()
    .where('id', '=', pairId)
    .where((eb) => eb.or([eb('process_id', '=', processId), eb('partner_id', '=', processId)]))
    .executeTakeFirst();
}

/** The pairing between two processes in either direction, if any. */
export async function findPairBetween(
  db: Kysely<Database>,
  a: string,
  b: string,
): Promise<PairRow | undefined> {
  return db
    .selectFrom('process_pairs')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('process_id', '=', a), eb('partner_id', '=', b)]),
        eb.and([eb('process_id', '=', b), eb('partner_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
}

export async function insertPair(trx: Transaction<Database>, row: ProcessPairsTable): Promise<void> {
  await trx.insertInto('process_pairs').values(row).execute();
}

export async function updatePair(
  trx: Transaction<Database>,
  id: string,
  expected: PairStatus,
  values: Partial<Omit<ProcessPairsTable, 'id'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('process_pairs')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePair(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('process_pairs').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * The processes paired with this one (accepted pairings only), whichever side proposed. The hook
 * for shared actions: the actions module lists actions of `[processId, ...pairedProcessIds]`.
 * Callers that show them must still filter by what the actor may see.
 */
export async function pairedProcessIds(db: Kysely<Database>, processId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('process_pairs')
    .select(['process_id', 'partner_id'])
    .where('status', '=', 'accepted')
    .where((eb) => eb.or([eb('process_id', '=', processId), eb('partner_id', '=', processId)]))
    .execute();
  return rows.map((r) => (r.process_id === processId ? r.partner_id : r.process_id));
}
