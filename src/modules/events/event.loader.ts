import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { type Access, countryChoices, programmeChoices } from '../programmes/index.ts';
import type { EventFormChoices } from './event.form.tsx';
import { canUpdateEvent } from './event.policy.ts';
import { type Event, presentEvent } from './event.presenter.ts';
import { eventChoices, findEvent, listEvents, loadEventParts } from './event.repository.ts';

/** An event with its organisers, items and parts, as the actor may see it. */
export async function getEvent(
  db: Db,
  id: string,
  i18n: Translator,
  access: Access,
): Promise<Event | undefined> {
  const row = await findEvent(db.kysely, id);
  if (!row) return undefined;
  const [related, parts] = await Promise.all([
    loadEventParts(db.kysely, [id]),
    listEvents(db.kysely, { parentId: id, limit: 200, order: 'asc', byTitle: true }),
  ]);
  const update = canUpdateEvent(
    access,
    related.organisers.map((o) => o.organisation_id),
  );
  return presentEvent(row, { ...related, parts }, i18n, { update });
}

/** The options of the form's selects. An event cannot be part of itself or of its own parts. */
export async function formChoices(db: Db, i18n: Translator, eventId?: string): Promise<EventFormChoices> {
  const [countries, programmes, events] = await Promise.all([
    countryChoices(db, i18n),
    programmeChoices(db.kysely),
    eventChoices(db.kysely),
  ]);
  const excluded = new Set(eventId ? [eventId] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of events)
      if (e.parent_event_id && excluded.has(e.parent_event_id) && !excluded.has(e.id)) {
        excluded.add(e.id);
        grew = true;
      }
  }
  return {
    countries: countries.map((c) => ({ value: c.alpha3, label: c.name })),
    programmes: programmes.map((p) => ({ value: p.id, label: p.title })),
    events: events
      .filter((e) => !excluded.has(e.id))
      .map((e) => ({ value: e.id, label: `${e.title} (${e.start_date.slice(0, 4)})` })),
  };
}
