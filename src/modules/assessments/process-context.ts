import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { ProcessRow } from '../processes/index.ts';
import {
  canOnProcess as can,
  type FrameProcess,
  loadFrame,
  loadProcessFor,
  type ProcessAction,
} from '../processes/index.ts';

/** What every assessment page needs of its process: the row, what the actor may do, the frame. */
export interface ProcessContext {
  process: ProcessRow;
  canEdit: boolean;
  frame: FrameProcess;
}

/**
 * Loads the process first (404 when missing or not visible to the actor, or when the actor may
 * not do `action`), then the names its frame shows.
 */
export async function processContext(
  db: Db,
  actor: Actor,
  processId: string,
  action: ProcessAction,
  i18n: Translator,
): Promise<ProcessContext> {
  const { process, role } = await loadProcessFor(db.kysely, actor, processId, action);
  return {
    process,
    canEdit: can(actor, 'edit', process, role),
    frame: await loadFrame(db.kysely, process, role, i18n),
  };
}
