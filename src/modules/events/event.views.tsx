import { DocumentList, type DocumentRow } from '../../documents/index.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { joined, OrganisationLink, Period } from '../programmes/index.ts';
import { EVENT_DOCUMENTS } from './event.documents.ts';
import type { Event, EventSummary } from './event.presenter.ts';
import { EVENT_ITEM_TYPES, ORGANISER_ROLES } from './event.table.ts';

export const PAST_PAGE_SIZE = 50;

function Location({ location }: { location: EventSummary['location'] }) {
  if (!location) return null;
  return (
    <span>
      {location.city ? <bdi>{location.city}</bdi> : null}
      {location.city && location.country ? ', ' : null}
      {location.country ? (
        <a href={`/countries/${location.country.alpha3}`}>{location.country.name}</a>
      ) : null}
    </span>
  );
}

/** One event in a list: its title, kind, dates, place and what it is part of. */
function EventItem({ event, heading = 'h3' }: { event: EventSummary; heading?: 'h2' | 'h3' }) {
  const { t } = useT();
  const Heading = heading;
  return (
    <li>
      <Heading dir="auto">
        <a href={`/events/${event.id}`}>{event.title}</a>
      </Heading>
      <p class="meta">
        <Tag label={t(`event.kind.${event.kind}`)} />
        <Period start={event.startDate} end={event.endDate ?? event.startDate} />
        {event.location ? <Location location={event.location} /> : null}
        {event.parent ? (
          <span>
            {t('event.partOf')}{' '}
            <bdi>
              <a href={`/events/${event.parent.id}`}>{event.parent.title}</a>
            </bdi>
          </span>
        ) : null}
      </p>
    </li>
  );
}

export function EventListPage({
  upcoming,
  past,
  pastTotal,
  page,
  canCreate,
}: {
  upcoming: EventSummary[];
  past: EventSummary[];
  pastTotal: number;
  page: number;
  canCreate: boolean;
}) {
  const { t } = useT();
  return (
    <Layout title={t('event.list.title')} breadcrumbs={[{ label: t('event.list.title') }]}>
      <PageHeading
        title={t('event.list.title')}
        lead={t('event.list.lead')}
        actions={
          canCreate ? (
            <a class="button button--primary" href="/events/new">
              {t('event.list.add')}
            </a>
          ) : undefined
        }
      />
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('event.list.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <EmptyState message={t('event.list.noneUpcoming')} />
        ) : (
          <ul class="item-list">
            {upcoming.map((e) => (
              <EventItem event={e} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t('event.list.past')}</h2>
        {past.length === 0 ? (
          <EmptyState message={t('event.list.nonePast')} />
        ) : (
          <>
            <ul class="item-list">
              {past.map((e) => (
                <EventItem event={e} />
              ))}
            </ul>
            <Pagination
              page={page}
              pageSize={PAST_PAGE_SIZE}
              total={pastTotal}
              href={(n) => `/events?page=${n}#past`}
            />
          </>
        )}
      </section>
    </Layout>
  );
}

export function EventPage({ event, documents }: { event: Event; documents: DocumentRow[] }) {
  const i18n = useT();
  const { t } = i18n;
  const paragraphs = (event.summary ?? '').split(/\n\s*\n/).filter((p) => p.trim());
  const crumbs = [
    { label: t('event.list.title'), href: '/events' },
    ...(event.parent ? [{ label: event.parent.title, href: `/events/${event.parent.id}` }] : []),
    { label: event.title },
  ];
  const count = (n: number) => ({ count: n, shown: i18n.number(n) });
  return (
    <Layout title={event.title} breadcrumbs={crumbs}>
      <PageHeading
        caption={t(`event.kind.${event.kind}`)}
        title={event.title}
        actions={
          event.actions.update ? (
            <a class="button button--secondary" href={`/events/${event.id}/edit`}>
              {t('event.edit')}
            </a>
          ) : undefined
        }
      />
      {paragraphs.map((p) => (
        <p dir="auto">{p}</p>
      ))}
      <dl class="details">
        <dt>{t('event.field.dates')}</dt>
        <dd>
          <Period start={event.startDate} end={event.endDate ?? event.startDate} />
        </dd>
        {event.location ? (
          <>
            <dt>{t('event.field.location')}</dt>
            <dd>
              <Location location={event.location} />
            </dd>
          </>
        ) : null}
        {ORGANISER_ROLES.map((role) => {
          const organisations = event.organisers.filter((o) => o.role === role).map((o) => o.organisation);
          return organisations.length === 0 ? null : (
            <>
              <dt>{t(`event.role.${role}.plural`)}</dt>
              <dd>
                {joined(
                  organisations,
                  (o) => (
                    <OrganisationLink organisation={o} />
                  ),
                  i18n.locale,
                )}
              </dd>
            </>
          );
        })}
        {event.participants ? (
          <>
            <dt>{t('event.field.participants')}</dt>
            <dd>
              {event.participants.approximate
                ? t('event.participants.about', {
                    people: t('event.participants.count', count(event.participants.count)),
                  })
                : t('event.participants.count', count(event.participants.count))}
            </dd>
          </>
        ) : null}
        {event.submissions ? (
          <>
            <dt>{t('event.field.submissions')}</dt>
            <dd>
              {joined(
                [
                  event.submissions.photos === null
                    ? null
                    : t('event.submissions.photos', count(event.submissions.photos)),
                  event.submissions.videos === null
                    ? null
                    : t('event.submissions.videos', count(event.submissions.videos)),
                ].filter((text) => text !== null),
                (text) => text,
                i18n.locale,
              )}
            </dd>
          </>
        ) : null}
        {event.parent ? (
          <>
            <dt>{t('event.field.parent')}</dt>
            <dd>
              <a href={`/events/${event.parent.id}`}>{event.parent.title}</a>
            </dd>
          </>
        ) : null}
        {event.programme ? (
          <>
            <dt>{t('event.field.programme')}</dt>
            <dd>
              <a href={`/programmes/${event.programme.id}`}>{event.programme.title}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {EVENT_ITEM_TYPES.map((type) => {
        const items = event.items.filter((item) => item.type === type);
        return items.length === 0 ? null : (
          <section aria-labelledby={`items-${type}`}>
            <h2 id={`items-${type}`}>{t(`event.items.${type}`)}</h2>
            <ol class="event-items">
              {items.map((item) => (
                <li dir="auto">{item.text}</li>
              ))}
            </ol>
          </section>
        );
      })}
      {event.parts.length > 0 ? (
        <section aria-labelledby="parts">
          <h2 id="parts">{t('event.parts')}</h2>
          <ul class="item-list">
            {event.parts.map((part) => (
              <EventItem event={part} />
            ))}
          </ul>
        </section>
      ) : null}
      <DocumentList
        documents={documents}
        ownerType={EVENT_DOCUMENTS}
        ownerId={event.id}
        access={{ write: event.actions.update }}
      />
    </Layout>
  );
}

/** The section of a country page listing the events held there. */
export function CountryEventsPanel({ events }: { events: EventSummary[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="country-events">
      <h2 id="country-events">{t('event.panel.title')}</h2>
      <ul class="item-list">
        {events.map((e) => (
          <EventItem event={e} />
        ))}
      </ul>
    </section>
  );
}
