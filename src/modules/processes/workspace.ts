import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../web/errors.ts';
import { tagsOf } from '../taxonomy/index.ts';
import { loadProcessFor } from './process.access.ts';
import type { ProcessAction } from './process.policy.ts';
import { type Process, presentProcess } from './process.presenter.ts';
import { findProcessRow } from './process.repository.ts';
import { processParams } from './process.schema.ts';
import { mayOnProcess, type ProcessMay } from './process.space.ts';
import type { ProcessRole } from './process.table.ts';

export interface Workspace {
  process: Process;
  role: ProcessRole | null;
  /** What the actor may do in the process (the policy's answer), for the page to show. */
  may: ProcessMay;
}

/**
 * Loads the process named in the route's `:id` for a page or API answer, checking that the actor
 * may `action` it (404 otherwise, like a missing one), presented in the reader's language.
 * Other modules' process pages start here too.
 */
export async function loadWorkspace(
  db: Kysely<Database>,
  request: FastifyRequest,
  action: ProcessAction,
): Promise<Workspace> {
  const params = processParams.safeParse(request.params);
  if (!params.success) throw notFound();
  return loadWorkspaceById(db, request, params.data.id, action);
}

/** `loadWorkspace` for a process id that does not come from the route. */
export async function loadWorkspaceById(
  db: Kysely<Database>,
  request: FastifyRequest,
  processId: string,
  action: ProcessAction,
): Promise<Workspace> {
  const { role } = await loadProcessFor(db, request.actor, processId, action);
  const [row, tags] = await Promise.all([findProcessRow(db, processId), tagsOf(db, 'process', [processId])]);
  if (!row) throw notFound();
  return {
    process: presentProcess(row, tags.get(row.id) ?? [], request.i18n, role),
    role,
    may: mayOnProcess(request.actor, row, role),
  };
}
