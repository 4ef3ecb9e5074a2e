import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import { today } from '../../web/form/index.ts';
import { type Action, presentAction, rollupItem } from './action.presenter.ts';
import {
  type ActionFilter,
  findAction,
  listActions,
  listSharedActions,
  partnersOf,
  rollupOf,
} from './action.repository.ts';
import { tagIdsOf } from './monitoring.tags.ts';
import { rollUpPlan } from './rollup.ts';

/** Actions of a process as presented, with partners and tags, in list order. */
export async function loadActions(db: Db, processId: string, filter: ActionFilter = {}): Promise<Action[]> {
  const rows = await listActions(db.kysely, processId, filter);
  const ids = rows.map((r) => r.id);
  const [partners, tags] = await Promise.all([
    partnersOf(db.kysely, ids),
    tagIdsOf(db.kysely, 'action', ids),
  ]);
  const day = today();
  return rows.map((r) => presentAction(r, partners.get(r.id) ?? [], tags.get(r.id) ?? [], day));
}

/** One action of a process as presented; undefined when the process has none by that id. */
export async function loadAction(db: Db, processId: string, actionId: string): Promise<Action | undefined> {
  const row = await findAction(db.kysely, processId, actionId);
  if (!row) return undefined;
  const [partners, tags] = await Promise.all([
    partnersOf(db.kysely, [row.id]),
    tagIdsOf(db.kysely, 'action', [row.id]),
  ]);
  return presentAction(row, partners.get(row.id) ?? [], tags.get(row.id) ?? [], today());
}

/** The plan's roll-up, by the method the team chose. */
export async function planRollup(db: Db, processId: string, actions?: Action[]) {
  const [method, all] = await Promise.all([
    rollupOf(db.kysely, processId),
    actions ?? loadActions(db, processId),
  ]);
  return { method, ...rollUpPlan(all.map(rollupItem), method) };
}

/** Shared actions of the given paired processes, as the actor may see them. */
export async function loadSharedActions(
  db: Db,
  actor: Actor,
  pairedIds: string[],
): Promise<(Action & { processTitle: string })[]> {
  const rows = await listSharedActions(db.kysely, pairedIds, actor);
  const ids = rows.map((r) => r.id);
  const [partners, tags] = await Promise.all([
    partnersOf(db.kysely, ids),
    tagIdsOf(db.kysely, 'action', ids),
  ]);
  const day = today();
  return rows.map((r) => ({
    ...presentAction(r, partners.get(r.id) ?? [], tags.get(r.id) ?? [], day),
    processTitle: r.process_title,
  }));
}
