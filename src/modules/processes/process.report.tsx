import type { Translator } from '../../i18n/translator.ts';
import { useT } from '../../web/view-context.ts';
import type { ProcessReportProvider, ProcessReportSection } from '../manifest.ts';
import { findBody, listBodyMembers, listGovernmentMap } from './body.repository.ts';
import { GovernmentMatrix } from './body.views.tsx';
import { type Body, presentBody, presentStage, type Stage } from './process.presenter.ts';
import { GOVERNMENT_LEVELS } from './process.table.ts';
import { listDeliverables, listStages } from './stage.repository.ts';
import { DateRange, StageStatusTag } from './workspace.views.tsx';

/** "1 Mar 2013 – 30 Jun 2013", "From …", "Until …" or "No dates yet", as plain text for the PDF. */
function datesText(i18n: Translator, start: string | null, end: string | null): string {
  if (start && end) return i18n.t('process.dates.range', { start: i18n.date(start), end: i18n.date(end) });
  if (start) return i18n.t('process.dates.from', { start: i18n.date(start) });
  if (end) return i18n.t('process.dates.until', { end: i18n.date(end) });
  return i18n.t('process.dates.none');
}

/** The six stages with their status, dates, deliverables and notes, read-only. */
function StagesReport({ stages }: { stages: Stage[] }) {
  const { t } = useT();
  if (stages.length === 0) return <p class="muted">{t('stage.none')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('stage.report.stage')}</th>
            <th scope="col">{t('stage.field.status')}</th>
            <th scope="col">{t('stage.field.dates')}</th>
            <th scope="col">{t('stage.deliverables')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr>
              <th scope="row">
                {t('stage.numbered', { number: stage.position, name: stage.name })}
                {stage.notes ? (
                  <p class="small muted prewrap" dir="auto">
                    {stage.notes}
                  </p>
                ) : null}
              </th>
              <td>
                <StageStatusTag status={stage.status} />
              </td>
              <td>
                <DateRange start={stage.startDate} end={stage.endDate} />
              </td>
              <td>
                {stage.deliverables.length === 0 ? (
                  <span class="muted">{t('stage.deliverables.none')}</span>
                ) : (
                  <ul class="plain-list">
                    {stage.deliverables.map((d) => (
                      <li dir="auto">
                        {d.url ? (
                          <a href={d.url} rel="noopener noreferrer nofollow">
                            {d.title}
                          </a>
                        ) : (
                          d.title
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The coordinating body, its members and the whole-of-government map, read-only. */
function BodyReport({ body }: { body: Body }) {
  const { t } = useT();
  if (!body.name) return <p class="muted">{t('body.notSetUp')}</p>;
  return (
    <>
      <dl class="details">
        <dt>{t('body.field.name')}</dt>
        <dd dir="auto">{body.name}</dd>
        {body.kind ? (
          <>
            <dt>{t('body.field.kind')}</dt>
            <dd>{t(`body.kind.${body.kind}`)}</dd>
          </>
        ) : null}
        {body.mandate ? (
          <>
            <dt>{t('body.field.mandate')}</dt>
            <dd class="prewrap" dir="auto">
              {body.mandate}
            </dd>
          </>
        ) : null}
      </dl>
      <h4>{t('body.members.title')}</h4>
      {body.members.length === 0 ? (
        <p class="muted">{t('body.members.empty')}</p>
      ) : (
        <ul>
          {body.members.map((m) => (
            <li>
              <span dir="auto">{m.organisation.name}</span> ({t(`body.role.${m.role}`)})
            </li>
          ))}
        </ul>
      )}
      <h4>{t('body.map.title')}</h4>
      <GovernmentMatrix rows={body.government} />
    </>
  );
}

function stageRows(i18n: Translator, stages: Stage[]): Record<string, string>[] {
  const { t } = i18n;
  return stages.map((stage) => ({
    [t('stage.report.stage')]: t('stage.numbered', { number: stage.position, name: stage.name }),
    [t('stage.field.status')]: t(`stage.status.${stage.status}`),
    [t('stage.field.dates')]: datesText(i18n, stage.startDate, stage.endDate),
    [t('stage.deliverables')]: stage.deliverables
      .map((d) => (d.url ? `${d.title} (${d.url})` : d.title))
      .join('; '),
    [t('stage.field.notes')]: stage.notes ?? '',
  }));
}

function bodyRows(i18n: Translator, body: Body): Record<string, string>[] {
  const { t } = i18n;
  if (!body.name) return [];
  const levels = (row: Body['government'][number]) =>
    Object.fromEntries(
      GOVERNMENT_LEVELS.map((level) => [
        t(`body.level.${level}`),
        row[level].takesPart
          ? [t('body.map.takesPart'), row[level].note].filter(Boolean).join(': ')
          : t('body.map.notInvolved'),
      ]),
    );
  return [
    {
      [t('body.field.name')]: body.name,
      [t('body.field.kind')]: body.kind ? t(`body.kind.${body.kind}`) : '',
      [t('body.field.mandate')]: body.mandate ?? '',
      [t('body.members.title')]: body.members
        .map((m) => `${m.organisation.name} (${t(`body.role.${m.role}`)})`)
        .join('; '),
    },
    ...body.government.map((row) => ({ [t('body.map.ministry')]: row.name, ...levels(row) })),
  ];
}

/**
 * The process report's first two sections: where each stage stands, and the coordinating body
 * with its whole-of-government map. Both always appear, saying so when nothing is recorded.
 */
export const processReportSections: ProcessReportProvider = async (db, process, _actor, i18n) => {
  const [stageList, bodyRow, members, government] = await Promise.all([
    listStages(db.kysely, process.id),
    findBody(db.kysely, process.id),
    listBodyMembers(db.kysely, process.id),
    listGovernmentMap(db.kysely, process.id),
  ]);
  const deliverables = await listDeliverables(
    db.kysely,
    stageList.map((s) => s.id),
  );
  const stages = stageList.map((s) => presentStage(s, deliverables, i18n));
  const body = presentBody(bodyRow, members, government);
  const sections: ProcessReportSection[] = [
    {
      order: 10,
      titleKey: 'stage.list.title',
      node: <StagesReport stages={stages} />,
      rows: stageRows(i18n, stages),
      empty: i18n.t('stage.none'),
    },
    {
      order: 20,
      titleKey: 'body.title',
      node: <BodyReport body={body} />,
      rows: bodyRows(i18n, body),
      empty: i18n.t('body.notSetUp'),
    },
  ];
  return sections;
};
