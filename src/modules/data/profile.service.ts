import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import { conflict, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';
import {
  findNarrative,
  findNarrativeVersion,
  insertNarrative,
  insertNarrativeVersion,
  updateNarrative,
} from './profile.repository.ts';
import type { NarrativeInput } from './profile.schema.ts';

/**
 * Writes a new version of the narrative and keeps it in the history, with its audit row. A write
 * that starts from an older version than the stored one is refused as a conflict, never merged.
 */
async function writeNarrative(
  trx: Transaction<Database>,
  actor: Actor,
  alpha3: string,
  input: { body: string; lang: string; version: number; revertedFrom: number | null },
): Promise<Result<{ version: number }>> {
  const existing = await findNarrative(trx, alpha3);
  const storedVersion = existing?.version ?? 0;
  if (input.version !== storedVersion) return conflict(storedVersion);
  const at = now();
  const by = actorId(actor);
  const row = { alpha3, body: input.body, lang: input.lang, at, by };
  const saved = existing
    ? await updateNarrative(trx, { ...row, version: input.version })
    : await insertNarrative(trx, row);
  // Someone saved between our read and our write.
  if (!saved) return conflict();
  const version = storedVersion + 1;
  await insertNarrativeVersion(trx, {
    country_alpha3: alpha3,
    version,
    body: input.body,
    lang: input.lang,
    created_at: at,
    created_by: by,
    reverted_from: input.revertedFrom,
  });
  await recordAudit(trx, {
    actorId: by,
    action:
      input.revertedFrom !== null
        ? 'country_narrative.revert'
        : existing
          ? 'country_narrative.update'
          : 'country_narrative.create',
    entityType: 'country_narrative',
    entityId: alpha3,
    before: existing ? { body: existing.body, lang: existing.lang, version: existing.version } : null,
    after: {
      body: input.body,
      lang: input.lang,
      version,
      ...(input.revertedFrom !== null ? { revertedFrom: input.revertedFrom } : {}),
    },
  });
  return ok({ version });
}

/** Saves a country's profile narrative. The caller has checked `canOnNarrative(…, 'edit')`. */
export function saveNarrative(
  db: Kysely<Database>,
  actor: Actor,
  alpha3: string,
  input: NarrativeInput,
): Promise<Result<{ version: number }>> {
  return transact(db, (trx) => writeNarrative(trx, actor, alpha3, { ...input, revertedFrom: null }));
}

/**
 * Restores an older version's text as a new version (history is never rewritten). `current` is
 * the version the reader saw on the history page: a change saved since is a conflict. The caller
 * has checked `canOnNarrative(…, 'revert')`.
 */
export function revertNarrative(
  db: Kysely<Database>,
  actor: Actor,
  alpha3: string,
  input: { to: number; current: number },
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const target = await findNarrativeVersion(trx, alpha3, input.to);
    if (!target) return notFound();
    return writeNarrative(trx, actor, alpha3, {
      body: target.body,
      lang: target.lang,
      version: input.current,
      revertedFrom: target.version,
    });
  });
}
