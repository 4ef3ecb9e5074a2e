import { EmptyState } from '../../web/components/empty-state.tsx';
import { SelectField } from '../../web/components/form.tsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { ErrorSummary } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { AreaChange, ChangeKind, Comparison, ItemChange } from './assessment.results.ts';
import { ScoreTag, Shown } from './shared.views.tsx';

const TONES: Record<ChangeKind, TagTone> = {
  improved: 'success',
  slipped: 'error',
  'still-open': 'warning',
  unchanged: 'neutral',
  new: 'info',
  dropped: 'neutral',
  'not-compared': 'neutral',
};

/** The change of one item or the count of a kind of change, always in words. */
export function ChangeTag({ change }: { change: ChangeKind }) {
  const { t } = useT();
  return <Tag label={t(`assessment.change.${change}`)} tone={TONES[change]} />;
}

function Delta({ area }: { area: AreaChange }) {
  const { t, number } = useT();
  if (area.delta === null) return <span class="muted">—</span>;
  if (area.delta === 0) return <span>{t('assessment.compare.noChange')}</span>;
  const text = area.delta > 0 ? `+${number(area.delta)}` : `−${number(-area.delta)}`;
  return <span class="figure ltr">{text}</span>;
}

function ItemRow({ change }: { change: ItemChange }) {
  const item = change.to ?? change.from!;
  return (
    <tr>
      <td>
        <Shown text={item.question} />
      </td>
      <td>{change.from ? <ScoreTag score={change.from.score} /> : '—'}</td>
      <td>{change.to ? <ScoreTag score={change.to.score} /> : '—'}</td>
      <td>
        <ChangeTag change={change.change} />
      </td>
    </tr>
  );
}

/** Two rounds side by side: what improved, what slipped, what is still open. */
export function ComparePage({
  context,
  rounds,
  from,
  to,
  comparison,
  error,
}: {
  context: ProcessSpace;
  rounds: number[];
  from: number | null;
  to: number | null;
  comparison: Comparison | null;
  error?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/assessments`;
  const title = t('assessment.compare.title');
  const options = rounds.map((r) => ({ value: String(r), label: t('assessment.round', { round: r }) }));
  const summary: ChangeKind[] = [
    'improved',
    'slipped',
    'still-open',
    'unchanged',
    'new',
    'dropped',
    'not-compared',
  ];
  return (
    <ProcessFrame process={context.frame} active="assessments" title={title} trail={[{ label: title }]}>
      <p class="lead">{t('assessment.compare.lead')}</p>
      {rounds.length < 2 ? (
        <EmptyState message={t('assessment.compare.needTwo')} />
      ) : (
        <form method="get" action={`${base}/compare`} class="form filters">
          <ErrorSummary errors={error ? { to: error } : {}} />
          <div class="inline-fields">
            <SelectField
              name="from"
              label={t('assessment.compare.from')}
              value={from === null ? '' : String(from)}
              options={options}
            />
            <SelectField
              name="to"
              label={t('assessment.compare.to')}
              value={to === null ? '' : String(to)}
              options={options}
              error={error}
            />
          </div>
          <button type="submit" class="button button--secondary">
            {t('assessment.compare.submit')}
          </button>
        </form>
      )}
      {comparison && from !== null && to !== null ? (
        <>
          <h2>{t('assessment.compare.summary', { from, to })}</h2>
          <ul class="inline-list change-counts">
            {summary
              .filter(
                (kind) => comparison.counts[kind] > 0 || ['improved', 'slipped', 'still-open'].includes(kind),
              )
              .map((kind) => (
                <li>
                  <ChangeTag change={kind} />{' '}
                  <span class="figure">{i18n.number(comparison.counts[kind])}</span>
                </li>
              ))}
          </ul>
          <h2>{t('assessment.compare.byArea')}</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('assessment.field.area')}</th>
                  <th scope="col" class="num">
                    {t('assessment.round', { round: from })}
                  </th>
                  <th scope="col" class="num">
                    {t('assessment.round', { round: to })}
                  </th>
                  <th scope="col" class="num">
                    {t('assessment.compare.change')}
                  </th>
                  <th scope="col">{t('assessment.compare.items')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.areas.map((area) => (
                  <tr>
                    <th scope="row" dir="auto">
                      {area.label}
                    </th>
                    <td class="num">{area.from === null ? '—' : i18n.number(area.from)}</td>
                    <td class="num">{area.to === null ? '—' : i18n.number(area.to)}</td>
                    <td class="num">
                      <Delta area={area} />
                    </td>
                    <td>
                      {summary
                        .filter((kind) => area.counts[kind] > 0)
                        .map((kind) =>
                          t('assessment.compare.count', {
                            count: area.counts[kind],
                            kind: t(`assessment.change.${kind}`),
                          }),
                        )
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('assessment.compare.byItem')}</h2>
          {comparison.areas.map((area) => (
            <section aria-labelledby={`compare-${area.key.replace(/[^a-z0-9-]/g, '-')}`}>
              <h3 id={`compare-${area.key.replace(/[^a-z0-9-]/g, '-')}`} dir="auto">
                {area.label}
              </h3>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('checklist.field.question')}</th>
                      <th scope="col">{t('assessment.round', { round: from })}</th>
                      <th scope="col">{t('assessment.round', { round: to })}</th>
                      <th scope="col">{t('assessment.compare.change')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.items
                      .filter((c) => c.area.key === area.key)
                      .map((c) => (
                        <ItemRow change={c} />
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      ) : null}
    </ProcessFrame>
  );
}
