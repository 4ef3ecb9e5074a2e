import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { TemplateItemRow, TemplateRow, TemplateVersionRow } from './assessment.table.ts';
import type { TemplateDocument } from './template.schema.ts';

/** A template with the title of its current version, for lists. */
export interface TemplateListRow extends TemplateRow {
  title_json: string;
  item_count: number;
}

export async function findTemplate(db: Kysely<Database>, id: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('checklist_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTemplateBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<TemplateRow | undefined> {
  return db.selectFrom('checklist_templates').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Templates in list order (position, slug), after the cursor when given. */
export async function listTemplates(
  db: Kysely<Database>,
  options: { limit?: number; after?: { position: number; slug: string } } = {},
): Promise<TemplateListRow[]> {
  const rows = await db
    .selectFrom('checklist_templates as t')
    .innerJoin('checklist_template_versions as v', (join) =>
      join.onRef('v.template_id', '=', 't.id').onRef('v.version', '=', 't.current_version'),
    )
    .selectAll('t')
    .select('v.title_json')
    .select((eb) =>
      eb
        .selectFrom('checklist_template_items as i')
        .whereRef('i.template_version_id', '=', 'v.id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('item_count'),
    )
    .$if(options.after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('t.position', '>', options.after!.position),
          eb.and([eb('t.position', '=', options.after!.position), eb('t.slug', '>', options.after!.slug)]),
        ]),
      ),
    )
    .orderBy('t.position')
    .orderBy('t.slug')
    .$if(options.limit !== undefined, (q) => q.limit(options.limit!))
    .execute();
  return rows.map((r) => ({ ...r, item_count: Number(r.item_count) }));
}

export async function findVersion(
  db: Kysely<Database>,
  templateId: string,
  version: number,
): Promise<TemplateVersionRow | undefined> {
  return db
    .selectFrom('checklist_template_versions')
    .selectAll()
    .where('template_id', '=', templateId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every version of a template, newest first, with the name of who made it. */
export async function listVersions(db: Kysely<Database>, templateId: string) {
  return db
    .selectFrom('checklist_template_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(['v.id', 'v.version', 'v.note', 'v.created_at', 'u.name as created_by_name'])
    .where('v.template_id', '=', templateId)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function itemsOfVersion(db: Kysely<Database>, versionId: string): Promise<TemplateItemRow[]> {
  return db
    .selectFrom('checklist_template_items')
    .selectAll()
    .where('template_version_id', '=', versionId)
    .orderBy('position')
    .execute();
}

/** How many assessment rounds use each version of a template. */
export async function roundsPerVersion(
  db: Kysely<Database>,
  templateId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('assessment_templates as at')
    .innerJoin('checklist_template_versions as v', 'v.id', 'at.template_version_id')
    .where('v.template_id', '=', templateId)
    .groupBy('at.template_version_id')
    .select(['at.template_version_id as id', (eb) => eb.fn.countAll<number>().as('n')])
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** Writes one version and its items; the caller has checked the version number is free. */
export async function insertVersion(
  trx: Transaction<Database>,
  templateId: string,
  version: number,
  doc: TemplateDocument,
  actorId: string | null,
): Promise<string> {
  const versionId = newId();
  await trx
    .insertInto('checklist_template_versions')
    .values({
      id: versionId,
      template_id: templateId,
      version,
      title_json: JSON.stringify(doc.title),
      description_json: doc.description ? JSON.stringify(doc.description) : null,
      note: doc.note,
      created_at: now(),
      created_by: actorId,
    })
    .execute();
  if (doc.items.length > 0)
    await trx
      .insertInto('checklist_template_items')
      .values(
        doc.items.map((item, position) => ({
          id: newId(),
          template_version_id: versionId,
          position,
          item_key: item.key,
          domain: item.domain,
          question_json: JSON.stringify(item.question),
          guidance_json: item.guidance ? JSON.stringify(item.guidance) : null,
          evidence_json: item.evidence ? JSON.stringify(item.evidence) : null,
        })),
      )
      .execute();
  return versionId;
}

/** The position after every template so far, for an imported one. */
export async function nextPosition(trx: Transaction<Database>): Promise<number> {
  const row = await trx
    .selectFrom('checklist_templates')
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}
