import type { Child } from 'hono/jsx';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { Crumb } from '../../web/components/breadcrumbs.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useView } from '../../web/view-context.ts';
import { can } from './process.policy.ts';
import type { Process } from './process.presenter.ts';
import type { AreaRow, ProcessRole, ProcessRow } from './process.table.ts';

/** What the frame of a process page shows of the process, and what decides its tabs. */
export interface FrameProcess {
  id: string;
  title: string;
  /** Where the process sits, in the reader's language: "Moldova" or "Chișinău (city), Moldova". */
  place: string;
  visibility: 'public' | 'private';
  /** The reader's role in the process (null for non-members): it decides which tabs show. */
  role: ProcessRole | null;
}

/** "Moldova", or "Chișinău (city), Moldova" for a local process. */
export function placeText(
  t: Translator['t'],
  country: string,
  area: { name: string; level: AreaRow['level'] } | null,
): string {
  return area
    ? t('process.place.local', { area: area.name, level: t(`process.areaLevel.${area.level}`), country })
    : country;
}

/** The frame of a process already presented (the processes module's own pages). */
export function frameOf(process: Process, t: Translator['t']): FrameProcess {
  return {
    id: process.id,
    title: process.title,
    place: placeText(t, process.country.name, process.area),
    visibility: process.visibility,
    role: process.role,
  };
}

/**
 * The frame of a process row, for other modules' pages: its country in the reader's language and
 * its area. Call it only after the actor was allowed to view the process (`loadProcessFor`).
 */
export async function loadFrame(
  db: Kysely<Database>,
  process: Pick<ProcessRow, 'id' | 'title' | 'country_alpha3' | 'area_id' | 'visibility'>,
  role: ProcessRole | null,
  i18n: Translator,
): Promise<FrameProcess> {
  const [country, area] = await Promise.all([
    db
      .selectFrom('countries')
      .select(['alpha2', 'name_en'])
      .where('alpha3', '=', process.country_alpha3)
      .executeTakeFirst(),
    process.area_id
      ? db.selectFrom('areas').select(['name', 'level']).where('id', '=', process.area_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const countryName =
    (country && i18n.countryName(country.alpha2)) ?? country?.name_en ?? process.country_alpha3;
  return {
    id: process.id,
    title: process.title,
    place: placeText(i18n.t, countryName, area ?? null),
    visibility: process.visibility,
    role,
  };
}

export interface ProcessFrameProps {
  process: FrameProcess;
  /** The key of the current tab (`overview`, `stages`, `actions`…). */
  active: string;
  /**
   * The page's title, shown as its heading under the tabs: a stage, one action, a form. Defaults
   * to the current tab's name; the overview has none (the process is its subject).
   */
  title?: string;
  /** Crumbs after the tab; by default the page's own title when it has one. */
  trail?: Crumb[];
  /** The page's main action (a button or link), beside its heading. */
  actions?: Child;
  children?: Child;
}

/**
 * The frame of every page inside a process, whichever module draws it, so that moving between
 * tabs feels like one workspace: breadcrumbs, the heading block (where, the process title, a tag
 * when it is private) and one tab bar built from every module's `process.tabs` (each shown only
 * to actors who may `requires` it), then the page's own heading with its main action.
 */
export function ProcessFrame({ process, active, title, trail, actions, children }: ProcessFrameProps) {
  const { i18n, actor, processTabs } = useView();
  const { t } = i18n;
  const tabs = processTabs.filter((tab) => can(actor, tab.requires ?? 'view', process, process.role));
  const tab = processTabs.find((candidate) => candidate.key === active);
  const overview = active === 'overview';
  const heading = title ?? (tab && !overview ? t(tab.labelKey) : undefined);
  const crumbs: Crumb[] = [
    { label: t('process.list.title'), href: '/processes' },
    { label: process.title, href: `/processes/${process.id}` },
  ];
  if (tab && !overview) crumbs.push({ label: t(tab.labelKey), href: tab.path(process.id) });
  const atTab = crumbs.length;
  crumbs.push(...(trail ?? (title && title !== crumbs.at(-1)?.label ? [{ label: title }] : [])));
  // The tab is the page itself at its root; on a page below it (one action, a form) it is where we are.
  const current = crumbs.length === atTab ? 'page' : 'true';
  return (
    <Layout
      title={heading ? `${heading} · ${process.title}` : process.title}
      breadcrumbs={crumbs}
      mainClass="process-page"
    >
      <div class="process-frame">
        <p class="process-frame__place">
          <span>{process.place}</span>
          {process.visibility === 'private' ? (
            <>
              {' '}
              <Tag label={t('process.visibility.private')} tone="warning" />{' '}
              <span class="process-frame__hint">{t('process.visibility.privateHint')}</span>
            </>
          ) : null}
        </p>
        <h1 class="process-frame__title" dir="auto">
          {process.title}
        </h1>
        <nav class="process-tabs" aria-label={t('process.tabs.label')}>
          <ul class="tabs">
            {tabs.map((item) => (
              <li>
                <a
                  href={item.path(process.id)}
                  aria-current={item.key === active ? current : undefined}
                  data-label={t(item.labelKey)}
                >
                  {t(item.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {heading || actions ? (
        <div class="process-frame__bar">
          {heading ? <h2 dir="auto">{heading}</h2> : <span />}
          {actions ? <div class="process-frame__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </Layout>
  );
}
