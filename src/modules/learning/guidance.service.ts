import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Actor } from '../../auth/actor.ts';
import { actorId } from '../../auth/actor.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  problemsOf,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { findChecklistTemplate } from '../assessments/index.ts';
import { setTags, unknownTermIds } from '../taxonomy/index.ts';
import {
  findGuidance,
  guidanceFamily,
  insertGuidance,
  insertGuidanceVersion,
  updateGuidanceRow,
} from './guidance.repository.ts';
import type { GuidanceInput } from './guidance.schema.ts';
import { canEditGuidance } from './learning.policy.ts';

/** The kind of record guidance documents are, for tags, documents and the audit log. */
export const GUIDANCE = 'guidance';

/** What the first version's change note says when the editor wrote none. */
const FIRST_VERSION = 'First version';

/** Checks what the input refers to: the tags, and the document it translates (not in its language yet). */
async function checkGuidance(
  db: Kysely<Database>,
  input: GuidanceInput,
  documentId: string | null,
): Promise<Result<{ familyId: string | null }>> {
  const problems: Problems = {};
  if ((await unknownTermIds(db, input.tags)).length > 0) problems.tags = { key: 'guidance.error.tags' };
  if (input.checklistTemplateId && !(await findChecklistTemplate(db, input.checklistTemplateId)))
    problems.checklistTemplateId = { key: 'guidance.error.checklistUnknown' };
  let familyId: string | null = null;
  if (documentId === null && input.translationOf) {
    const original = await findGuidance(db, input.translationOf);
    if (!original) problems.translationOf = { key: 'guidance.error.translationOf' };
    else {
      familyId = original.family_id;
      const family = await guidanceFamily(db, familyId);
      if (family.some((d) => d.locale === input.locale))
        problems.locale = { key: 'guidance.error.localeTaken' };
    }
  }
  if (documentId !== null && input.changeNote === '')
    problems.changeNote = { key: 'guidance.error.changeNoteRequired' };
  if (Object.keys(problems).length > 0) return invalid(problems);
  return ok({ familyId });
}

/** The problems the service would find with `input`, without saving anything. */
export async function guidanceProblems(
  db: Db,
  input: GuidanceInput,
  documentId: string | null,
): Promise<Problems> {
  const checked = await checkGuidance(db.kysely, input, documentId);
  return checked.ok ? {} : problemsOf(checked);
}

/** Adds a guidance document (or a translation of one) with its first version and its tags. */
export async function createGuidance(
  db: Db,
  actor: Actor,
  input: GuidanceInput,
): Promise<Result<{ id: string }>> {
  if (!canEditGuidance(actor)) return notFound();
  return addGuidance(db, actorId(actor), input);
}

/** Adds guidance as `authorId` (the demo's admin, or a moderator through `createGuidance`). */
export async function addGuidance(
  db: Db,
  authorId: string | null,
  input: GuidanceInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const checked = await checkGuidance(trx, input, null);
    if (!checked.ok) return checked;
    const id = newId();
    const at = now();
    const by = authorId;
    const values = {
      kind: input.kind,
      locale: input.locale,
      title: input.title,
      summary: input.summary,
      body: input.body,
      checklist_template_id: input.checklistTemplateId,
    };
    await insertGuidance(trx, {
      id,
      family_id: checked.value.familyId ?? id,
      ...values,
      created_by: by,
      created_at: at,
      updated_at: at,
    });
    await insertGuidanceVersion(trx, {
      document_id: id,
      number: 1,
      title: input.title,
      summary: input.summary,
      body: input.body,
      change_note: input.changeNote || FIRST_VERSION,
      edited_by: by,
      edited_at: at,
    });
    await setTags(trx, GUIDANCE, id, input.tags);
    await recordAudit(trx, {
      actorId: by,
      action: 'guidance.create',
      entityType: GUIDANCE,
      entityId: id,
      after: { ...values, tags: input.tags, translationOf: input.translationOf },
    });
    return ok({ id });
  });
}

/** Saves a new version of a document, unless someone saved another since `version` was read. */
export async function updateGuidance(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  input: GuidanceInput,
): Promise<Result<{ id: string; version: number }>> {
  if (!canEditGuidance(actor)) return notFound();
  return transact(db.kysely, async (trx) => {
    const current = await findGuidance(trx, id);
    if (!current) return notFound();
    if (current.version !== version) return conflict(current.version);
    const checked = await checkGuidance(trx, input, id);
    if (!checked.ok) return checked;
    // The language of a translation is its place in the family: it changes only if no sibling has it.
    if (input.locale !== current.locale) {
      const family = await guidanceFamily(trx, current.family_id);
      if (family.some((d) => d.locale === input.locale))
        return invalid({ locale: 'guidance.error.localeTaken' });
    }
    const at = now();
    const by = actorId(actor);
    const values = {
      kind: input.kind,
      locale: input.locale,
      title: input.title,
      summary: input.summary,
      body: input.body,
      checklist_template_id: input.checklistTemplateId,
    };
    if (!(await updateGuidanceRow(trx, id, version, { ...values, updated_at: at })))
      return conflict(version + 1);
    await insertGuidanceVersion(trx, {
      document_id: id,
      number: version + 1,
      title: input.title,
      summary: input.summary,
      body: input.body,
      change_note: input.changeNote,
      edited_by: by,
      edited_at: at,
    });
    const tags = await setTags(trx, GUIDANCE, id, input.tags);
    const { version: _v, ...before } = current;
    await recordAudit(trx, {
      actorId: by,
      action: 'guidance.update',
      entityType: GUIDANCE,
      entityId: id,
      before,
      after: { ...values, changeNote: input.changeNote, tags },
    });
    return ok({ id, version: version + 1 });
  });
}
