import type { Translator } from '../../i18n/translator.ts';
import type { ProcessReportProvider, ProcessReportSection } from '../../module-kit/manifest.ts';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { findBody, listBodyMembers, listGovernmentMap } from './body.repository.ts';
import { GovernmentMatrix } from './body.views.tsx';
import { type Body, presentBody, presentStage, type Stage } from './process.presenter.ts';
import { GOVERNMENT_LEVELS, type StageStatus } from './process.table.ts';
import { listDeliverables, listStages } from './stage.repository.ts';

const TONES: Record<StageStatus, TagTone> = {
  'not-started': 'neutral',
  'in-progress': 'info',
  completed: 'success',
  'on-hold': 'warning',
};

/** "1 March 2013 to 30 June 2013", "From …", "Until …", or "" without dates. */
function dates(i18n: Translator, stage: Stage): string {
  const { startDate: start, endDate: end } = stage;
  if (start && end) return i18n.t('process.dates.range', { start: i18n.date(start), end: i18n.date(end) });
  if (start) return i18n.t('process.dates.from', { start: i18n.date(start) });
  if (end) return i18n.t('process.dates.until', { end: i18n.date(end) });
  return '';
}

function stagesSection(stages: Stage[], i18n: Translator): ProcessReportSection {
  const { t } = i18n;
  return {
    order: 10,
    titleKey: 'process.tab.stages',
    node: (
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('process.tab.stages')}</th>
              <th scope="col">{t('stage.field.status')}</th>
              <th scope="col">{t('stage.field.dates')}</th>
              <th scope="col">{t('stage.field.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage) => (
              <tr>
                <th scope="row">
                  {stage.position}. {stage.name}
                </th>
                <td>
                  <Tag label={t(`stage.status.${stage.status}`)} tone={TONES[stage.status]} />
                </td>
                <td>{dates(i18n, stage) || <span class="muted">{t('process.dates.none')}</span>}</td>
                <td class="prewrap" dir="auto">
                  {stage.notes}
                  {stage.deliverables.length > 0 ? (
                    <ul>
                      {stage.deliverables.map((d) => (
                        <li dir="auto">{d.url ? <a href={d.url}>{d.title}</a> : d.title}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ),
    rows: stages.map((stage) => ({
      [t('process.tab.stages')]: `${stage.position}. ${stage.name}`,
      [t('stage.field.status')]: t(`stage.status.${stage.status}`),
      [t('stage.field.dates')]: dates(i18n, stage),
      [t('stage.field.notes')]: stage.notes ?? '',
      [t('stage.deliverables')]: stage.deliverables.map((d) => d.title).join('; '),
    })),
    empty: t('stage.none'),
  };
}

function bodySection(body: Body, i18n: Translator): ProcessReportSection {
  const { t } = i18n;
  const levels = (row: Body['government'][number]) =>
    GOVERNMENT_LEVELS.filter((level) => row[level].takesPart)
      .map((level) =>
        row[level].note ? `${t(`body.level.${level}`)} (${row[level].note})` : t(`body.level.${level}`),
      )
      .join('; ');
  return {
    order: 20,
    titleKey: 'body.title',
    node:
      !body.name && body.members.length === 0 && body.government.length === 0 ? (
        <p class="muted">{t('body.notSetUp')}</p>
      ) : (
        <>
          {body.name ? (
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
          ) : null}
          {body.members.length > 0 ? (
            <>
              <h4>{t('body.members.title')}</h4>
              <ul>
                {body.members.map((m) => (
                  <li>
                    {m.organisation.name}: {t(`body.role.${m.role}`)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {body.government.length > 0 ? (
            <>
              <h4>{t('body.map.title')}</h4>
              <GovernmentMatrix rows={body.government} />
            </>
          ) : null}
        </>
      ),
    rows: [
      ...(body.name
        ? [
            {
              [t('body.field.name')]: body.name,
              [t('body.field.kind')]: body.kind ? t(`body.kind.${body.kind}`) : '',
              [t('body.field.mandate')]: body.mandate ?? '',
            },
          ]
        : []),
      ...body.members.map((m) => ({
        [t('body.members.organisation')]: m.organisation.name,
        [t('body.members.role')]: t(`body.role.${m.role}`),
      })),
      ...body.government.map((row) => ({
        [t('body.map.ministry')]: row.name,
        [t('body.map.title')]: levels(row),
      })),
    ],
    empty: t('body.notSetUp'),
  };
}

/**
 * The report's first two sections: the six stages with their status, dates, notes and
 * deliverables, and the coordinating body with its members and whole-of-government map (saying
 * so while nothing is described: the report always has every section the issue lists).
 */
export const processReportSections: ProcessReportProvider = async (db, process, _actor, i18n) => {
  const [stageRows, bodyRow, members, government] = await Promise.all([
    listStages(db.kysely, process.id),
    findBody(db.kysely, process.id),
    listBodyMembers(db.kysely, process.id),
    listGovernmentMap(db.kysely, process.id),
  ]);
  const deliverables = await listDeliverables(
    db.kysely,
    stageRows.map((s) => s.id),
  );
  const stages = stageRows.map((row) => presentStage(row, deliverables, i18n));
  const body = presentBody(bodyRow, members, government);
  return [stagesSection(stages, i18n), bodySection(body, i18n)];
};
