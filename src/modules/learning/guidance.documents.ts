import type { DocumentHost } from '../../documents/index.ts';
import { findGuidance } from './guidance.repository.ts';
import { GUIDANCE } from './guidance.service.ts';
import { canEditGuidance } from './learning.policy.ts';

/** Guidance is public, so its files are too; whoever may edit the library may add and remove them. */
export const guidanceDocumentHost: DocumentHost = {
  type: GUIDANCE,
  async access(db, actor, id) {
    const row = await findGuidance(db.kysely, id);
    if (!row) return null;
    return { read: true, write: canEditGuidance(actor), title: row.title, href: `/guidance/${id}` };
  },
};
