import type { Child } from 'hono/jsx';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { ErrorSummary, SelectField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag } from '../../web/components/tag.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { ChartFigure } from './figures/chart-figure.tsx';
import type { FigureModel } from './figures/figure.ts';

export interface CountryOption {
  value: string;
  label: string;
}

/** The corridor explorer: two selects (a GET form, works without JavaScript) and the figures. */
export function CorridorPage({
  countries,
  values,
  errors,
  result,
}: {
  countries: CountryOption[];
  values: { origin: string; destination: string };
  errors: FieldErrors;
  result: {
    origin: string;
    destination: string;
    originName: string;
    destinationName: string;
    figures: FigureModel[];
    /** Other modules' sections about this corridor (processes, practices…), in order. */
    panels: Child[];
  } | null;
}) {
  const { t } = useT();
  const title = result
    ? t('data.corridor.name', { origin: result.originName, destination: result.destinationName })
    : t('data.corridor.title');
  return (
    <Layout
      title={title}
      breadcrumbs={[{ label: t('data.nav'), href: '/data' }, { label: t('data.corridor.title') }]}
    >
      <PageHeading
        caption={result ? t('data.corridor.title') : undefined}
        title={title}
        lead={result ? undefined : t('data.corridor.lead')}
      />
      <ErrorSummary errors={errors} />
      <form method="get" action="/corridors" class="filters no-print" novalidate>
        <SelectField
          name="origin"
          label={t('data.corridor.origin')}
          options={countries}
          value={values.origin}
          error={errors.origin}
          placeholder={t('data.corridor.choose')}
        />
        <SelectField
          name="destination"
          label={t('data.corridor.destination')}
          options={countries}
          value={values.destination}
          error={errors.destination}
          placeholder={t('data.corridor.choose')}
        />
        <button type="submit" class="button button--primary">
          {t('data.corridor.show')}
        </button>
      </form>
      {result ? (
        <>
          <p>
            {t('data.corridor.profiles')}{' '}
            <a href={`/countries/${result.origin}/profile`}>{result.originName}</a> ·{' '}
            <a href={`/countries/${result.destination}/profile`}>{result.destinationName}</a> ·{' '}
            <a href={`/corridors?origin=${result.destination}&destination=${result.origin}`}>
              {t('data.corridor.reverse')}
            </a>
          </p>
          {result.figures.every((f) => !f.svg) ? (
            <EmptyState
              message={t('data.corridor.noSeries', {
                origin: result.originName,
                destination: result.destinationName,
              })}
            >
              <p>
                <a href="/data">{t('data.profile.emptyLink')}</a>
              </p>
            </EmptyState>
          ) : (
            result.figures.map((figure) => <ChartFigure figure={figure} level={2} />)
          )}
          {result.panels}
        </>
      ) : (
        <p>
          <a href="/corridors/ranking">{t('data.ranking.link')}</a>
        </p>
      )}
    </Layout>
  );
}

export interface RankingRow {
  rank: number;
  origin: string;
  destination: string;
  originName: string;
  destinationName: string;
  period: string;
  value: string;
  above: boolean;
}

/** Corridors by their latest cost of sending USD 200, highest first, flagging those above 5%. */
export function RankingPage({
  rows,
  total,
  above,
  page,
  pageSize,
  country,
  countries,
  source,
}: {
  rows: RankingRow[];
  total: number;
  above: number;
  page: number;
  pageSize: number;
  country: string | undefined;
  countries: CountryOption[];
  source: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const query = (p: number) => `/corridors/ranking?${country ? `country=${country}&` : ''}page=${p}`;
  return (
    <Layout
      title={t('data.ranking.title')}
      breadcrumbs={[{ label: t('data.nav'), href: '/data' }, { label: t('data.ranking.title') }]}
      mainClass="wide"
    >
      <PageHeading title={t('data.ranking.title')} lead={t('data.ranking.lead')} />
      <form method="get" action="/corridors/ranking" class="filters no-print" novalidate>
        <SelectField
          name="country"
          label={t('data.ranking.country')}
          options={countries}
          value={country ?? ''}
          placeholder={t('data.ranking.allCountries')}
        />
        <button type="submit" class="button button--secondary">
          {t('data.ranking.filter')}
        </button>
      </form>
      {total === 0 ? (
        <EmptyState message={t('data.ranking.empty')}>
          <p>
            <a href="/data">{t('data.profile.emptyLink')}</a>
          </p>
        </EmptyState>
      ) : (
        <>
          <p>{t('data.ranking.summary', { above: i18n.number(above), total: i18n.number(total) })}</p>
          <div class="table-wrap">
            <table>
              <caption>{t('data.ranking.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    {t('data.ranking.rank')}
                  </th>
                  <th scope="col">{t('data.table.corridor')}</th>
                  <th scope="col">{t('data.table.period')}</th>
                  <th scope="col" class="num">
                    {t('data.table.cost')}
                  </th>
                  <th scope="col">{t('data.table.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td class="num">{i18n.number(r.rank)}</td>
                    <th scope="row">
                      <a href={`/corridors?origin=${r.origin}&destination=${r.destination}`}>
                        {t('data.corridor.name', { origin: r.originName, destination: r.destinationName })}
                      </a>
                    </th>
                    <td>{r.period}</td>
                    <td class="num">{r.value}</td>
                    <td>
                      {r.above ? (
                        <Tag label={t('data.tag.above')} tone="warning" />
                      ) : (
                        <Tag label={t('data.tag.within')} tone="success" />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="chart__meta">{t('data.chart.source', { source })}</p>
          <p>
            <a href={`/corridors/ranking.csv${country ? `?country=${country}` : ''}`} download>
              {t('data.ranking.csv')}
            </a>
          </p>
          <Pagination page={page} pageSize={pageSize} total={total} href={query} />
        </>
      )}
    </Layout>
  );
}
