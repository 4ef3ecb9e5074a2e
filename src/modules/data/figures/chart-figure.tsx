import { raw } from 'hono/html';
import { NO_DATA_FILL, NO_DATA_HATCH } from '../../../charts/index.ts';
import { useT } from '../../../web/view-context.ts';
import type { FigureModel } from './figure.ts';

function Swatch({ colour, pattern }: { colour: string; pattern?: 'hatch' }) {
  return (
    <svg class="chart__swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
      <rect
        width="14"
        height="14"
        fill={pattern ? NO_DATA_FILL : colour}
        stroke={NO_DATA_HATCH}
        stroke-width="0.5"
      />
      {pattern ? (
        <path d="M0 14L14 0M-4 4L4 -4M10 18L18 10" stroke={NO_DATA_HATCH} stroke-width="1.5" />
      ) : null}
    </svg>
  );
}

/**
 * A chart or map with its title, unit, source and years under it, a data table in a
 * details/summary, and a CSV link. With no data: a sentence saying so, never an empty axis.
 */
export function ChartFigure({ figure, level = 3 }: { figure: FigureModel; level?: 2 | 3 }) {
  const { t } = useT();
  const Heading = level === 2 ? 'h2' : 'h3';
  if (!figure.svg) {
    return (
      <section
        class="chart chart--empty"
        id={`figure-${figure.id}`}
        aria-labelledby={`figure-${figure.id}-title`}
      >
        <Heading class="chart__title" id={`figure-${figure.id}-title`}>
          {figure.title}
        </Heading>
        <p class="empty-state">{figure.emptyText}</p>
      </section>
    );
  }
  return (
    <figure class="chart" id={`figure-${figure.id}`}>
      <figcaption>
        <Heading class="chart__title">{figure.title}</Heading>
      </figcaption>
      {figure.legend ? (
        <ul class="chart__key">
          {figure.legend.map((item) => (
            <li>
              <Swatch colour={item.colour} pattern={item.pattern} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div class={figure.overTime ? 'chart__frame chart__frame--time' : 'chart__frame'}>
        {raw(figure.svg)}
      </div>
      <p class="chart__meta">
        <span>{t('data.chart.unit', { unit: figure.unit })}</span>
        <span>{t('data.chart.source', { source: figure.source })}</span>
        <span>{t('data.chart.years', { years: figure.years })}</span>
      </p>
      <details class="chart__data">
        <summary>{t('data.chart.showTable')}</summary>
        <div class="table-wrap">
          <table>
            <caption>{figure.title}</caption>
            <thead>
              <tr>
                {figure.table.columns.map((c) => (
                  <th scope="col" class={c.numeric ? 'num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figure.table.rows.map((row) => (
                <tr>
                  {row.map((value, i) =>
                    i === 0 ? (
                      <th scope="row">{value}</th>
                    ) : (
                      <td class={figure.table.columns[i]?.numeric ? 'num' : undefined}>{value}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p class="chart__download">
        <a href={figure.csvHref} download>
          {t('data.chart.csv', { title: figure.title })}
        </a>
      </p>
    </figure>
  );
}
