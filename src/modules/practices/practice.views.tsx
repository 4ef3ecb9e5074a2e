import { EmptyState } from '../../web/components/empty-state.tsx';
import { SelectField, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { PracticeSummary } from './practice.presenter.ts';
import {
  GOVERNMENT_LEVELS,
  PARTNER_ROLES,
  PRACTICE_STATUSES,
  type PracticeStatus,
} from './practice.table.ts';

const STATUS_TONE: Record<PracticeStatus, TagTone> = {
  draft: 'neutral',
  submitted: 'info',
  'under-review': 'info',
  published: 'success',
  returned: 'warning',
};

export function StatusTag({ status }: { status: PracticeStatus }) {
  const { t } = useT();
  return <Tag label={t(`practice.status.${status}`)} tone={STATUS_TONE[status]} />;
}

/** One practice in a list: title, place, corridor, status and promise. */
export function PracticeItem({ practice, showStatus }: { practice: PracticeSummary; showStatus?: boolean }) {
  const { t } = useT();
  const place = [practice.city, practice.region, practice.country?.name].filter(Boolean).join(', ');
  const { origin, destination } = practice.corridor;
  return (
    <li>
      <h3 dir="auto">
        <a href={`/practices/${practice.id}`}>{practice.title}</a>
      </h3>
      <p class="meta">
        {showStatus ? <StatusTag status={practice.status} /> : null}
        {practice.promising ? <Tag label={t('practice.promising')} tone="success" /> : null}
        {place ? <span>{place}</span> : null}
        {origin || destination ? (
          <span>
            {t('practice.corridorOf', { origin: origin?.name ?? '…', destination: destination?.name ?? '…' })}
          </span>
        ) : null}
        {practice.level ? <span>{t(`practice.level.${practice.level}`)}</span> : null}
      </p>
    </li>
  );
}

export interface CatalogueChoices {
  countries: { value: string; label: string }[];
  themes: { value: string; label: string }[];
  moderator: boolean;
}

/** The catalogue's filters as the query gives them (text), for drawing the form. */
export type CatalogueQuery = Partial<
  Record<
    'country' | 'region' | 'theme' | 'level' | 'origin' | 'destination' | 'partner' | 'status' | 'promising',
    string
  >
>;

export function CataloguePage({
  practices,
  query,
  choices,
  next,
  canCreate,
  exportQuery,
  error,
}: {
  practices: PracticeSummary[];
  query: CatalogueQuery;
  choices: CatalogueChoices;
  next: string | null;
  canCreate: boolean;
  exportQuery: string;
  error?: string;
}) {
  const { t } = useT();
  const none = t('practice.filter.any');
  const nextHref = next ? `/practices?${new URLSearchParams({ ...stripEmpty(query), after: next })}` : null;
  return (
    <Layout title={t('practice.list.title')} breadcrumbs={[{ label: t('practice.list.title') }]}>
      <PageHeading
        title={t('practice.list.title')}
        lead={t('practice.list.lead')}
        actions={
          <>
            {canCreate ? (
              <>
                <a class="button button--primary" href="/practices/new">
                  {t('practice.list.add')}
                </a>{' '}
                <a class="button button--secondary" href="/practices/mine">
                  {t('practice.mine.title')}
                </a>
              </>
            ) : null}{' '}
            <a class="button button--secondary" href="/calls">
              {t('practice.call.list')}
            </a>
          </>
        }
      />
      <form method="get" action="/practices" class="filters">
        {error ? (
          <p class="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div class="inline-fields">
          <SelectField
            name="country"
            label={t('practice.field.country')}
            value={query.country ?? ''}
            placeholder={none}
            options={choices.countries}
          />
          <TextField
            name="region"
            label={t('practice.field.region')}
            value={query.region ?? ''}
            width="half"
          />
          <SelectField
            name="theme"
            label={t('practice.filter.theme')}
            value={query.theme ?? ''}
            placeholder={none}
            options={choices.themes}
          />
          <SelectField
            name="level"
            label={t('practice.field.level')}
            value={query.level ?? ''}
            placeholder={none}
            options={GOVERNMENT_LEVELS.map((l) => ({ value: l, label: t(`practice.level.${l}`) }))}
          />
          <SelectField
            name="origin"
            label={t('practice.field.origin')}
            value={query.origin ?? ''}
            placeholder={none}
            options={choices.countries}
          />
          <SelectField
            name="destination"
            label={t('practice.field.destination')}
            value={query.destination ?? ''}
            placeholder={none}
            options={choices.countries}
          />
          <SelectField
            name="partner"
            label={t('practice.filter.partner')}
            value={query.partner ?? ''}
            placeholder={none}
            options={PARTNER_ROLES.map((r) => ({ value: r, label: t(`practice.partner.${r}`) }))}
          />
          {choices.moderator ? (
            <SelectField
              name="status"
              label={t('practice.filter.status')}
              value={query.status ?? ''}
              placeholder={t('practice.status.published')}
              options={PRACTICE_STATUSES.map((s) => ({ value: s, label: t(`practice.status.${s}`) }))}
            />
          ) : null}
        </div>
        <div class="checkbox field">
          <input
            type="checkbox"
            id="promising"
            name="promising"
            value="yes"
            checked={query.promising === 'yes'}
          />
          <label for="promising">{t('practice.filter.promising')}</label>
        </div>
        <button type="submit" class="button button--secondary">
          {t('practice.filter.apply')}
        </button>{' '}
        <a href="/practices">{t('practice.filter.clear')}</a>
      </form>
      <p>
        <a href={`/practices.csv${exportQuery}`}>{t('practice.export.csv')}</a> ·{' '}
        <a href={`/practices.xlsx${exportQuery}`}>{t('practice.export.xlsx')}</a> ·{' '}
        <a href="/practices/feed.atom" type="application/atom+xml">
          {t('practice.feed')}
        </a>
      </p>
      {practices.length === 0 ? (
        <EmptyState message={t('practice.list.none')} />
      ) : (
        <ul class="item-list">
          {practices.map((p) => (
            <PracticeItem practice={p} showStatus={choices.moderator} />
          ))}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref} rel="next">
            {t('practice.list.more')}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

export function stripEmpty(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
}

/** "My practices": where each of the author's practices stands, and the reviews asked of them. */
export function MinePage({
  practices,
  reviews,
}: {
  practices: PracticeSummary[];
  reviews: { id: string; title: string; status: PracticeStatus; state: string }[];
}) {
  const { t } = useT();
  return (
    <Layout
      title={t('practice.mine.title')}
      breadcrumbs={[
        { label: t('practice.list.title'), href: '/practices' },
        { label: t('practice.mine.title') },
      ]}
    >
      <PageHeading
        title={t('practice.mine.title')}
        actions={
          <a class="button button--primary" href="/practices/new">
            {t('practice.list.add')}
          </a>
        }
      />
      {practices.length === 0 ? (
        <EmptyState message={t('practice.mine.none')} />
      ) : (
        <ul class="item-list">
          {practices.map((p) => (
            <PracticeItem practice={p} showStatus />
          ))}
        </ul>
      )}
      <h2>{t('practice.mine.reviews')}</h2>
      {reviews.length === 0 ? (
        <EmptyState message={t('practice.mine.noReviews')} />
      ) : (
        <ul class="item-list">
          {reviews.map((r) => (
            <li>
              <a href={`/practices/${r.id}/review`} dir="auto">
                {r.title}
              </a>{' '}
              <StatusTag status={r.status} /> <Tag label={t(`practice.reviewState.${r.state}`)} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
