import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Failure } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { type DocumentRow, listDocuments } from '../../documents/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import {
  type FrameProcess,
  loadProcessAccess,
  loadProcessSpace,
  type ProcessRow,
  type ProcessSpaceAccess,
} from '../processes/index.ts';
import { failureProblem } from './consultation.http.ts';
import {
  type ConsultationAccess,
  canEditConsultation,
  closeGuard,
  editGuard,
  type Guard,
  hideGuard,
} from './consultation.policy.ts';
import {
  type CommentView,
  type ConsultationView,
  loadConsultationView,
  type OrganisationRef,
  type SectionView,
} from './consultation.presenter.ts';
import { failureOf, type Refusal } from './consultation.refusals.ts';
import { organisationsOfUser } from './consultation.repository.ts';

type Db = Kysely<Database>;

/** What every consultation page starts from: the process's frame and who the reader is there. */
export interface ConsultationSpace {
  heading: FrameProcess;
  access: ConsultationAccess;
  myOrganisations: OrganisationRef[];
}

/** The kind of record a consultation's documents belong to (the draft policy, background notes). */
export const CONSULTATION_DOCUMENTS = 'consultation';

/** One consultation as its pages show it. */
export interface ConsultationPageData extends ConsultationSpace {
  consultation: ConsultationView;
}

/** A consultation's path parameters: its process and itself. */
export interface ConsultationIds {
  id: string;
  cid: string;
}

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

/** One consultation as the API caller may see it, or 404. */
export async function loadConsultationFor(
  db: Db,
  actor: Actor,
  processId: string,
  consultationId: string,
): Promise<ConsultationView> {
  const { access, myOrganisations } = await consultationAccessFor(db, actor, processId);
  const view = await loadConsultationView(db, access, myOrganisations, processId, consultationId);
  if (!view) throw notFound();
  return view;
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

/** Throws the answer of a guard that refuses: 404, or the refusal's own page (decision 92). */
function pass<R extends Refusal>(guard: Guard<R>): void {
  if (guard) throw failureProblem(failureOf(guard));
}

/** The process team's page to start a consultation, and its post (404 for anyone else). */
export async function loadNewDraftSpace(
  db: Db,
  actor: Actor,
  processId: string,
  i18n: Translator,
): Promise<ConsultationSpace> {
  const space = await loadConsultationSpace(db, actor, processId, i18n);
  if (!canEditConsultation(space.access)) throw notFound();
  return space;
}

/** A consultation the reader may edit now, for the edit page and its post alike (404 otherwise). */
export async function loadEditable(
  db: Db,
  actor: Actor,
  { id, cid }: ConsultationIds,
  i18n: Translator,
): Promise<ConsultationPageData> {
  const page = await loadConsultationPage(db, actor, id, cid, i18n);
  pass(editGuard(page.access, page.consultation));
  return page;
}

/**
 * A consultation the reader may close now, for the page and its post alike: its owners are told
 * it is closed already (409); anyone else, and a draft, find nothing to close (404).
 */
export async function loadClosable(
  db: Db,
  actor: Actor,
  { id, cid }: ConsultationIds,
  i18n: Translator,
): Promise<ConsultationPageData> {
  const page = await loadConsultationPage(db, actor, id, cid, i18n);
  pass(closeGuard(page.access, page.consultation));
  return page;
}

/**
 * One section of a consultation the reader may see, or 404. Whether they may comment and take a
 * stance there is the presenter's `actions.comment` and `refusal`: the page shows it, and
 * `participationFailure` answers the posts with it.
 */
export async function loadSection(
  db: Db,
  actor: Actor,
  { id, cid, sid }: ConsultationIds & { sid: string },
  i18n: Translator,
): Promise<ConsultationPageData & { section: SectionView }> {
  const page = await loadConsultationPage(db, actor, id, cid, i18n);
  const section = page.consultation.sections.find((s) => s.id === sid);
  if (!section) throw notFound();
  return { ...page, section };
}

/** Why the reader may not comment or take a stance now, as the posts answer it; null when they may. */
export function participationFailure(page: ConsultationPageData): Failure | null {
  if (page.consultation.actions.comment) return null;
  return failureOf(page.consultation.refusal ?? 'not-open');
}

/** A comment the reader may hide now, for the page and its post alike: moderators and owners, once. */
export async function loadHideable(
  db: Db,
  actor: Actor,
  { id, cid, commentId }: ConsultationIds & { commentId: string },
  i18n: Translator,
): Promise<ConsultationPageData & { comment: CommentView }> {
  const page = await loadConsultationPage(db, actor, id, cid, i18n);
  const comment = page.consultation.sections.flatMap((s) => s.comments).find((c) => c.id === commentId);
  if (!comment) throw notFound();
  pass(hideGuard(page.access, page.consultation, comment));
  return { ...page, comment };
}

/**
 * The consultation's documents, for the pages that show the consultation itself (its page, and
 * the open form re-drawn): the actions' loaders above do not read them.
 */
export function consultationDocuments(db: Db, consultationId: string): Promise<DocumentRow[]> {
  return listDocuments(db, CONSULTATION_DOCUMENTS, consultationId);
}
