import { raw } from 'hono/html';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, Form } from '../../web/components/form.tsx';
import { SummaryCard } from '../../web/components/summary-card.tsx';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { ScoredItem } from './assessment.presenter.ts';
import type { AreaResult, RoundResult } from './assessment.results.ts';
import { ScoreTag, Shown } from './shared.views.tsx';

export interface ResultsPageProps {
  context: ProcessSpace;
  assessment: { id: string; round: number; createdAt: string; updatedAt: string };
  result: RoundResult;
  chart: string;
  /** Rounds to compare with (earlier round numbers), newest first. */
  earlier: number[];
  /** A module can turn gaps into actions, and the actor may. */
  canMakeActions: boolean;
}

/** A round's score per sector or domain, as a table (results page, process report). */
export function AreaTable({ areas }: { areas: AreaResult[] }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('assessment.field.area')}</th>
            <th scope="col" class="num">
              {t('assessment.field.score')}
            </th>
            <th scope="col" class="num">
              {t('assessment.field.scored')}
            </th>
            <th scope="col" class="num">
              {t('assessment.field.notApplicable')}
            </th>
            <th scope="col" class="num">
              {t('assessment.field.total')}
            </th>
            <th scope="col" class="num">
              {t('assessment.field.gaps')}
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr>
              <th scope="row" dir="auto">
                {a.label}
              </th>
              <td class="num">{a.score === null ? '—' : i18n.number(a.score)}</td>
              <td class="num">{i18n.number(a.scored)}</td>
              <td class="num">{i18n.number(a.notApplicable)}</td>
              <td class="num">{i18n.number(a.total)}</td>
              <td class="num">{i18n.number(a.gaps)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Gap({ item, base, canMakeActions }: { item: ScoredItem; base: string; canMakeActions: boolean }) {
  const { t } = useT();
  return (
    <li class="assessment-gap" id={`gap-${item.id}`}>
      <p class="assessment-gap__question">
        <Shown text={item.question} /> <ScoreTag score={item.score} />
      </p>
      {item.evidence ? (
        <p class="prewrap small" dir="auto">
          <strong>{t('assessment.field.evidence')}:</strong> {item.evidence}
        </p>
      ) : null}
      {item.comment ? (
        <p class="prewrap small" dir="auto">
          <strong>{t('assessment.field.comment')}:</strong> {item.comment}
        </p>
      ) : null}
      {item.actionHref ? (
        <p>
          <a href={item.actionHref}>{t('assessment.gap.seeAction')}</a>
        </p>
      ) : canMakeActions ? (
        <Form action={`${base}/gaps/${item.id}/action`} class="inline-form">
          <Button kind="secondary">{t('assessment.gap.toAction')}</Button>
        </Form>
      ) : null}
    </li>
  );
}

/** A round's result: a score per sector (chart and table), downloads, and the gaps to act on. */
export function ResultsPage(props: ResultsPageProps) {
  const i18n = useT();
  const { t } = i18n;
  const { context, assessment, result } = props;
  const base = `/processes/${context.process.id}/assessments/${assessment.id}`;
  const title = t('assessment.results.title', { round: assessment.round });
  const groups = new Map<string, ScoredItem[]>();
  for (const gap of result.gaps) groups.set(gap.area.key, [...(groups.get(gap.area.key) ?? []), gap]);
  return (
    <ProcessFrame
      process={context.frame}
      active="assessments"
      title={title}
      trail={[
        { label: t('assessment.round', { round: assessment.round }), href: base },
        { label: t('assessment.results.link') },
      ]}
    >
      <div class="grid">
        <SummaryCard
          label={t('assessment.field.overall')}
          value={result.overall === null ? '—' : i18n.number(result.overall)}
          unit={result.overall === null ? t('assessment.result.noScore') : t('assessment.result.unit')}
        />
        <SummaryCard
          label={t('assessment.field.answered')}
          value={i18n.number(result.answered)}
          unit={t('assessment.result.ofTotal', { total: result.total })}
        />
        <SummaryCard label={t('assessment.field.gaps')} value={i18n.number(result.gaps.length)} />
      </div>
      <figure class="chart">
        {raw(props.chart)}
        <figcaption class="small muted">
          {t('assessment.chart.caption', {
            round: assessment.round,
            date: i18n.date(assessment.updatedAt),
          })}
        </figcaption>
      </figure>
      <details class="chart-data">
        <summary>{t('assessment.chart.table')}</summary>
        <AreaTable areas={result.areas} />
      </details>
      <ul class="inline-list downloads">
        <li>
          <a href={`${base}/areas.csv`} download>
            {t('assessment.download.areasCsv')}
          </a>
        </li>
        <li>
          <a href={`${base}/results.csv`} download>
            {t('assessment.download.itemsCsv')}
          </a>
        </li>
        <li>
          <a href={`${base}/results.xlsx`} download>
            {t('assessment.download.xlsx')}
          </a>
        </li>
        {props.earlier[0] !== undefined ? (
          <li>
            <a
              href={`/processes/${context.process.id}/assessments/compare?from=${props.earlier[0]}&to=${assessment.round}`}
            >
              {t('assessment.compare.link', { from: props.earlier[0], to: assessment.round })}
            </a>
          </li>
        ) : null}
      </ul>
      <h3>{t('assessment.gaps.title')}</h3>
      <p>{t('assessment.gaps.lead')}</p>
      {result.gaps.length === 0 ? (
        <EmptyState
          message={t(result.answered === 0 ? 'assessment.gaps.notScored' : 'assessment.gaps.none')}
        />
      ) : (
        [...groups.values()].map((gaps) => (
          <section aria-labelledby={`area-${gaps[0]!.id}`}>
            <h4 id={`area-${gaps[0]!.id}`} dir="auto">
              {gaps[0]!.area.label} <span class="muted small">({i18n.number(gaps.length)})</span>
            </h4>
            <ul class="assessment-gaps">
              {gaps.map((gap) => (
                <Gap item={gap} base={base} canMakeActions={props.canMakeActions} />
              ))}
            </ul>
          </section>
        ))
      )}
      <p class="muted small">{t('assessment.result.method')}</p>
    </ProcessFrame>
  );
}
