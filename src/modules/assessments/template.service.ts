import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
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
import type { TemplateRow } from './assessment.table.ts';
import { documentOf, sameContent } from './template.document.ts';
import {
  findTemplate,
  findTemplateBySlug,
  findVersion,
  insertVersion,
  nextPosition,
} from './template.repository.ts';
import type { TemplateDocument } from './template.schema.ts';

/** A template saved: its id and version now, and whether it was new or the same as before. */
export interface TemplateSaved {
  id: string;
  version: number;
  created: boolean;
  unchanged: boolean;
}

/**
 * Kind, scale, sector and level stay as they were, so rounds made with any version compare. The
 * problems are keyed by the document's path (`kind`, `scale`).
 */
function fixedFieldProblems(template: TemplateRow, doc: TemplateDocument): Problems {
  const problems: Problems = {};
  for (const field of ['kind', 'scale', 'sector', 'level'] as const) {
    if ((template[field] ?? null) !== (doc[field] ?? null))
      problems[field] = { key: 'checklist.json.fixed', values: { value: template[field] ?? 'null' } };
  }
  return problems;
}

interface SaveOptions {
  actorId: string | null;
  /** Edit form: the template being edited (its key cannot change). Import: found by the key. */
  templateId?: string;
  /** The version the editor started from: someone else's newer version is a conflict. */
  expectedVersion?: number;
  /** List position of a new template; imported ones go last. */
  position?: number;
}

/**
 * Saves a document as a new template (version 1) or as the next version of the template with
 * its key. Old versions are never changed: the rounds made with them keep their questions.
 */
export async function saveDocument(
  trx: Transaction<Database>,
  doc: TemplateDocument,
  options: SaveOptions,
): Promise<Result<TemplateSaved>> {
  const existing = options.templateId
    ? await findTemplate(trx, options.templateId)
    : await findTemplateBySlug(trx, doc.key);
  if (options.templateId && !existing) return notFound();
  if (!existing) {
    const id = newId();
    const at = now();
    await trx
      .insertInto('checklist_templates')
      .values({
        id,
        slug: doc.key,
        kind: doc.kind,
        scale: doc.scale,
        sector: doc.sector,
        level: doc.level,
        current_version: 1,
        position: options.position ?? (await nextPosition(trx)),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await insertVersion(trx, id, 1, doc, options.actorId);
    await recordAudit(trx, {
      actorId: options.actorId,
      action: 'checklist-template.create',
      entityType: 'checklist_template',
      entityId: id,
      after: { key: doc.key, version: 1, items: doc.items.length },
    });
    return ok({ id, version: 1, created: true, unchanged: false });
  }
  const fixed = fixedFieldProblems(existing, doc);
  if (Object.keys(fixed).length > 0) return invalid(fixed);
  const current = existing.current_version;
  if (options.expectedVersion !== undefined && options.expectedVersion !== current) return conflict(current);
  const currentRow = await findVersion(trx, existing.id, current);
  if (currentRow && sameContent(await documentOf(trx, existing, currentRow), doc))
    return ok({ id: existing.id, version: current, created: false, unchanged: true });
  const next = current + 1;
  // Only one editor can move the template from `current` to `next`.
  const moved = await trx
    .updateTable('checklist_templates')
    .set({ current_version: next, updated_at: now() })
    .where('id', '=', existing.id)
    .where('current_version', '=', current)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return conflict(current + 1);
  await insertVersion(trx, existing.id, next, doc, options.actorId);
  await recordAudit(trx, {
    actorId: options.actorId,
    action: 'checklist-template.version',
    entityType: 'checklist_template',
    entityId: existing.id,
    before: { version: current },
    after: { key: doc.key, version: next, items: doc.items.length, note: doc.note },
  });
  return ok({ id: existing.id, version: next, created: false, unchanged: false });
}

/** Imports a template document (import form and API) in one transaction. */
export function importTemplate(
  db: Db,
  doc: TemplateDocument,
  actorId: string | null,
): Promise<Result<TemplateSaved>> {
  return transact(db.kysely, (trx) => saveDocument(trx, doc, { actorId }));
}

/** Saves the edit form's document as the template's next version. */
export function editTemplate(
  db: Db,
  templateId: string,
  expectedVersion: number,
  doc: TemplateDocument,
  actorId: string | null,
): Promise<Result<TemplateSaved>> {
  return transact(db.kysely, (trx) => saveDocument(trx, doc, { actorId, templateId, expectedVersion }));
}
