import type { DocumentHost } from '../../documents/index.ts';
import { loadProcessAccess } from './process.space.ts';

/** The kind of record a process's own documents belong to (its plan, terms of reference, minutes). */
export const PROCESS_DOCUMENTS = 'process';

/**
 * A process's documents are as visible as the process (public, or its members only); whoever may
 * edit the process may add and remove them.
 */
export const processDocumentHost: DocumentHost = {
  type: PROCESS_DOCUMENTS,
  async access(db, actor, id) {
    const { process, may } = await loadProcessAccess(db.kysely, actor, id, 'view');
    return { read: may.view, write: may.edit, title: process.title, href: `/processes/${id}` };
  },
};
