import type { ChecklistGuidanceProvider } from '../../module-kit/manifest.ts';

/**
 * The guidance documents that point to a checklist template, for the checklist's page: every
 * language of each, title first, so a reader finds the note in theirs. Guidance is public.
 */
export const checklistGuidance: ChecklistGuidanceProvider = async (db, templateId) => {
  const rows = await db.kysely
    .selectFrom('guidance_documents')
    .select(['id', 'title', 'locale'])
    .where('checklist_template_id', '=', templateId)
    .orderBy('title')
    .orderBy('id')
    .limit(50)
    .execute();
  return rows.map((row) => ({ title: row.title, href: `/guidance/${row.id}`, locale: row.locale }));
};
