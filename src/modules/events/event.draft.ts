import { asBody, datePartsOf, rowsOf, textOf, toDateParts } from '../../web/form/index.ts';
import { organisationLabel } from '../programmes/index.ts';
import type { Event } from './event.presenter.ts';
import type { EventDraft } from './event.schema.ts';

/** Reads the event form as typed (blank rows dropped) for the schema and for drawing it again. */
export function readEventDraft(body: unknown): EventDraft {
  const b = asBody(body);
  return {
    title: textOf(b, 'title'),
    kind: textOf(b, 'kind'),
    startDate: datePartsOf(b, 'startDate'),
    endDate: datePartsOf(b, 'endDate'),
    city: textOf(b, 'city'),
    country: textOf(b, 'country'),
    summary: textOf(b, 'summary'),
    participantsCount: textOf(b, 'participantsCount'),
    participantsApproximate: textOf(b, 'participantsApproximate'),
    organisers: rowsOf(b, 'organisers', ['organisation', 'role'] as const, ['organisation'] as const),
    items: rowsOf(b, 'items', ['type', 'text'] as const, ['text'] as const),
    programmeId: textOf(b, 'programmeId'),
    parentEventId: textOf(b, 'parentEventId'),
    photoSubmissions: textOf(b, 'photoSubmissions'),
    videoSubmissions: textOf(b, 'videoSubmissions'),
  };
}

const countText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The edit form's starting values. */
export function draftFromEvent(event: Event): EventDraft {
  return {
    title: event.title,
    kind: event.kind,
    startDate: toDateParts(event.startDate),
    endDate: toDateParts(event.endDate),
    city: event.location?.city ?? '',
    country: event.location?.country?.alpha3 ?? '',
    summary: event.summary ?? '',
    participantsCount: countText(event.participants?.count),
    participantsApproximate: event.participants?.approximate ? 'yes' : '',
    organisers: event.organisers.map((o) => ({
      organisation: organisationLabel(o.organisation),
      role: o.role,
    })),
    items: event.items.map((item) => ({ type: item.type, text: item.text })),
    programmeId: event.programme?.id ?? '',
    parentEventId: event.parent?.id ?? '',
    photoSubmissions: countText(event.submissions?.photos),
    videoSubmissions: countText(event.submissions?.videos),
  };
}

export const EMPTY_EVENT_DRAFT: EventDraft = {
  title: '',
  kind: '',
  startDate: toDateParts(null),
  endDate: toDateParts(null),
  city: '',
  country: '',
  summary: '',
  participantsCount: '',
  participantsApproximate: '',
  organisers: [],
  items: [],
  programmeId: '',
  parentEventId: '',
  photoSubmissions: '',
  videoSubmissions: '',
};
