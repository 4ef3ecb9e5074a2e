import type { Child } from 'hono/jsx';
import type { Crumb } from '../../web/components/breadcrumbs.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useView } from '../../web/view-context.ts';
import type { ModuleManifest, ProcessTab } from '../manifest.ts';
import { can } from './process.policy.ts';
import type { ProcessRole } from './process.table.ts';

/** The overview tab, owned by the processes module; other modules add theirs through the manifest. */
const OVERVIEW: ProcessTab = {
  key: 'overview',
  labelKey: 'process.tab.overview',
  path: (id) => `/processes/${id}`,
  order: 0,
};

/** Every workspace tab, in order: the overview first, then each module's. */
export function processTabs(manifests: readonly ModuleManifest[]): ProcessTab[] {
  return [OVERVIEW, ...manifests.flatMap((m) => m.processTabs ?? [])].sort((a, b) => a.order - b.order);
}

export interface ProcessFrameProps {
  process: {
    id: string;
    title: string;
    countryName: string;
    areaName?: string | null;
    /** Needed to hide tabs the actor may not use (members, settings); public when omitted. */
    visibility?: 'public' | 'private';
    role?: ProcessRole | null;
  };
  tabs: ProcessTab[];
  /** The key of the current tab. */
  active: string;
  /** The page's own title, when it is not the tab itself (a stage, one assessment…). */
  title?: string;
  /** Crumbs after the process itself. */
  trail?: Crumb[];
  actions?: Child;
  children?: Child;
}

/**
 * The frame of every page inside a process: breadcrumbs, the process title with its country, and
 * the workspace tabs as plain links (DESIGN.md: tabs that are plain links).
 */
export function ProcessFrame({
  process,
  tabs,
  active,
  title,
  trail = [],
  actions,
  children,
}: ProcessFrameProps) {
  const { i18n, actor } = useView();
  const { t } = i18n;
  const shown = tabs.filter((tab) =>
    can(actor, tab.requires ?? 'view', { visibility: process.visibility ?? 'public' }, process.role ?? null),
  );
  const activeTab = tabs.find((tab) => tab.key === active);
  const pageTitle = title ?? (activeTab && active !== 'overview' ? t(activeTab.labelKey) : process.title);
  const caption = process.areaName ? `${process.areaName}, ${process.countryName}` : process.countryName;
  return (
    <Layout
      title={pageTitle === process.title ? process.title : `${pageTitle} · ${process.title}`}
      breadcrumbs={[
        { label: t('process.list.title'), href: '/processes' },
        { label: process.title, href: `/processes/${process.id}` },
        ...(activeTab && active !== 'overview'
          ? [{ label: t(activeTab.labelKey), href: activeTab.path(process.id) }]
          : []),
        ...trail,
      ]}
    >
      <PageHeading title={process.title} caption={caption} actions={actions} />
      <nav aria-label={t('process.tabs.label')}>
        <ul class="tabs">
          {shown.map((tab) => (
            <li>
              <a href={tab.path(process.id)} aria-current={tab.key === active ? 'page' : undefined}>
                {t(tab.labelKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {title && title !== process.title ? <h2>{title}</h2> : null}
      {children}
    </Layout>
  );
}
