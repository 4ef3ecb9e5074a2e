import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { loadProcessFor } from './process.access.ts';
import { can, type ProcessAction } from './process.policy.ts';
import type { ProcessRole, ProcessRow } from './process.table.ts';
import { type FrameProcess, loadFrame } from './process-frame.tsx';

/**
 * What the actor may do in a process, in the process policy's terms (decided once, here, so
 * that components and their views never check a role themselves):
 * - `view`: read the process and what its components hold;
 * - `edit`: write its content (stages, body, assessments, actions, indicators, lessons,
 *   consultations): owners and members;
 * - `manage`: settings, visibility, members, pairing, and what a component reserves to owners
 *   (locking a reporting year, closing a consultation).
 * Platform admins may do everything.
 */
export type ProcessMay = Record<ProcessAction, boolean>;

/**
 * A process as the space that hosts a component (assessments, monitoring, consultations,
 * lessons, reports): the row, the actor's role in it, what they may do, and the frame its
 * pages are drawn in. The one way another module reaches a process.
 */
export interface ProcessSpace {
  process: ProcessRow;
  /** The actor's role in the process; null for non-members and anonymous visitors. */
  role: ProcessRole | null;
  may: ProcessMay;
  /** The frame of a page in the space (title, place, tabs): loaded by `loadProcessSpace` only. */
  frame: FrameProcess;
}

/** The space without its frame: what an API call, a service or a download needs. */
export type ProcessSpaceAccess = Omit<ProcessSpace, 'frame'>;

/** What `actor` may do in a process whose row and role are known. */
export function mayOnProcess(
  actor: Actor,
  process: Pick<ProcessRow, 'visibility'>,
  role: ProcessRole | null,
): ProcessMay {
  return {
    view: can(actor, 'view', process, role),
    edit: can(actor, 'edit', process, role),
    manage: can(actor, 'manage', process, role),
  };
}

/**
 * Loads the process for an API call or a download, checking first that the actor may `action`
 * it: a missing process and one the actor may not see or change both answer 404.
 */
export async function loadProcessAccess(
  db: Kysely<Database>,
  actor: Actor,
  processId: string,
  action: ProcessAction,
): Promise<ProcessSpaceAccess> {
  const { process, role } = await loadProcessFor(db, actor, processId, action);
  return { process, role, may: mayOnProcess(actor, process, role) };
}

/** `loadProcessAccess` for a page: the same check (404), plus the frame in the reader's language. */
export async function loadProcessSpace(
  db: Kysely<Database>,
  actor: Actor,
  processId: string,
  action: ProcessAction,
  i18n: Translator,
): Promise<ProcessSpace> {
  const access = await loadProcessAccess(db, actor, processId, action);
  return { ...access, frame: await loadFrame(db, access.process, access.role, i18n) };
}
