import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { actorId } from '../../auth/actor.ts';
import type { Problems } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { resolveOrganisations } from '../programmes/index.ts';
import {
  type ConsultationAccess,
  canCloseConsultation,
  canEditConsultation,
  canModerate,
  canSeeConsultation,
  type ParticipationRefusal,
  participation,
} from './consultation.policy.ts';
import {
  findComment,
  findConsultation,
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

/** What a consultation command answers; routes turn it into a redirect, a page or a problem. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'invalid'; errors: Problems }
  | { ok: false; kind: 'conflict'; currentVersion: number }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'refused'; reason: ParticipationRefusal | 'not-draft' | 'already-hidden' };

type Trx = Transaction<Database>;

/** Resolves the invited organisations and checks the rules that span fields. */
async function checkDraft(
  trx: Trx,
  access: ConsultationAccess,
  input: ConsultationInput,
): Promise<{ ok: true; invitedIds: string[] } | { ok: false; kind: 'invalid'; errors: Problems }> {
  const problems: Problems = {};
  if (input.audience === 'public' && access.process.visibility !== 'public')
    problems.audience = { key: 'consultation.error.publicNeedsPublicProcess' };
  const refs = input.invited.filter((r) => r.trim() !== '');
  const found = await resolveOrganisations(trx, refs);
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
  return Object.keys(problems).length > 0
    ? { ok: false, kind: 'invalid', errors: problems }
    : { ok: true, invitedIds };
}

/** The problems the service would find with `input` besides those of the schema (for the form). */
export async function draftProblems(db: Db, access: ConsultationAccess, input: ConsultationInput) {
  const checked = await db.kysely.transaction().execute((trx) => checkDraft(trx, access, input));
  return checked.ok ? {} : checked.errors;
}

/** Starts a consultation as a draft; the process team then writes its sections and opens it. */
export async function createConsultation(
  db: Db,
  access: ConsultationAccess,
  processId: string,
  input: ConsultationInput,
): Promise<Result<{ id: string }>> {
  if (!canEditConsultation(access)) return { ok: false, kind: 'not-found' };
  return db.kysely.transaction().execute(async (trx) => {
    const checked = await checkDraft(trx, access, input);
    if (!checked.ok) return checked;
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
    await replaceInvitations(trx, id, checked.invitedIds);
    await recordAudit(trx, {
      actorId: actorId(access.actor),
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: id,
      after: { processId, ...values, invited: checked.invitedIds, sections: sections.map((s) => s.title) },
    });
    return { ok: true, value: { id } };
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
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const current = await findConsultation(trx, processId, id);
    if (!current || !canSeeConsultation(access, current) || !canEditConsultation(access))
      return { ok: false, kind: 'not-found' };
    if (current.status === 'closed') return { ok: false, kind: 'refused', reason: 'closed' };
    if (current.version !== version) return { ok: false, kind: 'conflict', currentVersion: current.version };
    const checked = await checkDraft(trx, access, input);
    if (!checked.ok) return checked;
    const before = await snapshot(trx, current);
    const values = { title: input.title, introduction: input.introduction, audience: input.audience };
    const saved = await updateConsultationRow(trx, id, version, { ...values, updated_at: now() });
    if (!saved) return { ok: false, kind: 'conflict', currentVersion: version + 1 };
    // Once open, the text is fixed: comments and stances refer to its sections.
    if (current.status === 'draft' && input.sections)
      await replaceSections(
        trx,
        id,
        input.sections.map((s) => ({ id: newId(), ...s })),
      );
    await replaceInvitations(trx, id, checked.invitedIds);
    const after = await snapshot(trx, { ...current, ...values });
    await recordAudit(trx, {
      actorId: actorId(access.actor),
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: id,
      before,
      after,
    });
    return { ok: true, value: { id } };
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
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const current = await findConsultation(trx, processId, id);
    if (!current || !canSeeConsultation(access, current) || !canEditConsultation(access))
      return { ok: false, kind: 'not-found' };
    if (current.status !== 'draft') return { ok: false, kind: 'refused', reason: 'not-draft' };
    if (current.version !== version) return { ok: false, kind: 'conflict', currentVersion: current.version };
    const [sections, invited] = await Promise.all([listSections(trx, id), listInvited(trx, id)]);
    const problems: Problems = {};
    if (sections.length === 0) problems._form = { key: 'consultation.error.openWithoutSections' };
    else if (current.audience === 'invited' && invited.length === 0)
      problems._form = { key: 'consultation.error.openWithoutInvited' };
    else if (current.audience === 'public' && access.process.visibility !== 'public')
      problems._form = { key: 'consultation.error.publicNeedsPublicProcess' };
    if (problems._form) return { ok: false, kind: 'invalid', errors: problems };
    const at = now();
    const saved = await updateConsultationRow(trx, id, version, {
      status: 'open',
      opened_at: at,
      updated_at: at,
    });
    if (!saved) return { ok: false, kind: 'conflict', currentVersion: version + 1 };
    await recordAudit(trx, {
      actorId: actorId(access.actor),
      action: 'consultation.open',
      entityType: 'consultation',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'open', openedAt: at },
    });
    return { ok: true, value: { id } };
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
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const current = await findConsultation(trx, processId, id);
    if (!current || !canSeeConsultation(access, current)) return { ok: false, kind: 'not-found' };
    if (current.status === 'closed') return { ok: false, kind: 'refused', reason: 'closed' };
    if (!canCloseConsultation(access, current)) return { ok: false, kind: 'not-found' };
    if (current.version !== version) return { ok: false, kind: 'conflict', currentVersion: current.version };
    const at = now();
    const by = actorId(access.actor);
    const saved = await updateConsultationRow(trx, id, version, {
      status: 'closed',
      closed_at: at,
      closed_by: by,
      closing_summary: summary,
      updated_at: at,
    });
    if (!saved) return { ok: false, kind: 'conflict', currentVersion: version + 1 };
    await recordAudit(trx, {
      actorId: by,
      action: 'consultation.close',
      entityType: 'consultation',
      entityId: id,
      before: { status: 'open' },
      after: { status: 'closed', closedAt: at, closingSummary: summary },
    });
    return { ok: true, value: { id } };
  });
}

/** Loads what a participation command needs, or says why the actor may not take part. */
async function participationTarget(
  trx: Trx,
  access: ConsultationAccess,
  processId: string,
  consultationId: string,
  sectionId: string,
): Promise<
  | { ok: true; consultation: ConsultationRow; invitedIds: string[] }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'refused'; reason: ParticipationRefusal }
> {
  const consultation = await findConsultation(trx, processId, consultationId);
  if (!consultation || !canSeeConsultation(access, consultation)) return { ok: false, kind: 'not-found' };
  const section = await trx
    .selectFrom('consultation_sections')
    .select('id')
    .where('id', '=', sectionId)
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
  if (!section) return { ok: false, kind: 'not-found' };
  const invitedIds = (await listInvited(trx, consultationId)).map((o) => o.id);
  const allowed = participation(access, consultation, invitedIds);
  if (!allowed.ok) return { ok: false, kind: 'refused', reason: allowed.reason };
  return { ok: true, consultation, invitedIds };
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
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const target = await participationTarget(trx, access, processId, consultationId, sectionId);
    if (!target.ok) return target;
    const authorId = actorId(access.actor);
    let organisationId = input.organisationId;
    if (organisationId !== null && !access.organisationIds.has(organisationId))
      return {
        ok: false,
        kind: 'invalid',
        errors: { organisationId: { key: 'consultation.error.organisationNotYours' } },
      };
    // Someone who takes part through an invitation speaks for their invited organisation.
    if (organisationId === null && target.consultation.audience === 'invited' && !canEditConsultation(access))
      organisationId = target.invitedIds.find((id) => access.organisationIds.has(id)) ?? null;
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
    return { ok: true, value: { id } };
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
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ stance: Stance | null }>> => {
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
    return { ok: true, value: { stance: wanted } };
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
  return db.kysely.transaction().execute(async (trx): Promise<Result<{ id: string }>> => {
    const consultation = await findConsultation(trx, processId, consultationId);
    if (!consultation || !canSeeConsultation(access, consultation) || !canModerate(access))
      return { ok: false, kind: 'not-found' };
    const comment = await findComment(trx, consultationId, commentId);
    if (!comment) return { ok: false, kind: 'not-found' };
    const at = now();
    const by = actorId(access.actor);
    const hidden = await hideCommentRow(trx, commentId, {
      hidden_at: at,
      hidden_by: by,
      hidden_reason: reason,
    });
    if (!hidden) return { ok: false, kind: 'refused', reason: 'already-hidden' };
    await recordAudit(trx, {
      actorId: by,
      action: 'consultation.comment.hide',
      entityType: 'consultation_comment',
      entityId: commentId,
      before: { hidden: false },
      after: { hidden: true, reason, consultationId },
    });
    return { ok: true, value: { id: commentId } };
  });
}
