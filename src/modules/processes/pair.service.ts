import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { deletePair, findPair, findPairBetween, insertPair, updatePair } from './pair.repository.ts';
import { findProcessRow } from './process.repository.ts';

/**
 * Proposes pairing `processId` with `partnerId` (origin and destination along one corridor: the
 * two must be in different countries). A declined proposal may be made again.
 */
export async function proposePair(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: { partnerId: string; note?: string },
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const process = await findProcessRow(trx, processId);
    const partner = await findProcessRow(trx, input.partnerId);
    if (!process) return notFound();
    if (!partner || partner.id === process.id) return invalid({ partnerId: 'process.pair.error.partner' });
    if (partner.country_alpha3 === process.country_alpha3)
      return invalid({ partnerId: 'process.pair.error.sameCountry' });
    const existing = await findPairBetween(trx, process.id, partner.id);
    const at = now();
    if (existing && existing.status !== 'declined')
      return invalid({ partnerId: 'process.pair.error.exists' });
    const id = existing?.id ?? newId();
    if (existing) {
      // Asking again after a refusal: the proposal now goes from this process to the partner.
      await updatePair(trx, existing.id, 'declined', {
        process_id: process.id,
        partner_id: partner.id,
        status: 'proposed',
        note: input.note ?? null,
        proposed_by: actorId,
        proposed_at: at,
        responded_by: null,
        responded_at: null,
      });
    } else {
      await insertPair(trx, {
        id,
        process_id: process.id,
        partner_id: partner.id,
        status: 'proposed',
        note: input.note ?? null,
        proposed_by: actorId,
        proposed_at: at,
        responded_by: null,
        responded_at: null,
      });
    }
    await recordAudit(trx, {
      actorId,
      action: 'process-pair.propose',
      entityType: 'process-pair',
      entityId: id,
      after: { process: process.id, partner: partner.id, note: input.note ?? null },
    });
    return ok({ id });
  });
}

/** The partner's owner accepts or declines a proposal made to their process. */
export async function respondToPair(
  db: Kysely<Database>,
  actorId: string | null,
  partnerId: string,
  pairId: string,
  answer: 'accepted' | 'declined',
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const pair = await findPair(trx, partnerId, pairId);
    if (!pair || pair.partner_id !== partnerId || pair.status !== 'proposed') return notFound();
    const at = now();
    if (
      !(await updatePair(trx, pair.id, 'proposed', {
        status: answer,
        responded_by: actorId,
        responded_at: at,
      }))
    )
      return notFound();
    await recordAudit(trx, {
      actorId,
      action: answer === 'accepted' ? 'process-pair.accept' : 'process-pair.decline',
      entityType: 'process-pair',
      entityId: pair.id,
      before: { status: 'proposed' },
      after: { status: answer, process: pair.process_id, partner: pair.partner_id },
    });
    return ok({ id: pair.id });
  });
}

/** Either side withdraws a proposal or ends a pairing. */
export async function removePair(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  pairId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const pair = await findPair(trx, processId, pairId);
    if (!pair || !(await deletePair(trx, pair.id))) return notFound();
    await recordAudit(trx, {
      actorId,
      action: 'process-pair.remove',
      entityType: 'process-pair',
      entityId: pair.id,
      before: { process: pair.process_id, partner: pair.partner_id, status: pair.status },
    });
    return ok({ id: pair.id });
  });
}
