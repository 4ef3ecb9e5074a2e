import type { DocumentHost } from '../../documents/index.ts';
import { practiceRow } from './practice.repository.ts';
import { standingOf } from './practice.standing.ts';

/** The kind of record a practice's documents belong to (evidence, reports, photos). */
export const PRACTICE_DOCUMENTS = 'practice';

/**
 * Whoever may read a practice may read its documents; its author (while they may edit it) and
 * moderators may add and remove them.
 */
export const practiceDocumentHost: DocumentHost = {
  type: PRACTICE_DOCUMENTS,
  async access(db, actor, id) {
    const row = await practiceRow(db.kysely, id);
    if (!row) return null;
    const may = await standingOf(db.kysely, actor, row);
    if (!may.read) return null;
    return { read: true, write: may.edit, title: row.title, href: `/practices/${id}` };
  },
};
