import type { Generated, Selectable } from 'kysely';

export const EVENT_KINDS = ['workshop', 'roundtable', 'session', 'competition', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How an organisation stands behind an event. */
export const ORGANISER_ROLES = [
  'chair',
  'co-chair',
  'organiser',
  'collaborator',
  'contributor',
  'supporter',
] as const;
export type OrganiserRole = (typeof ORGANISER_ROLES)[number];

/** What an event produced or discussed, as ordered text items. */
export const EVENT_ITEM_TYPES = ['key-issue', 'outcome', 'recommendation'] as const;
export type EventItemType = (typeof EVENT_ITEM_TYPES)[number];

export interface EventsTable {
  id: string;
  title: string;
  kind: EventKind;
  /** ISO 8601 date of year, month or day precision; required. */
  start_date: string;
  /** Null for a one-day event (or when only the start is known). */
  end_date: string | null;
  /** The first day `start_date` may mean: what events sort by. */
  starts_on: string;
  /** The last day `end_date` (or `start_date`) may mean: an event is past when this is before today. */
  ends_on: string;
  city: string | null;
  country_alpha3: string | null;
  summary: string | null;
  participants_count: number | null;
  /** 1 when the count is approximate ("about 80 participants"). */
  participants_approximate: number;
  programme_id: string | null;
  /** The event this one is part of: Roundtable session 2.1 within Roundtable 2. */
  parent_event_id: string | null;
  /** Entries received by a competition, by medium. */
  photo_submissions: number | null;
  video_submissions: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface EventOrganisersTable {
  event_id: string;
  organisation_id: string;
  role: OrganiserRole;
  position: number;
}

export interface EventItemsTable {
  event_id: string;
  position: number;
  type: EventItemType;
  text: string;
}

export type EventRow = Selectable<EventsTable>;

export interface EventTables {
  events: EventsTable;
  event_organisers: EventOrganisersTable;
  event_items: EventItemsTable;
}
