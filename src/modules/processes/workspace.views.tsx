import type { Child } from 'hono/jsx';
import type { Crumb } from '../../web/components/breadcrumbs.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT, useView } from '../../web/view-context.ts';
import type { ProcessTab } from '../manifest.ts';
import { can } from './process.policy.ts';
import type { Process, Stage } from './process.presenter.ts';
import type { StageStatus } from './process.table.ts';

/** "Moldova" or "Chișinău (city), Moldova": where a process sits. */
export function processPlace(process: Process, t: (key: string, values?: Record<string, string>) => string) {
  return process.area
    ? t('process.place.local', {
        area: process.area.name,
        level: t(`process.areaLevel.${process.area.level}`),
        country: process.country.name,
      })
    : process.country.name;
}

/** The workspace's tab bar: plain links, one marked current; modules add their own tabs. */
export function ProcessTabs({
  process,
  tabs,
  current,
}: {
  process: Process;
  tabs: ProcessTab[];
  current: string;
}) {
  const { i18n, actor } = useView();
  const shown = tabs.filter((tab) => can(actor, tab.requires ?? 'view', process, process.role));
  return (
    <nav aria-label={i18n.t('process.tabs.label')}>
      <ul class="tabs">
        {shown.map((tab) => (
          <li>
            <a href={tab.path(process.id)} aria-current={tab.key === current ? 'page' : undefined}>
              {i18n.t(tab.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A page of the process workspace: breadcrumbs, the process as heading (its place as caption),
 * the tab bar, then the page. `title` names the page for the browser tab and breadcrumbs.
 */
export function ProcessLayout({
  process,
  tabs,
  current,
  title,
  actions,
  children,
}: {
  process: Process;
  tabs: ProcessTab[];
  current: string;
  title?: string;
  actions?: Child;
  children?: Child;
}) {
  const { t } = useT();
  const crumbs: Crumb[] = [
    { label: t('process.list.title'), href: '/processes' },
    title ? { label: process.title, href: `/processes/${process.id}` } : { label: process.title },
  ];
  if (title) crumbs.push({ label: title });
  return (
    <Layout title={title ? `${title} · ${process.title}` : process.title} breadcrumbs={crumbs}>
      <PageHeading title={process.title} caption={processPlace(process, t)} actions={actions} />
      {process.visibility === 'private' ? (
        <p>
          <Tag label={t('process.visibility.private')} tone="warning" />{' '}
          <span class="muted">{t('process.visibility.privateHint')}</span>
        </p>
      ) : null}
      <ProcessTabs process={process} tabs={tabs} current={current} />
      {children}
    </Layout>
  );
}

/** A plain page about a process that is not a tab (forms, confirmations): caption and h1. */
export function ProcessFormLayout({
  process,
  title,
  parent,
  children,
}: {
  process: Process;
  title: string;
  /** The workspace page this form belongs to, for the breadcrumbs. */
  parent?: { label: string; href: string };
  children?: Child;
}) {
  const { t } = useT();
  const crumbs: Crumb[] = [
    { label: t('process.list.title'), href: '/processes' },
    { label: process.title, href: `/processes/${process.id}` },
  ];
  if (parent) crumbs.push(parent);
  crumbs.push({ label: title });
  return (
    <Layout title={`${title} · ${process.title}`} breadcrumbs={crumbs}>
      {children}
    </Layout>
  );
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
