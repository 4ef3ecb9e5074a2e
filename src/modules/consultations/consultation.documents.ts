import type { DocumentHost } from '../../documents/index.ts';
import { CONSULTATION_DOCUMENTS, consultationAccessFor } from './consultation.loader.ts';
import { attachGuard, canSeeConsultation } from './consultation.policy.ts';

/**
 * A consultation's documents are seen by whoever sees the consultation (drafts: the process team
 * only); the process team adds and removes them, also after closing (the final report).
 */
export const consultationDocumentHost: DocumentHost = {
  type: CONSULTATION_DOCUMENTS,
  async access(db, actor, id) {
    const row = await db.kysely
      .selectFrom('consultations')
      .select(['process_id', 'title', 'status', 'audience'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const { access } = await consultationAccessFor(db.kysely, actor, row.process_id);
    return {
      read: canSeeConsultation(access, row),
      write: attachGuard(access, row) === null,
      title: row.title,
      href: `/processes/${row.process_id}/consultations/${id}`,
    };
  },
};
