import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';
import { findNarrative, insertNarrative, updateNarrative } from './profile.repository.ts';
import type { NarrativeInput } from './profile.schema.ts';
import type { CountryNarrativeRow } from './profile.table.ts';

export type SaveNarrativeResult =
  | { ok: true; value: { version: number } }
  | { ok: false; errors: { kind: 'conflict'; current: CountryNarrativeRow | undefined } };

/**
 * Saves a country's profile narrative. The caller has checked `canEditNarrative`. A save that
 * starts from an older version than the stored one is refused as a conflict, never merged.
 */
export async function saveNarrative(
  trx: Transaction<Database>,
  actor: Actor,
  alpha3: string,
  input: NarrativeInput,
): Promise<SaveNarrativeResult> {
  const existing = await findNarrative(trx, alpha3);
  const storedVersion = existing?.version ?? 0;
  if (input.version !== storedVersion) return { ok: false, errors: { kind: 'conflict', current: existing } };
  const at = now();
  const by = actorId(actor);
  const saved = existing
    ? await updateNarrative(trx, {
        alpha3,
        body: input.body,
        lang: input.lang,
        version: input.version,
        at,
        by,
      })
    : await insertNarrative(trx, { alpha3, body: input.body, lang: input.lang, at, by });
  // Someone saved between our read and our write.
  if (!saved) return { ok: false, errors: { kind: 'conflict', current: await findNarrative(trx, alpha3) } };
  await recordAudit(trx, {
    actorId: by,
    action: existing ? 'country_narrative.update' : 'country_narrative.create',
    entityType: 'country_narrative',
    entityId: alpha3,
    before: existing ? { body: existing.body, lang: existing.lang, version: existing.version } : null,
    after: { body: input.body, lang: input.lang, version: storedVersion + 1 },
  });
  return { ok: true, value: { version: storedVersion + 1 } };
}
