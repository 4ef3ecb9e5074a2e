import { type Actor, hasRole } from '../../auth/actor.ts';

/** What the actor may do with checklist templates, for the pages to show only that. */
export interface TemplateMay {
  /** Import a template (a new one, or the next version of one by its key). */
  create: boolean;
  /** Edit a template's texts and questions (a new version). */
  edit: boolean;
}

/**
 * Who may do what with checklist templates. Reading them is public; they are shared by every
 * process, so only platform admins import and edit them (the routes' `admin` policy says the same).
 */
export function templateMay(actor: Actor): TemplateMay {
  const admin = hasRole(actor, 'admin');
  return { create: admin, edit: admin };
}
