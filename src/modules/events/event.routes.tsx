import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { notFound } from '../../web/errors.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { idParams } from '../../web/params.ts';
import { listCountries, presentCountry, sortByName } from '../countries/index.ts';
import {
  type Access,
  accessFor,
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  programmeChoices,
  type ServiceResult,
  translateProblems,
} from '../programmes/index.ts';
import { draftFromEvent, EMPTY_EVENT_DRAFT, readEventDraft } from './event.draft.ts';
import { EVENT_FIELDS, type EventFormChoices, EventFormPage } from './event.form.tsx';
import { canCreateEvent, canUpdateEvent } from './event.policy.ts';
import { type Event, presentEvent, presentEventSummary } from './event.presenter.ts';
import { countEvents, eventChoices, findEvent, listEvents, loadEventParts } from './event.repository.ts';
import {
  EVENT_FORM_FALLBACK,
  type EventDraft,
  eventForm,
  eventListQuery,
  eventOut,
  eventParams,
  eventSummaryOut,
} from './event.schema.ts';
import { createEvent, eventProblems, updateEvent } from './event.service.ts';
import { EventListPage, EventPage, PAST_PAGE_SIZE } from './event.views.tsx';

/** Today as an ISO date (UTC), the line between upcoming and past events. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

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
async function formChoices(db: Db, i18n: Translator, eventId?: string): Promise<EventFormChoices> {
  const [countries, programmes, events] = await Promise.all([
    listCountries(db.kysely),
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
    countries: sortByName(
      countries.map((c) => presentCountry(c, i18n)),
      i18n.locale,
    ).map((c) => ({ value: c.alpha3, label: c.name })),
    programmes: programmes.map((p) => ({ value: p.id, label: p.title })),
    events: events
      .filter((e) => !excluded.has(e.id))
      .map((e) => ({ value: e.id, label: `${e.title} (${e.start_date.slice(0, 4)})` })),
  };
}

const pageQuery = z.object({ page: pageNumber });

/** `[starts_on, id]` of a page's last event. */
const eventCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([startsOn, id]) => ({ startsOn, id })),
);

export function eventRoutes(app: App, { db }: AppDeps): void {
  /** When the form fails its schema, the service still checks the fields that passed. */
  async function everyProblem(access: Access, draft: EventDraft, error: z.ZodError, eventId: string | null) {
    const rest = parseFieldByField(eventForm, { ...draft }, EVENT_FORM_FALLBACK);
    const errors = mergeProblems(
      problemsFromZod(error, 'event.error.invalid'),
      await eventProblems(db, access, rest, eventId),
    );
    return { ok: false, kind: 'invalid', errors } as const;
  }

  async function formAgain(
    request: FastifyRequest,
    options: {
      mode: 'create' | 'update';
      draft: EventDraft;
      result: Exclude<ServiceResult<unknown>, { ok: true } | { kind: 'not-found' }>;
      eventId?: string;
      version?: number;
    },
  ) {
    const { result } = options;
    const errors =
      result.kind === 'invalid' ? translateProblems(result.errors, request.i18n, EVENT_FIELDS) : {};
    return (
      <EventFormPage
        mode={options.mode}
        action={options.mode === 'create' ? '/events' : `/events/${options.eventId}/edit`}
        draft={options.draft}
        errors={errors}
        version={result.kind === 'conflict' ? result.currentVersion : options.version}
        conflict={result.kind === 'conflict'}
        eventId={options.eventId}
        choices={await formChoices(db, request.i18n, options.eventId)}
      />
    );
  }

  app.get('/events', { config: { policy: 'public' } }, async (request, reply) => {
    const { page } = pageQuery.parse(request.query ?? {});
    const day = today();
    const [upcoming, past, pastTotal, access] = await Promise.all([
      listEvents(db.kysely, { when: 'upcoming', today: day, limit: 200, order: 'asc', byTitle: true }),
      listEvents(db.kysely, {
        when: 'past',
        today: day,
        limit: PAST_PAGE_SIZE,
        offset: (page - 1) * PAST_PAGE_SIZE,
        order: 'desc',
        byTitle: true,
      }),
      countEvents(db.kysely, { when: 'past', today: day }),
      accessFor(db.kysely, request.actor),
    ]);
    const pastPage = pastLastPage(request.url, page, pastTotal, PAST_PAGE_SIZE);
    if (pastPage) return reply.seeOther(pastPage);
    return reply.page(
      <EventListPage
        upcoming={upcoming.map((e) => presentEventSummary(e, request.i18n))}
        past={past.map((e) => presentEventSummary(e, request.i18n))}
        pastTotal={pastTotal}
        page={page}
        canCreate={canCreateEvent(access)}
      />,
    );
  });

  app.get('/events/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const access = await accessFor(db.kysely, request.actor);
    if (!canCreateEvent(access)) throw notFound();
    return reply.page(
      <EventFormPage
        mode="create"
        action="/events"
        draft={EMPTY_EVENT_DRAFT}
        errors={{}}
        choices={await formChoices(db, request.i18n)}
      />,
    );
  });

  app.post('/events', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const access = await accessFor(db.kysely, request.actor);
    if (!canCreateEvent(access)) throw notFound();
    const draft = readEventDraft(request.body);
    const parsed = eventForm.safeParse(draft);
    const result = parsed.success
      ? await createEvent(db, access, parsed.data)
      : await everyProblem(access, draft, parsed.error, null);
    if (result.ok)
      return reply.seeOther(`/events/${result.value.id}`, { kind: 'success', key: 'event.flash.created' });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(await formAgain(request, { mode: 'create', draft, result }), 422);
  });

  app.get(
    '/events/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const event = await getEvent(db, id, request.i18n, await accessFor(db.kysely, request.actor));
      if (!event) throw notFound();
      return reply.page(<EventPage event={event} />);
    },
  );

  app.get(
    '/events/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const event = await getEvent(db, id, request.i18n, await accessFor(db.kysely, request.actor));
      if (!event?.actions.update) throw notFound();
      return reply.page(
        <EventFormPage
          mode="update"
          action={`/events/${id}/edit`}
          draft={draftFromEvent(event)}
          errors={{}}
          version={event.version}
          eventId={id}
          choices={await formChoices(db, request.i18n, id)}
        />,
      );
    },
  );

  app.post(
    '/events/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const access = await accessFor(db.kysely, request.actor);
      const event = await getEvent(db, id, request.i18n, access);
      if (!event?.actions.update) throw notFound();
      const body = (request.body ?? {}) as Record<string, unknown>;
      const version = Number.parseInt(String(body.version ?? ''), 10);
      const draft = readEventDraft(body);
      const parsed = eventForm.safeParse(draft);
      const result = parsed.success
        ? await updateEvent(db, access, id, Number.isNaN(version) ? -1 : version, parsed.data)
        : await everyProblem(access, draft, parsed.error, id);
      if (result.ok) return reply.seeOther(`/events/${id}`, { kind: 'success', key: 'event.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formAgain(request, {
          mode: 'update',
          draft,
          result,
          eventId: id,
          version: Number.isNaN(version) ? event.version : version,
        }),
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );

  app.get(
    '/api/v1/events',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['events'],
        summary: 'List events, most recent first',
        querystring: eventListQuery,
        response: { 200: z.object({ data: z.array(eventSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, when, kind, country } = request.query;
      const rows = await listEvents(db.kysely, {
        when,
        today: today(),
        kind,
        country,
        limit: limit + 1,
        order: 'desc',
        after: cursor ? eventCursor.decode(cursor) : undefined,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => presentEventSummary(r, request.i18n)),
        next: rows.length > limit && last ? eventCursor.encode([last.starts_on, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/events/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['events'],
        summary: 'One event with its organisers, key issues, outcomes, recommendations and parts',
        params: eventParams,
        response: { 200: eventOut },
      },
    },
    async (request) => {
      const event = await getEvent(
        db,
        request.params.id,
        request.i18n,
        await accessFor(db.kysely, request.actor),
      );
      if (!event) throw notFound();
      return event;
    },
  );
}
