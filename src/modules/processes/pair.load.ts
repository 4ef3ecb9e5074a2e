import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import { parseParams } from '../../web/params.ts';
import { findPair, listPairs } from './pair.repository.ts';
import type { PairView } from './pair.views.tsx';
import { processRoleOf } from './process.access.ts';
import { presentRows } from './process.load.ts';
import { can } from './process.policy.ts';
import type { Process } from './process.presenter.ts';
import { findProcessRow, pairCandidates, visibleAmong } from './process.repository.ts';
import { itemParams } from './process.schema.ts';
import type { PairRow } from './process.table.ts';
import { loadWorkspace, type Workspace } from './workspace.ts';

/**
 * The pairings of a process from its side, each with the other process when the actor may see
 * it. Those who do not manage the process see accepted pairings only.
 */
export async function loadPairs(
  db: Kysely<Database>,
  actor: Actor,
  i18n: Translator,
  process: Process,
  manages: boolean,
): Promise<PairView[]> {
  const rows = await listPairs(db, process.id);
  const otherIds = rows.map((r) => (r.process_id === process.id ? r.partner_id : r.process_id));
  const visible = await presentRows(db, await visibleAmong(db, actor, otherIds), i18n);
  const byId = new Map(visible.map((p) => [p.id, p]));
  return rows
    .filter((r) => manages || r.status === 'accepted')
    .map((r) => {
      const outgoing = r.process_id === process.id;
      return {
        id: r.id,
        status: r.status,
        outgoing,
        note: r.note,
        other: byId.get(outgoing ? r.partner_id : r.process_id) ?? null,
      };
    });
}

/** Processes in other countries the actor may see: those a pairing may be proposed to. */
export async function loadPairCandidates(
  db: Kysely<Database>,
  actor: Actor,
  i18n: Translator,
  process: Process,
): Promise<Process[]> {
  const rows = await pairCandidates(db, actor, { id: process.id, countryAlpha3: process.country.alpha3 });
  return presentRows(db, rows, i18n);
}

/** Whether the actor may see the process (one they may not see cannot be proposed to). */
export async function mayViewProcess(
  db: Kysely<Database>,
  actor: Actor,
  processId: string,
): Promise<boolean> {
  const row = await findProcessRow(db, processId);
  return row !== undefined && can(actor, 'view', row, await processRoleOf(db, actor, row.id));
}

/** The pairing named by the route's `:itemId`, of a process the actor manages (404 otherwise). */
export async function loadPair(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<Workspace & { pair: PairRow }> {
  const workspace = await loadWorkspace(db, request, 'manage');
  const { itemId } = parseParams(itemParams, request.params);
  const pair = await findPair(db, workspace.process.id, itemId);
  if (!pair) throw notFound();
  return { ...workspace, pair };
}

/** The title of the other process of a pairing, when the actor may see it. */
export async function otherTitle(
  db: Kysely<Database>,
  actor: Actor,
  process: Process,
  pair: PairRow,
): Promise<string | undefined> {
  const otherId = pair.process_id === process.id ? pair.partner_id : pair.process_id;
  return (await visibleAmong(db, actor, [otherId]))[0]?.title;
}
