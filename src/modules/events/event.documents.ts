import type { DocumentHost } from '../../documents/index.ts';
import { accessFor } from '../programmes/index.ts';
import { canUpdateEvent } from './event.policy.ts';
import { findEvent, loadEventParts } from './event.repository.ts';

/** The kind of record an event's documents belong to (agendas, reports, photos). */
export const EVENT_DOCUMENTS = 'event';

/** Events are public, so their documents are too; whoever may edit an event may add and remove them. */
export const eventDocumentHost: DocumentHost = {
  type: EVENT_DOCUMENTS,
  async access(db, actor, id) {
    const row = await findEvent(db.kysely, id);
    if (!row) return null;
    const { organisers } = await loadEventParts(db.kysely, [id]);
    const write = canUpdateEvent(
      await accessFor(db.kysely, actor),
      organisers.map((o) => o.organisation_id),
    );
    return { read: true, write, title: row.title, href: `/events/${id}` };
  },
};
