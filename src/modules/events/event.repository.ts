import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { EventItemType, EventKind, EventRow, EventsTable, OrganiserRole } from './event.table.ts';

/** An event row with its country, the title of the event it is part of, and its programme. */
export type EventListRow = EventRow & {
  country_alpha2: string | null;
  country_name_en: string | null;
  parent_title: string | null;
  programme_title: string | null;
};

export interface EventFilter {
  /** `upcoming` keeps events not yet over on `today`; `past` those that are. */
  when?: 'upcoming' | 'past';
  today?: string;
  kind?: EventKind;
  country?: string;
  parentId?: string;
}

function selectEvents(db: Kysely<Database>, filter: EventFilter) {
  return db
    .selectFrom('events')
    .leftJoin('countries', 'countries.alpha3', 'events.country_alpha3')
    .leftJoin('events as parent', 'parent.id', 'events.parent_event_id')
    .leftJoin('programmes', 'programmes.id', 'events.programme_id')
    .selectAll('events')
    .select([
      'countries.alpha2 as country_alpha2',
      'countries.name_en as country_name_en',
      'parent.title as parent_title',
      'programmes.title as programme_title',
    ])
    .$if(filter.when === 'upcoming', (q) => q.where('events.ends_on', '>=', filter.today!))
    .$if(filter.when === 'past', (q) => q.where('events.ends_on', '<', filter.today!))
    .$if(filter.kind !== undefined, (q) => q.where('events.kind', '=', filter.kind!))
    .$if(filter.country !== undefined, (q) => q.where('events.country_alpha3', '=', filter.country!))
    .$if(filter.parentId !== undefined, (q) => q.where('events.parent_event_id', '=', filter.parentId!));
}

/**
 * Events by start, a page at a time: by offset (HTML) or after a cursor (API). `order: 'asc'`
 * lists what comes next first (upcoming events); `desc` the most recent first.
 */
export async function listEvents(
  db: Kysely<Database>,
  options: EventFilter & {
    limit: number;
    offset?: number;
    order: 'asc' | 'desc';
    after?: { startsOn: string; id: string };
    /** Breaks ties on the same day by title (pages read by people); the API's cursor needs ids. */
    byTitle?: boolean;
  },
): Promise<EventListRow[]> {
  const { after, order } = options;
  const beyond = order === 'asc' ? '>' : '<';
  return selectEvents(db, options)
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('events.starts_on', beyond, after!.startsOn),
          eb.and([eb('events.starts_on', '=', after!.startsOn), eb('events.id', beyond, after!.id)]),
        ]),
      ),
    )
    .orderBy('events.starts_on', order)
    .$if(options.byTitle === true && after === undefined, (q) => q.orderBy('events.title'))
    .orderBy('events.id', order)
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(filter.when === 'upcoming', (q) => q.where('ends_on', '>=', filter.today!))
    .$if(filter.when === 'past', (q) => q.where('ends_on', '<', filter.today!))
    .$if(filter.country !== undefined, (q) => q.where('country_alpha3', '=', filter.country!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findEvent(db: Kysely<Database>, id: string): Promise<EventListRow | undefined> {
  return selectEvents(db, {}).where('events.id', '=', id).executeTakeFirst();
}

export interface OrganiserRow {
  event_id: string;
  organisation_id: string;
  name: string;
  acronym: string | null;
  role: OrganiserRole;
}
export interface ItemRow {
  event_id: string;
  type: EventItemType;
  text: string;
}

/** The organisers and items of some events, in order. */
export async function loadEventParts(
  db: Kysely<Database>,
  ids: string[],
): Promise<{ organisers: OrganiserRow[]; items: ItemRow[] }> {
  if (ids.length === 0) return { organisers: [], items: [] };
  const [organisers, items] = await Promise.all([
    db
      .selectFrom('event_organisers as eo')
      .innerJoin('organisations as o', 'o.id', 'eo.organisation_id')
      .select(['eo.event_id', 'eo.organisation_id', 'o.name', 'o.acronym', 'eo.role'])
      .where('eo.event_id', 'in', ids)
      .orderBy('eo.event_id')
      .orderBy('eo.position')
      .execute(),
    db
      .selectFrom('event_items')
      .select(['event_id', 'type', 'text'])
      .where('event_id', 'in', ids)
      .orderBy('event_id')
      .orderBy('position')
      .execute(),
  ]);
  return { organisers, items };
}

export async function insertEvent(
  trx: Transaction<Database>,
  row: Omit<EventsTable, 'version'>,
): Promise<void> {
  await trx.insertInto('events').values(row).execute();
}

/** Updates only when the stored version is still `version`; false means someone saved first. */
export async function updateEventRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<EventsTable, 'id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('events')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the organisers and items of an event; positions follow the order given. */
export async function replaceEventParts(
  trx: Transaction<Database>,
  eventId: string,
  parts: {
    organisers: { organisationId: string; role: OrganiserRole }[];
    items: { type: EventItemType; text: string }[];
  },
): Promise<void> {
  await trx.deleteFrom('event_organisers').where('event_id', '=', eventId).execute();
  await trx.deleteFrom('event_items').where('event_id', '=', eventId).execute();
  if (parts.organisers.length > 0)
    await trx
      .insertInto('event_organisers')
      .values(
        parts.organisers.map((o, i) => ({
          event_id: eventId,
          organisation_id: o.organisationId,
          role: o.role,
          position: i + 1,
        })),
      )
      .execute();
  if (parts.items.length > 0)
    await trx
      .insertInto('event_items')
      .values(parts.items.map((item, i) => ({ event_id: eventId, position: i + 1, ...item })))
      .execute();
}

/** The event an event is part of, if any (walked upwards to refuse cycles). */
export async function parentOf(db: Kysely<Database>, id: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('events').select('parent_event_id').where('id', '=', id).executeTakeFirst();
  return row ? row.parent_event_id : undefined;
}

/** Every event's id, title, start and parent, for the "part of" choice. */
export async function eventChoices(
  db: Kysely<Database>,
): Promise<{ id: string; title: string; start_date: string; parent_event_id: string | null }[]> {
  return db
    .selectFrom('events')
    .select(['id', 'title', 'start_date', 'parent_event_id'])
    .orderBy('starts_on', 'desc')
    .orderBy('title')
    .execute();
}

/** The id of an event with exactly this title (the demo loader reuses what it made before). */
export async function findEventIdByTitle(db: Kysely<Database>, title: string): Promise<string | undefined> {
  const row = await db.selectFrom('events').select('id').where('title', '=', title).executeTakeFirst();
  return row?.id;
}

export async function programmeExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('programmes').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}
