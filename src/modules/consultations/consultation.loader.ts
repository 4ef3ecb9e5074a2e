import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import {
  type FrameProcess,
  loadProcessAccess,
  loadProcessSpace,
  type ProcessRow,
  type ProcessSpaceAccess,
} from '../processes/index.ts';
import type { ConsultationAccess } from './consultation.policy.ts';
import {
  type CommentView,
  type ConsultationView,
  loadConsultationView,
  type OrganisationRef,
  type SectionView,
} from './consultation.presenter.ts';
import { organisationsOfUser } from './consultation.repository.ts';

type Db = Kysely<Database>;

/** What every consultation page starts from: the process's frame and who the reader is there. */
export interface ConsultationSpace {
  heading: FrameProcess;
  access: ConsultationAccess;
  myOrganisations: OrganisationRef[];
}

/** One consultation as its pages show it. */
export interface ConsultationPageData extends ConsultationSpace {
  consultation: ConsultationView;
}

/**
 * Why the reader may not take an action now, or null when they may. `not-found` answers 404
 * (they may never do it here, or there is nothing to do it to); the others are refusals the
 * page explains. The page of an action and its form post ask the same question (decision 63).
 */
export type ActionRefusal =
  | 'not-found'
  | 'closed'
  | 'already-hidden'
  | NonNullable<ConsultationView['refusal']>;

/** Who the actor is in a process they were allowed to view: what they may do, and their organisations. */
async function accessIn(
  db: Db,
  actor: Actor,
  { process, may }: ProcessSpaceAccess,
): Promise<{ access: ConsultationAccess; myOrganisations: OrganisationRef[] }> {
  const myOrganisations = actor.kind === 'user' ? await organisationsOfUser(db, actor.user.id) : [];
  const organisationIds = new Set(myOrganisations.map((o) => o.id));
  return { myOrganisations, access: { actor, process, may, organisationIds } };
}

/**
 * Loads the process the actor may view (404 otherwise, as every process page) and who the actor
 * is there: the first step of every consultation API call.
 */
export async function consultationAccessFor(
  db: Db,
  actor: Actor,
  processId: string,
): Promise<{ process: ProcessRow; access: ConsultationAccess; myOrganisations: OrganisationRef[] }> {
  const space = await loadProcessAccess(db, actor, processId, 'view');
  return { process: space.process, ...(await accessIn(db, actor, space)) };
}

/** `consultationAccessFor` for a page: the same, with the process's frame. */
export async function loadConsultationSpace(
  db: Db,
  actor: Actor,
  processId: string,
  i18n: Translator,
): Promise<ConsultationSpace> {
  const space = await loadProcessSpace(db, actor, processId, 'view', i18n);
  return { heading: space.frame, ...(await accessIn(db, actor, space)) };
}

/** One consultation the reader may see, or 404. */
export async function loadConsultationPage(
  db: Db,
  actor: Actor,
  processId: string,
  consultationId: string,
  i18n: Translator,
): Promise<ConsultationPageData> {
  const space = await loadConsultationSpace(db, actor, processId, i18n);
  const consultation = await loadConsultationView(
    db,
    space.access,
    space.myOrganisations,
    processId,
    consultationId,
  );
  if (!consultation) throw notFound();
  return { ...space, consultation };
}

/** One section of a consultation the reader may see, or 404. */
export function sectionOf(page: ConsultationPageData, sectionId: string): SectionView {
  const section = page.consultation.sections.find((s) => s.id === sectionId);
  if (!section) throw notFound();
  return section;
}

/** One comment of a consultation, or 404. */
export function commentOf(page: ConsultationPageData, commentId: string): CommentView {
  const comment = page.consultation.sections.flatMap((s) => s.comments).find((c) => c.id === commentId);
  if (!comment) throw notFound();
  return comment;
}

/** Editing the text: the process team, until the consultation closes. */
export function editRefusal(page: ConsultationPageData): ActionRefusal | null {
  return page.consultation.actions.edit ? null : 'not-found';
}

/**
 * Closing: the process's owners, while it is open. Closing it again is a conflict its owners are
 * told about (409); anyone else, and a draft, find nothing to close.
 */
export function closeRefusal(page: ConsultationPageData): ActionRefusal | null {
  if (page.consultation.actions.close) return null;
  return page.consultation.status === 'closed' && page.access.may.manage ? 'closed' : 'not-found';
}

/** Commenting and taking a stance: whoever `participation` lets take part now. */
export function participationRefusal(page: ConsultationPageData): ActionRefusal | null {
  return page.consultation.actions.comment ? null : (page.consultation.refusal ?? 'not-open');
}

/** Hiding a comment: moderators and the process's owners, once per comment. */
export function hideRefusal(page: ConsultationPageData, comment: CommentView): ActionRefusal | null {
  if (!page.consultation.actions.moderate) return 'not-found';
  return comment.hidden ? 'already-hidden' : null;
}
