import type { Actor } from '../../auth/actor.ts';
import type { ProcessMay, ProcessRow } from '../processes/index.ts';

/** Who acts on a process's lessons: the process (already checked viewable) and what the actor may do in it. */
export interface LessonAccess {
  actor: Actor;
  process: Pick<ProcessRow, 'id'>;
  /** From the process space (`loadProcessSpace`). */
  may: Pick<ProcessMay, 'edit'>;
  /** Set by the demo loader and the CLI: they act with full rights, in this user's name (or none). */
  system?: { userId: string | null };
}

/** The process team (owners, members, platform admins) keeps the log; observers read it. */
export function canEditLessons(access: LessonAccess): boolean {
  return access.system !== undefined || access.may.edit;
}
