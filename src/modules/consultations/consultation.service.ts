import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { actorId } from '../../auth/actor.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { resolveOrganisations } from '../programmes/index.ts';
import {
  type ConsultationAccess,
  canEditConsultation,
  canSeeConsultation,
  closeGuard,
  editGuard,
  hideGuard,
  invitedVoice,
  openGuard,
  participation,
} from './consultation.policy.ts';
import { failureOf } from './consultation.refusals.ts';
import {
  findComment,
  findConsultation,
  findSection,
  hideCommentRow,
  insertComment,
  insertConsultation,
  listInvited,
  listSections,
  replaceInvitations,
  replaceSections,
  saveStance,
  updateConsultationRow,
} from './consultation.repository.ts';
import type { CommentInput, ConsultationInput } from './consultation.schema.ts';
import type { ConsultationRow, Stance } from './consultation.table.ts';

type Trx = Transaction<Database>;

/** Resolves the invited organisations and checks the rules that span fields. */
async function checkDraft(
  db: Kysely<Database>,
  access: ConsultationAccess,
  input: ConsultationInput,
): Promise<Result<{ invitedIds: string[] }>> {
  const problems: Problems = {};
  if (input.audience === 'public' && access.process.visibility !== 'public')
    problems.audience = { key: 'consultation.error.publicNeedsPublicProcess' };
  const refs = input.invited.filter((r) => r.trim() !== '');
  const found = await resolveOrganisations(db, refs);
  const invitedIds: string[] = [];
  refs.forEach((ref, row) => {
    const match = found.get(ref.trim());
    if (match?.kind === 'found') {
      if (!invitedIds.includes(match.organisation.id)) invitedIds.push(match.organisation.id);
      return;
    }
    problems[`invited.${row}`] = {
      key:
        match?.kind === 'ambiguous'
          ? 'consultation.error.organisationAmbiguous'
          : 'consultation.error.organisationUnknown',
      values: { name: ref, row: row + 1 },
    };
  });
  if (input.audience === 'invited' && refs.length === 0)
    problems['invited.0'] = { key: 'consultation.error.invitedRequired' };
  return Object.keys(problems).length > 0 ? invalid(problems) : ok({ invitedIds });
}

/** The problems the service would find with `input` besides those of the schema (for the form). */
export async function draftProblems(db: Db, access: ConsultationAccess, input: ConsultationInput) {
  const checked = await checkDraft(db.kysely, access, input);
  return checked.ok || checked.kind !== 'invalid' ? {} : checked.problems;
}

/** Starts a consultation as a draft; the process team then writes its sections and opens it. */
export async function createConsultation(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  input: ConsultationInput,
): Promise<Result<{ id: string }>> {
  if (!canEditConsultation(access)) return notFound();
  return transact(db.kysely, async (trx) => {
    const checked = await checkDraft(trx, access, input);
    if (!checked.ok) return checked;
    const { invitedIds } = checked.value;
    const id = newId();
    const at = now();
    const values = {
      title: input.title,
      introduction: input.introduction,
      audience: input.audience,
    };
    await insertConsultation(trx, {
      id,
      process_id: processId,
      ...values,
      status: 'draft',
      opened_at: null,
      closed_at: null,
      closed_by: null,
      closing_summary: null,
      created_by: actorId(access.actor),
      created_at: at,
      updated_at: at,
    });
    const sections = (input.sections ?? []).map((s) => ({ id: newId(), ...s }));
    await replaceSections(trx, id, sections);
    await replaceInvitations(trx, id, invitedIds);
    await recordAudit(trx, {
      actorId: actorId(access.actor),
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: id,
      after: { processId, ...values, invited: invitedIds, sections: sections.map((s) => s.title) },
    });
    return ok({ id });
  });
}

async function snapshot(trx: Trx, row: ConsultationRow) {
  const [sections, invited] = await Promise.all([listSections(trx, row.id), listInvited(trx, row.id)]);
  return {
    title: row.title,
    introduction: row.introduction,
    audience: row.audience,
    invited: invited.map((o) => o.id),
    sections: sections.map((s) => ({ title: s.title, body: s.body })),
  };
}

/**
 * Saves the draft (title, introduction, audience, invitations and, while it is a draft, its
 * sections) unless someone saved another version since `version` was read.
 */
export async function updateConsultation(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  id: string,
  version: number,
  input: ConsultationInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findConsultation(trx, processId, id);
    if (!current) return notFound();
    const guard = editGuard(access, current);
    if (guard) return failureOf(guard);
    if (current.version !== version) return conflict(current.version);
    const checked = await checkDraft(trx, access, input);
    if (!checked.ok) return checked;
    const { invitedIds } = checked.value;
    const before = await snapshot(trx, current);
    const values = { title: input.title, introduction: input.introduction, audience: input.audience };
    const saved = await updateConsultationRow(trx, id, version, { ...values, updated_at: now() });
    if (!saved) return conflict(version + 1);
    // Once open, the text is fixed: comments and stances refer to its sections.
    if (current.status === 'draft' && input.sections)
      await replaceSections(
        trx,
        id,
        input.sections.map((s) => ({ id: newId(), ...s })),
      );
    await replaceInvitations(trx, id, invitedIds);
    const after = await snapshot(trx, { ...current, ...values });
    await recordAudit(trx, {
      actorId: actorId(access.actor),
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: id,
      before,
      after,
    });
    return ok({ id });
  });
}

/** Opens a draft for comments: it needs at least one section, and invitations if it is invitation-only. */
export async function openConsultation(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  id: string,
  version: number,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findConsultation(trx, processId, id);
    if (!current) return notFound();
    const guard = openGuard(access, current);
    if (guard) return failureOf(guard);
    if (current.version !== version) return conflict(current.version);
    const [sections, invited] = await Promise.all([listSections(trx, id), listInvited(trx, id)]);
    if (sections.length === 0) return invalid({ _form: 'consultation.error.openWithoutSections' });
    if (current.audience === 'invited' && invited.length === 0)
      return invalid({ _form: 'consultation.error.openWithoutInvited' });
    if (current.audience === 'public' && access.process.visibility !== 'public')
      return invalid({ _form: 'consultation.error.publicNeedsPublicProcess' });
    const at = now();
    const saved = await updateConsultationRow(trx, id, version, {
      status: 'open',
      opened_at: at,
      updated_at: at,
    });
    if (!saved) return conflict(version + 1);
    await recordAudit(trx, {
      actorId: actorId(access.actor),
      action: 'consultation.open',
      entityType: 'consultation',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'open', openedAt: at },
    });
    return ok({ id });
  });
}

/** Closes an open consultation with a summary of what changed; it stays readable. */
export async function closeConsultation(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  id: string,
  version: number,
  summary: string,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findConsultation(trx, processId, id);
    if (!current) return notFound();
    const guard = closeGuard(access, current);
    if (guard) return failureOf(guard);
    if (current.version !== version) return conflict(current.version);
    const at = now();
    const by = actorId(access.actor);
    const saved = await updateConsultationRow(trx, id, version, {
      status: 'closed',
      closed_at: at,
      closed_by: by,
      closing_summary: summary,
      updated_at: at,
    });
    if (!saved) return conflict(version + 1);
    await recordAudit(trx, {
      actorId: by,
      action: 'consultation.close',
      entityType: 'consultation',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'closed', closedAt: at, closingSummary: summary },
    });
    return ok({ id });
  });
}

/** Loads what a participation command needs, or says why the actor may not take part. */
async function participationTarget(
  trx: Trx,
  access: ConsultationAccess,
  processId: string,
  consultationId: string,
  sectionId: string,
): Promise<Result<{ consultation: ConsultationRow; invitedIds: string[] }>> {
  const consultation = await findConsultation(trx, processId, consultationId);
  if (!consultation || !canSeeConsultation(access, consultation)) return notFound();
  if (!(await findSection(trx, consultationId, sectionId))) return notFound();
  const invitedIds = (await listInvited(trx, consultationId)).map((o) => o.id);
  const allowed = participation(access, consultation, invitedIds);
  if (!allowed.ok) return failureOf(allowed.reason);
  return ok({ consultation, invitedIds });
}

/** Adds a comment to a section of an open consultation, in the name of the author and, if chosen, their organisation. */
export async function addComment(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  consultationId: string,
  sectionId: string,
  input: CommentInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const target = await participationTarget(trx, access, processId, consultationId, sectionId);
    if (!target.ok) return target;
    const { consultation, invitedIds } = target.value;
    const authorId = actorId(access.actor);
    let organisationId = input.organisationId;
    if (organisationId !== null && !access.organisationIds.has(organisationId))
      return invalid({ organisationId: 'consultation.error.organisationNotYours' });
    // Someone who takes part through an invitation speaks for their invited organisation.
    if (organisationId === null && consultation.audience === 'invited' && !canEditConsultation(access))
      organisationId = invitedVoice(access, invitedIds);
    const id = newId();
    const at = now();
    await insertComment(trx, {
      id,
      consultation_id: consultationId,
      section_id: sectionId,
      author_id: authorId,
      organisation_id: organisationId,
      body: input.body,
      created_at: at,
      hidden_at: null,
      hidden_by: null,
      hidden_reason: null,
    });
    await recordAudit(trx, {
      actorId: authorId,
      action: 'consultation.comment',
      entityType: 'consultation_comment',
      entityId: id,
      after: { consultationId, sectionId, organisationId, body: input.body },
    });
    return ok({ id });
  });
}

/** Records, changes or (with `none`) withdraws the actor's support or objection to a section. */
export async function setStance(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  consultationId: string,
  sectionId: string,
  stance: Stance | 'none',
): Promise<Result<{ stance: Stance | null }>> {
  return transact(db.kysely, async (trx) => {
    const target = await participationTarget(trx, access, processId, consultationId, sectionId);
    if (!target.ok) return target;
    const userId = actorId(access.actor)!;
    const wanted = stance === 'none' ? null : stance;
    const before = await saveStance(trx, { consultationId, sectionId, userId }, wanted, now());
    if (before !== wanted)
      await recordAudit(trx, {
        actorId: userId,
        action: 'consultation.stance',
        entityType: 'consultation_section',
        entityId: sectionId,
        before: { stance: before },
        after: { stance: wanted },
      });
    return ok({ stance: wanted });
  });
}

/** Hides an abusive comment; the reason goes to the audit log and is shown to moderators. */
export async function hideComment(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  consultationId: string,
  commentId: string,
  reason: string,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const consultation = await findConsultation(trx, processId, consultationId);
    const comment = consultation ? await findComment(trx, consultationId, commentId) : undefined;
    if (!consultation || !comment) return notFound();
    const guard = hideGuard(access, consultation, { hidden: comment.hidden_at !== null });
    if (guard) return failureOf(guard);
    const at = now();
    const by = actorId(access.actor);
    // Of two moderators hiding it at once, the second finds it hidden.
    const hidden = await hideCommentRow(trx, commentId, {
      hidden_at: at,
      hidden_by: by,
      hidden_reason: reason,
    });
    if (!hidden) return failureOf('already-hidden');
    await recordAudit(trx, {
      actorId: by,
      action: 'consultation.comment.hide',
      entityType: 'consultation_comment',
      entityId: commentId,
      before: { hidden: false },
      after: { hidden: true, reason, consultationId },
    });
    return ok({ id: commentId });
  });
}
