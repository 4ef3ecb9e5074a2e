import type { Translator } from '../../i18n/translator.ts';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import type { Process, Stage } from './process.presenter.ts';
import type { StageStatus } from './process.table.ts';
import { placeText } from './process-frame.tsx';

/** "Moldova" or "Chișinău (city), Moldova": where a process sits. */
export function processPlace(process: Process, t: Translator['t']) {
  return placeText(t, process.country.name, process.area);
}

export const STATUS_TONES: Record<StageStatus, TagTone> = {
  'not-started': 'neutral',
  'in-progress': 'info',
  completed: 'success',
  'on-hold': 'warning',
};

export function StageStatusTag({ status }: { status: StageStatus }) {
  const { t } = useT();
  return <Tag label={t(`stage.status.${status}`)} tone={STATUS_TONES[status]} />;
}

/** "1 Mar 2013 – 30 Jun 2013", "From 1 Mar 2013", "Until …", or "No dates yet". */
export function DateRange({ start, end }: { start: string | null; end: string | null }) {
  const i18n = useT();
  if (start && end)
    return <>{i18n.t('process.dates.range', { start: i18n.date(start), end: i18n.date(end) })}</>;
  if (start) return <>{i18n.t('process.dates.from', { start: i18n.date(start) })}</>;
  if (end) return <>{i18n.t('process.dates.until', { end: i18n.date(end) })}</>;
  return <span class="muted">{i18n.t('process.dates.none')}</span>;
}

/**
 * Where the process stands: the six stages as a timeline, horizontal on wide screens and vertical
 * on phones (CSS), flowing right to left in Arabic since it is built on logical properties.
 */
export function StageTimeline({ processId, stages }: { processId: string; stages: Stage[] }) {
  const { t } = useT();
  if (stages.length === 0) return <p class="muted">{t('stage.none')}</p>;
  return (
    <ol class="stage-timeline">
      {stages.map((stage) => (
        <li class={`stage-timeline__item stage-timeline__item--${stage.status}`}>
          <span class="stage-timeline__marker" aria-hidden="true">
            {stage.status === 'completed' ? '✓' : String(stage.position)}
          </span>
          <div class="stage-timeline__body">
            <a class="stage-timeline__name" href={`/processes/${processId}/stages/${stage.id}`}>
              <span class="visually-hidden">{t('stage.number', { number: stage.position })} </span>
              {stage.name}
            </a>
            <StageStatusTag status={stage.status} />
            <p class="stage-timeline__dates">
              <DateRange start={stage.startDate} end={stage.endDate} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The stage the process is at: the first in progress, else the first not completed. */
export function currentStage(stages: Stage[]): Stage | undefined {
  return (
    stages.find((s) => s.status === 'in-progress') ??
    stages.find((s) => s.status === 'on-hold') ??
    stages.find((s) => s.status !== 'completed')
  );
}
