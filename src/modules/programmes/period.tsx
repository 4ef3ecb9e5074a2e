import { formatPartialDate } from '../../i18n/partial-date.ts';
import { useT } from '../../web/view-context.ts';
import { type OrganisationRef, organisationLabel } from './organisation-access.ts';

/** A date of year, month or day precision in the reader's language, machine-readable too. */
export function PartialDate({ iso }: { iso: string }) {
  const i18n = useT();
  return <time datetime={iso}>{formatPartialDate(i18n, iso)}</time>;
}

/** "1 December 2012 – 30 November 2015", "From July 2013", or one date when both ends agree. */
export function Period({ start, end }: { start: string | null; end: string | null }) {
  const { t } = useT();
  if (start && end && start !== end)
    return (
      <span class="period">
        <PartialDate iso={start} /> – <PartialDate iso={end} />
      </span>
    );
  if (start)
    return end ? (
      <PartialDate iso={start} />
    ) : (
      <span>
        {t('programme.period.from')} <PartialDate iso={start} />
      </span>
    );
  if (end)
    return (
      <span>
        {t('programme.period.until')} <PartialDate iso={end} />
      </span>
    );
  return <span class="muted">{t('programme.period.unknown')}</span>;
}

/** A link to an organisation's page, named with its acronym. */
export function OrganisationLink({ organisation }: { organisation: OrganisationRef }) {
  return (
    <bdi>
      <a href={`/organisations/${organisation.id}`}>{organisationLabel(organisation)}</a>
    </bdi>
  );
}

/**
 * Items joined with the reader's list punctuation ("a, b and c"). Each item carries the comma that
 * follows it, so that a line never starts with a lone comma (right-to-left pages wrap each item as
 * one block: see `.joined-item` in app.css).
 */
export function joined<T>(items: T[], render: (item: T) => unknown, locale: string) {
  const separator = locale === 'ar' ? '،' : ',';
  return items.map((item, i) =>
    i === items.length - 1 ? (
      <span class="joined-item">{render(item) as never}</span>
    ) : (
      <>
        <span class="joined-item">
          {render(item) as never}
          {separator}
        </span>{' '}
      </>
    ),
  );
}
