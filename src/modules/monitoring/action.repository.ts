import type { Kysely, Transaction } from 'kysely';
import { type Actor, hasRole } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { visibleProcesses } from '../processes/index.ts';
import type { ActionRow, ActionStatus, ActionsTable, Rollup } from './monitoring.table.ts';
import type { OrganisationRef } from './organisation-lookup.ts';

/** An action with its responsible organisation's name, as lists and pages read it. */
export type ActionListRow = ActionRow & {
  responsible_name: string | null;
  responsible_acronym: string | null;
};

export interface ActionFilter {
  status?: ActionStatus;
  /** Only actions whose end date is before `today` and that are neither done nor cancelled. */
  overdueOn?: string;
}

function actionsWithResponsible(db: Kysely<Database>) {
  return db
    .selectFrom('actions')
    .leftJoin('organisations', 'organisations.id', 'actions.responsible_organisation_id')
    .selectAll('actions')
    .select(['organisations.name as responsible_name', 'organisations.acronym as responsible_acronym']);
}

/** Budgets come back from PostgreSQL's bigint as numbers (see the type parser in connection.ts). */
function normalise<T extends ActionRow>(row: T): T {
  return {
    ...row,
    budget_minor: row.budget_minor === null ? null : Number(row.budget_minor),
    progress: Number(row.progress),
    shared_with_pair: Number(row.shared_with_pair),
    version: Number(row.version),
  };
}

/** A process's actions, by end date (undated last), then title. */
export async function listActions(
  db: Kysely<Database>,
  processId: string,
  filter: ActionFilter = {},
): Promise<ActionListRow[]> {
  const rows = await actionsWithResponsible(db)
    .where('actions.process_id', '=', processId)
    .$if(filter.status !== undefined, (q) => q.where('actions.status', '=', filter.status!))
    .$if(filter.overdueOn !== undefined, (q) =>
      q
        .where('actions.end_date', '<', filter.overdueOn!)
        .where('actions.status', 'not in', ['done', 'cancelled']),
    )
    .orderBy((eb) => eb.case().when('actions.end_date', 'is', null).then(1).else(0).end())
    .orderBy('actions.end_date')
    .orderBy('actions.title')
    .orderBy('actions.id')
    .execute();
  return rows.map(normalise);
}

/** One page of a process's actions for the API, by id after `cursor`. */
export async function listActionsAfter(
  db: Kysely<Database>,
  processId: string,
  filter: ActionFilter,
  cursor: string | null,
  limit: number,
): Promise<ActionListRow[]> {
  const rows = await actionsWithResponsible(db)
    .where('actions.process_id', '=', processId)
    .$if(filter.status !== undefined, (q) => q.where('actions.status', '=', filter.status!))
    .$if(filter.overdueOn !== undefined, (q) =>
      q
        .where('actions.end_date', '<', filter.overdueOn!)
        .where('actions.status', 'not in', ['done', 'cancelled']),
    )
    .$if(cursor !== null, (q) => q.where('actions.id', '>', cursor!))
    .orderBy('actions.id')
    .limit(limit)
    .execute();
  return rows.map(normalise);
}

/** One action of one process (an action of another process is not found). */
export async function findAction(
  db: Kysely<Database>,
  processId: string,
  actionId: string,
): Promise<ActionListRow | undefined> {
  const row = await actionsWithResponsible(db)
    .where('actions.process_id', '=', processId)
    .where('actions.id', '=', actionId)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

/**
 * The actions other processes share with their pair, for the paired workspace: only of processes
 * the actor may see (a private partner's actions stay private).
 */
export async function listSharedActions(
  db: Kysely<Database>,
  processIds: string[],
  actor: Actor,
): Promise<(ActionListRow & { process_title: string })[]> {
  if (processIds.length === 0) return [];
  const rows = await actionsWithResponsible(db)
    .innerJoin('processes', 'processes.id', 'actions.process_id')
    .select('processes.title as process_title')
    .where('actions.process_id', 'in', processIds)
    .where('actions.shared_with_pair', '=', 1)
    .$if(!hasRole(actor, 'admin'), (q) => q.where(visibleProcesses(actor)))
    .orderBy('processes.title')
    .orderBy('actions.end_date')
    .orderBy('actions.id')
    .execute();
  return rows.map(normalise);
}

export async function insertAction(
  trx: Transaction<Database>,
  row: Omit<ActionsTable, 'version'>,
): Promise<void> {
  await trx.insertInto('actions').values(row).execute();
}

/** Saves an action unless someone saved it since `version` was read; true when saved. */
export async function updateActionIfVersion(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<ActionsTable, 'id' | 'process_id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('actions')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replacePartners(
  trx: Transaction<Database>,
  actionId: string,
  organisationIds: string[],
): Promise<void> {
  await trx.deleteFrom('action_partners').where('action_id', '=', actionId).execute();
  if (organisationIds.length > 0)
    await trx
      .insertInto('action_partners')
      .values(
        organisationIds.map((organisation_id, position) => ({
          action_id: actionId,
          organisation_id,
          position,
        })),
      )
      .execute();
}

/** The partners of many actions, each list in the order entered. */
export async function partnersOf(
  db: Kysely<Database>,
  actionIds: string[],
): Promise<Map<string, OrganisationRef[]>> {
  const result = new Map<string, OrganisationRef[]>(actionIds.map((id) => [id, []]));
  if (actionIds.length === 0) return result;
  const rows = await db
    .selectFrom('action_partners')
    .innerJoin('organisations', 'organisations.id', 'action_partners.organisation_id')
    .select(['action_partners.action_id', 'organisations.id', 'organisations.name', 'organisations.acronym'])
    .where('action_partners.action_id', 'in', actionIds)
    .orderBy('action_partners.action_id')
    .orderBy('action_partners.position')
    .execute();
  for (const row of rows)
    result.get(row.action_id)?.push({ id: row.id, name: row.name, acronym: row.acronym });
  return result;
}

/** How this process rolls action progress up; `average` until the team chooses. */
export async function rollupOf(db: Kysely<Database>, processId: string): Promise<Rollup> {
  const row = await db
    .selectFrom('monitoring_settings')
    .select('rollup')
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return row?.rollup ?? 'average';
}

export async function saveRollup(
  trx: Transaction<Database>,
  processId: string,
  rollup: Rollup,
  actorId: string | null,
  at: string,
): Promise<void> {
  await trx
    .insertInto('monitoring_settings')
    .values({ process_id: processId, rollup, updated_by: actorId, updated_at: at })
    .onConflict((oc) => oc.column('process_id').doUpdateSet({ rollup, updated_by: actorId, updated_at: at }))
    .execute();
}
