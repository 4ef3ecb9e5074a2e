import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { Action } from './action.presenter.ts';
import { ActionStatusTags, DateText, ProgressBar } from './monitoring.components.tsx';

const WIDTH = 960;
const LABEL_WIDTH = 300;
const GAP = 12;
const ROW = 30;
const AXIS = 44;
const BAR = 14;
const DAY = 86_400_000;

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where each action's bar goes: a pure function, so the layout can be tested without rendering. */
export function timelineLayout(actions: Action[], today: string, dir: 'ltr' | 'rtl') {
  const dated = actions.filter(
    (a): a is Action & { startDate: string; endDate: string } => !!a.startDate && !!a.endDate,
  );
  if (dated.length === 0) return null;
  const first = Math.min(...dated.map((a) => ms(a.startDate)));
  const last = Math.max(...dated.map((a) => ms(a.endDate))) + DAY;
  const span = Math.max(last - first, DAY);
  const from = first - span * 0.02;
  const to = last + span * 0.02;
  const chartStart = dir === 'ltr' ? LABEL_WIDTH + GAP : GAP;
  const chartWidth = WIDTH - LABEL_WIDTH - 2 * GAP;
  // Right to left, time runs from right to left: the earliest date sits on the right.
  const x = (t: number) => {
    const share = (t - from) / (to - from);
    return chartStart + (dir === 'ltr' ? share : 1 - share) * chartWidth;
  };
  const bars = dated.map((action, row) => {
    const a = x(ms(action.startDate));
    const b = x(ms(action.endDate) + DAY);
    return {
      action,
      row,
      x: Math.min(a, b),
      width: Math.max(2, Math.abs(b - a)),
      y: AXIS + row * ROW + (ROW - BAR) / 2,
    };
  });
  const firstYear = new Date(from).getUTCFullYear() + 1;
  const lastYear = new Date(to).getUTCFullYear();
  const years = lastYear - firstYear + 1;
  const step = years > 24 ? 5 : years > 12 ? 2 : 1;
  const ticks: { year: number; x: number }[] = [];
  for (let year = firstYear; year <= lastYear; year += step) ticks.push({ year, x: x(Date.UTC(year, 0, 1)) });
  const now = ms(today);
  return {
    bars,
    ticks,
    today: now >= from && now <= to ? x(now) : null,
    height: AXIS + dated.length * ROW + 8,
    labelX: dir === 'ltr' ? 8 : WIDTH - 8,
    chartStart,
    chartWidth,
  };
}

/** The timeline: one bar per dated action from start to end, with a line for today. */
function TimelineSvg({ actions, today }: { actions: Action[]; today: string }) {
  const i18n = useT();
  const { t } = i18n;
  const layout = timelineLayout(actions, today, i18n.dir);
  if (!layout) return null;
  const overdue = layout.bars.filter((b) => b.action.overdue).length;
  const description = t('action.timeline.description', {
    count: layout.bars.length,
    start: i18n.date(layout.bars.map((b) => b.action.startDate).sort()[0]!, 'long'),
    end: i18n.date(
      layout.bars
        .map((b) => b.action.endDate)
        .sort()
        .at(-1)!,
      'long',
    ),
    overdue,
  });
  const rtl = i18n.dir === 'rtl';
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="timeline__svg"
      viewBox={`0 0 ${WIDTH} ${layout.height}`}
      role="img"
      aria-labelledby="timeline-svg-title timeline-svg-desc"
    >
      <title id="timeline-svg-title">{t('action.timeline.title')}</title>
      <desc id="timeline-svg-desc">{description}</desc>
      <defs>
        <pattern
          id="timeline-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" class="timeline__hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" class="timeline__hatch-line" />
        </pattern>
      </defs>
      {layout.ticks.map((tick) => (
        <g class="timeline__tick">
          <line
            x1={tick.x.toFixed(1)}
            x2={tick.x.toFixed(1)}
            y1={String(AXIS - 16)}
            y2={String(layout.height)}
          />
          <text
            x={(tick.x + (rtl ? -4 : 4)).toFixed(1)}
            y={String(AXIS - 18)}
            text-anchor={rtl ? 'end' : 'start'}
            direction="ltr"
          >
            {String(tick.year)}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) => {
        const label = shorten(bar.action.title, 40);
        const endX = rtl ? bar.x - 6 : bar.x + bar.width + 6;
        const fitsAfter = rtl
          ? bar.x > layout.chartStart + 70
          : bar.x + bar.width < layout.chartStart + layout.chartWidth - 70;
        return (
          <g class={`timeline__row timeline__row--${bar.action.status}`}>
            <title>
              {`${bar.action.title}: ${i18n.date(bar.action.startDate!, 'medium')} – ${i18n.date(bar.action.endDate!, 'medium')}, ${t(`action.status.${bar.action.status}`)}${bar.action.overdue ? `, ${t('action.overdue')}` : ''}`}
            </title>
            <text
              x={String(layout.labelX)}
              y={(bar.y + BAR - 2).toFixed(1)}
              class="timeline__label"
              direction={i18n.dir}
              text-anchor="start"
            >
              {label}
            </text>
            <rect
              x={bar.x.toFixed(1)}
              y={bar.y.toFixed(1)}
              width={bar.width.toFixed(1)}
              height={String(BAR)}
              rx="2"
              class={bar.action.overdue ? 'timeline__bar timeline__bar--overdue' : 'timeline__bar'}
            />
            {bar.action.progress > 0 && bar.action.status !== 'cancelled' ? (
              <rect
                x={(rtl ? bar.x + bar.width * (1 - bar.action.progress / 100) : bar.x).toFixed(1)}
                y={(bar.y + BAR - 4).toFixed(1)}
                width={((bar.width * bar.action.progress) / 100).toFixed(1)}
                height="4"
                class="timeline__done"
              />
            ) : null}
            {bar.action.overdue ? (
              <text
                x={(fitsAfter ? endX : rtl ? bar.x + bar.width + 6 : bar.x - 6).toFixed(1)}
                y={(bar.y + BAR - 2).toFixed(1)}
                class="timeline__overdue"
                direction={i18n.dir}
                text-anchor={fitsAfter ? 'start' : 'end'}
              >
                {t('action.overdue')}
              </text>
            ) : null}
          </g>
        );
      })}
      {layout.today !== null ? (
        <g class="timeline__today">
          <line x1={layout.today.toFixed(1)} x2={layout.today.toFixed(1)} y1="4" y2={String(layout.height)} />
          <text
            x={(layout.today + (rtl ? -4 : 4)).toFixed(1)}
            y="12"
            direction={i18n.dir}
            text-anchor="start"
          >
            {t('action.timeline.today')}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

export function ActionTimelinePage({
  context,
  actions,
  today,
}: {
  context: ProcessSpace;
  actions: Action[];
  today: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/actions`;
  const dated = actions.filter((a) => a.startDate && a.endDate);
  const undated = actions.filter((a) => !a.startDate || !a.endDate);
  return (
    <ProcessFrame
      process={context.frame}
      active="actions"
      title={t('action.timeline.title')}
      trail={[{ label: t('action.timeline.title') }]}
    >
      {dated.length === 0 ? (
        <p>{t('action.timeline.empty')}</p>
      ) : (
        <figure class="timeline">
          <div class="timeline__frame">
            <TimelineSvg actions={actions} today={today} />
          </div>
          <figcaption class="muted">
            {t('action.timeline.caption', { today: i18n.date(today, 'long') })}
          </figcaption>
          <details class="timeline__table" open>
            <summary>{t('action.timeline.tableSummary')}</summary>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t('action.timeline.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('action.field.title')}</th>
                    <th scope="col">{t('action.field.startDate')}</th>
                    <th scope="col">{t('action.field.endDate')}</th>
                    <th scope="col">{t('action.field.status')}</th>
                    <th scope="col">{t('action.field.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dated.map((action) => (
                    <tr>
                      <td>
                        <a href={`${base}/${action.id}`} dir="auto">
                          {action.title}
                        </a>
                      </td>
                      <td>
                        <DateText iso={action.startDate} />
                      </td>
                      <td>
                        <DateText iso={action.endDate} />
                      </td>
                      <td>
                        <ActionStatusTags status={action.status} overdue={action.overdue} />
                      </td>
                      <td>
                        <ProgressBar percent={action.progress} label={action.title} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
      {undated.length > 0 ? (
        <section aria-labelledby="undated-title">
          <h3 id="undated-title">{t('action.timeline.undated', { count: undated.length })}</h3>
          <ul>
            {undated.map((action) => (
              <li>
                <a href={`${base}/${action.id}`} dir="auto">
                  {action.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={base}>{t('action.backToList')}</a>
      </p>
    </ProcessFrame>
  );
}
