import type { Translator } from '../../i18n/translator.ts';
import type { OrganisationRef } from '../programmes/index.ts';
import type { EventListRow, ItemRow, OrganiserRow } from './event.repository.ts';
import type { EventItemType, EventKind, OrganiserRole } from './event.table.ts';

/** An event as lists, views and API clients see it. */
export interface EventSummary {
  id: string;
  title: string;
  kind: EventKind;
  startDate: string;
  endDate: string | null;
  location: { city: string | null; country: { alpha3: string; name: string } | null } | null;
  parent: { id: string; title: string } | null;
}

export interface Event extends EventSummary {
  summary: string | null;
  participants: { count: number; approximate: boolean } | null;
  organisers: { organisation: OrganisationRef; role: OrganiserRole }[];
  items: { type: EventItemType; text: string }[];
  programme: { id: string; title: string } | null;
  submissions: { photos: number | null; videos: number | null } | null;
  parts: EventSummary[];
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: { update: boolean };
}

export function presentEventSummary(row: EventListRow, i18n: Translator): EventSummary {
  const country =
    row.country_alpha3 && row.country_alpha2
      ? {
          alpha3: row.country_alpha3,
          name: i18n.countryName(row.country_alpha2) ?? row.country_name_en ?? '',
        }
      : null;
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startDate: row.start_date,
    endDate: row.end_date,
    location: row.city || country ? { city: row.city, country } : null,
    parent:
      row.parent_event_id && row.parent_title ? { id: row.parent_event_id, title: row.parent_title } : null,
  };
}

export function presentEvent(
  row: EventListRow,
  related: { organisers: OrganiserRow[]; items: ItemRow[]; parts: EventListRow[] },
  i18n: Translator,
  actions: { update: boolean },
): Event {
  const hasSubmissions = row.photo_submissions !== null || row.video_submissions !== null;
  return {
    ...presentEventSummary(row, i18n),
    summary: row.summary,
    participants:
      row.participants_count === null
        ? null
        : { count: row.participants_count, approximate: row.participants_approximate === 1 },
    organisers: related.organisers
      .filter((o) => o.event_id === row.id)
      .map((o) => ({
        organisation: { id: o.organisation_id, name: o.name, acronym: o.acronym },
        role: o.role,
      })),
    items: related.items
      .filter((item) => item.event_id === row.id)
      .map((item) => ({ type: item.type, text: item.text })),
    programme:
      row.programme_id && row.programme_title ? { id: row.programme_id, title: row.programme_title } : null,
    submissions: hasSubmissions ? { photos: row.photo_submissions, videos: row.video_submissions } : null,
    parts: related.parts.map((part) => presentEventSummary(part, i18n)),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions,
  };
}
