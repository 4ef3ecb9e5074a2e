import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { ProcessRole, ProcessRow } from '../processes/index.ts';
import { canOnProcess as can, type FrameProcess, loadFrame, loadProcessFor } from '../processes/index.ts';

/**
 * Who may do what with a process's actions and indicators, in the terms of the process policy:
 * - `view`: read actions, indicators, values and charts (anyone who may view the process);
 * - `edit`: create and change actions, indicators and values, upload files, choose the roll-up
 *   (owners and members, and platform admins);
 * - `lock`: lock or unlock a reporting year once reviewed (owners, and platform admins).
 */
export type MonitoringAction = 'view' | 'edit' | 'lock';

const PROCESS_ACTION = { view: 'view', edit: 'edit', lock: 'manage' } as const;

export interface MonitoringPermissions {
  edit: boolean;
  lock: boolean;
}

export function permissionsOf(
  actor: Actor,
  process: Pick<ProcessRow, 'visibility'>,
  role: ProcessRole | null,
): MonitoringPermissions {
  return { edit: can(actor, 'edit', process, role), lock: can(actor, 'manage', process, role) };
}

/** The process a page or API call hangs off, as the frame shows it. */
export interface ProcessContext {
  process: ProcessRow;
  role: ProcessRole | null;
  may: MonitoringPermissions;
  /** For the workspace frame: title, place, and what decides the tabs shown. */
  frame: FrameProcess;
}

/**
 * Loads the process and checks `action` first, in every route of this module: a missing process
 * and one the actor may not see or change both answer 404.
 */
export async function loadProcessContext(
  db: Kysely<Database>,
  actor: Actor,
  processId: string,
  action: MonitoringAction,
  i18n: Translator,
): Promise<ProcessContext> {
  const { process, role } = await loadProcessFor(db, actor, processId, PROCESS_ACTION[action]);
  return {
    process,
    role,
    may: permissionsOf(actor, process, role),
    frame: await loadFrame(db, process, role, i18n),
  };
}
