import { EmptyState } from '../../web/components/empty-state.tsx';
import { SelectField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { ChartFigure } from './figures/chart-figure.tsx';
import type { FigureModel } from './figures/figure.ts';
import type { DatasetSummary } from './open-data.repository.ts';

export interface IndicatorLine {
  code: string;
  name: string;
  unit: string;
  shape: 'country' | 'bilateral';
  source: string;
  sdg: string | null;
}

/** `/data`: what is loaded — datasets with source, licence, release and last import — and the indicators. */
export function CataloguePage({
  datasets,
  indicators,
}: {
  datasets: DatasetSummary[];
  indicators: IndicatorLine[];
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('data.catalogue.title')} breadcrumbs={[{ label: t('data.nav') }]} mainClass="wide">
      <PageHeading title={t('data.catalogue.title')} lead={t('data.catalogue.lead')} />
      <ul class="link-list">
        <li>
          <a href="/corridors">{t('data.corridor.title')}</a>
        </li>
        <li>
          <a href="/corridors/ranking">{t('data.ranking.title')}</a>
        </li>
        <li>
          <a href="/data/map">{t('data.map.title')}</a>
        </li>
        <li>
          <a href="/api">{t('data.catalogue.api')}</a>
        </li>
      </ul>
      <h2>{t('data.catalogue.datasets')}</h2>
      {datasets.length === 0 ? (
        <EmptyState message={t('data.catalogue.noDatasets')} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('data.catalogue.datasetsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.catalogue.dataset')}</th>
                <th scope="col">{t('data.catalogue.publisher')}</th>
                <th scope="col">{t('data.catalogue.licence')}</th>
                <th scope="col">{t('data.catalogue.release')}</th>
                <th scope="col">{t('data.catalogue.lastImport')}</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((d) => (
                <tr>
                  <th scope="row">{d.url ? <a href={d.url}>{d.title}</a> : d.title}</th>
                  <td>{d.publisher}</td>
                  <td>{d.licence}</td>
                  <td>
                    {d.current ? (
                      <>
                        {d.current.label}
                        <br />
                        <span class="muted small">
                          {t('data.catalogue.values', { count: i18n.number(d.current.values) })}
                        </span>
                      </>
                    ) : (
                      <span class="muted">{t('data.catalogue.noRelease')}</span>
                    )}
                  </td>
                  <td>
                    {d.lastImport ? (
                      <>
                        {i18n.date(d.lastImport.finishedAt ?? d.lastImport.startedAt)}
                        {d.lastImport.status === 'failed' ? (
                          <>
                            {' '}
                            <Tag label={t('data.catalogue.failed')} tone="error" />
                          </>
                        ) : d.lastImport.status === 'running' ? (
                          <>
                            {' '}
                            <Tag label={t('data.catalogue.running')} tone="info" />
                          </>
                        ) : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('data.catalogue.indicators')}</h2>
      {indicators.length === 0 ? (
        <EmptyState message={t('data.catalogue.noIndicators')} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('data.catalogue.indicatorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.table.indicator')}</th>
                <th scope="col">{t('data.catalogue.code')}</th>
                <th scope="col">{t('data.catalogue.unit')}</th>
                <th scope="col">{t('data.catalogue.source')}</th>
                <th scope="col">{t('data.catalogue.open')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((ind) => (
                <tr>
                  <th scope="row">
                    {ind.name}
                    {ind.sdg ? (
                      <>
                        {' '}
                        <Tag label={t('data.catalogue.sdg', { sdg: ind.sdg })} tone="info" />
                      </>
                    ) : null}
                  </th>
                  <td>
                    <code>{ind.code}</code>
                  </td>
                  <td>{ind.unit}</td>
                  <td>{ind.source}</td>
                  <td>
                    {ind.shape === 'country' ? (
                      <a href={`/data/map?indicator=${encodeURIComponent(ind.code)}`}>
                        {t('data.catalogue.map')}
                      </a>
                    ) : (
                      <a href="/corridors">{t('data.catalogue.corridors')}</a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {t('data.catalogue.apiLead')} <code>/api/v1/indicators</code>, <code>/api/v1/series?country=BGD</code>
        , <code>/api/v1/bilateral?origin=MEX&amp;destination=USA</code>.
      </p>
    </Layout>
  );
}

/** `/data/map`: a world choropleth of one country indicator in one period. */
export function MapPage({
  indicators,
  periods,
  indicator,
  period,
  figure,
}: {
  indicators: { value: string; label: string }[];
  periods: string[];
  indicator: string | undefined;
  period: string | undefined;
  figure: FigureModel | null;
}) {
  const { t } = useT();
  return (
    <Layout
      title={t('data.map.title')}
      breadcrumbs={[{ label: t('data.nav'), href: '/data' }, { label: t('data.map.title') }]}
    >
      <PageHeading title={t('data.map.title')} lead={t('data.map.lead')} />
      {indicators.length === 0 ? (
        <EmptyState message={t('data.catalogue.noIndicators')} />
      ) : (
        <form method="get" action="/data/map" class="filters no-print" novalidate>
          <SelectField
            name="indicator"
            label={t('data.table.indicator')}
            options={indicators}
            value={indicator}
          />
          <SelectField
            name="period"
            label={t('data.table.period')}
            options={periods.map((p) => ({ value: p, label: p }))}
            value={period}
            placeholder={t('data.map.latest')}
          />
          <button type="submit" class="button button--primary">
            {t('data.map.show')}
          </button>
        </form>
      )}
      {figure ? <ChartFigure figure={figure} level={2} /> : null}
    </Layout>
  );
}
