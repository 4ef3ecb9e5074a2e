import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Failure, problemsOf } from '../../commands/index.ts';
import { listDocuments } from '../../documents/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, submitForm, today, translateProblems, versionOf } from '../../web/form/index.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { idParams } from '../../web/params.ts';
import { type Access, accessFor } from '../programmes/index.ts';
import { eventApiRoutes } from './event.api.ts';
import { EVENT_DOCUMENTS } from './event.documents.ts';
import { draftFromEvent, EMPTY_EVENT_DRAFT, readEventDraft } from './event.draft.ts';
import { EVENT_FIELDS, EventFormPage } from './event.form.tsx';
import { formChoices, getEvent } from './event.loader.ts';
import { canCreateEvent } from './event.policy.ts';
import { presentEventSummary } from './event.presenter.ts';
import { countEvents, listEvents } from './event.repository.ts';
import { EVENT_FORM_FALLBACK, type EventDraft, type EventInput, eventForm } from './event.schema.ts';
import { createEvent, eventProblems, updateEvent } from './event.service.ts';
import { EventListPage, EventPage, PAST_PAGE_SIZE } from './event.views.tsx';

const pageQuery = z.object({ page: pageNumber });

export function eventRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  /** Runs an event command on the form as typed; the fields that pass are checked even when others fail. */
  function submit(
    access: Access,
    draft: EventDraft,
    eventId: string | null,
    run: (input: EventInput) => ReturnType<typeof createEvent>,
  ) {
    return submitForm(eventForm, draft, {
      fallback: EVENT_FORM_FALLBACK,
      problems: { fallback: 'event.error.invalid' },
      run,
      check: (rest) => eventProblems(db, access, rest, eventId),
    });
  }

  /** Renders the form again with the user's text and what went wrong. */
  async function formAgain(
    request: FastifyRequest,
    options: { draft: EventDraft; failure: Failure; eventId?: string; version?: number },
  ) {
    const { failure, eventId } = options;
    return (
      <EventFormPage
        mode={eventId ? 'update' : 'create'}
        action={eventId ? `/events/${eventId}/edit` : '/events'}
        draft={options.draft}
        errors={translateProblems(problemsOf(failure), request.i18n, { order: EVENT_FIELDS })}
        version={(failure.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure.kind === 'conflict'}
        recordId={eventId}
        choices={await formChoices(db, request.i18n, eventId)}
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
    const result = await submit(access, draft, null, (input) => createEvent(db, access, input));
    if (result.ok)
      return reply.seeOther(`/events/${result.value.id}`, { kind: 'success', key: 'event.flash.created' });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(await formAgain(request, { draft, failure: result }), failureStatus(result));
  });

  app.get(
    '/events/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const event = await getEvent(db, id, request.i18n, await accessFor(db.kysely, request.actor));
      if (!event) throw notFound();
      const documents = await listDocuments(db.kysely, EVENT_DOCUMENTS, id);
      return reply.page(<EventPage event={event} documents={documents} />);
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
          recordId={id}
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
      const version = versionOf(asBody(request.body));
      const draft = readEventDraft(request.body);
      const result = await submit(access, draft, id, (input) =>
        updateEvent(db, access, id, version ?? -1, input),
      );
      if (result.ok) return reply.seeOther(`/events/${id}`, { kind: 'success', key: 'event.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formAgain(request, {
          draft,
          failure: result,
          eventId: id,
          version: version ?? event.version,
        }),
        failureStatus(result),
      );
    },
  );

  eventApiRoutes(app, deps);
}
