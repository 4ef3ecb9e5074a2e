import { raw } from 'hono/html';
import { directionOf, isLocale, LOCALE_NAMES, LOCALES } from '../../i18n/locales.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, SelectField, TextArea } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { SummaryCard } from '../../web/components/summary-card.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { ChartFigure } from './figures/chart-figure.tsx';
import { GAP_YEARS, type ProfileData } from './profile.data.ts';
import { buildKeyFigures, type CorridorLine, type KeyFigure, type ProfileView } from './profile.figures.ts';
import { NARRATIVE_MAX } from './profile.schema.ts';

export interface NarrativeView {
  body: string;
  lang: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  const { t } = useT();
  return (
    <div class="grid">
      {figures.map((f) => (
        <SummaryCard
          label={f.label}
          value={f.value}
          unit={f.unit || undefined}
          source={t('data.key.source', { source: f.source, year: f.year })}
        />
      ))}
    </div>
  );
}

/** Plain text in paragraphs (blank lines), in the language it was written in. */
export function NarrativeText({ narrative }: { narrative: NarrativeView }) {
  const lang = isLocale(narrative.lang) ? narrative.lang : 'en';
  return (
    <div class="narrative__text" lang={lang} dir={directionOf(lang)}>
      {narrative.body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p>{p}</p>
        ))}
    </div>
  );
}

function Narrative({
  alpha3,
  narrative,
  canEdit,
  canHistory,
}: {
  alpha3: string;
  narrative: NarrativeView | null;
  canEdit: boolean;
  canHistory: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <section class="narrative" id="narrative" aria-labelledby="narrative-title">
      <h2 id="narrative-title">{t('data.narrative.title')}</h2>
      {narrative ? (
        <>
          <NarrativeText narrative={narrative} />
          <p class="muted small">
            {narrative.updatedBy
              ? t('data.narrative.updatedBy', {
                  date: i18n.date(narrative.updatedAt),
                  name: narrative.updatedBy,
                })
              : t('data.narrative.updated', { date: i18n.date(narrative.updatedAt) })}
          </p>
        </>
      ) : (
        <p class="muted">{t('data.narrative.none')}</p>
      )}
      {canEdit ? (
        <p class="no-print">
          <a href={`/countries/${alpha3}/profile/narrative`}>
            {narrative ? t('data.narrative.edit') : t('data.narrative.write')}
          </a>
        </p>
      ) : null}
      {canHistory && narrative ? (
        <p class="no-print">
          <a href={`/countries/${alpha3}/profile/narrative/history`}>{t('data.history.link')}</a>
        </p>
      ) : null}
    </section>
  );
}

function CorridorTable({ caption, rows }: { caption: string; rows: CorridorLine[] }) {
  const { t } = useT();
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.table.corridor')}</th>
            <th scope="col">{t('data.table.period')}</th>
            <th scope="col" class="num">
              {t('data.table.cost')}
            </th>
            <th scope="col">{t('data.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr>
              <th scope="row">
                <a href={c.href}>
                  {t('data.corridor.name', { origin: c.origin, destination: c.destination })}
                </a>
              </th>
              <td>{c.period}</td>
              <td class="num">{c.value}</td>
              <td>
                {c.above ? (
                  <Tag label={t('data.tag.above')} tone="warning" />
                ) : (
                  <Tag label={t('data.tag.within')} tone="success" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Gaps({ view }: { view: ProfileView }) {
  const { t } = useT();
  return (
    <section id="gaps" aria-labelledby="gaps-title" class="gaps">
      <h2 id="gaps-title">{t('data.gaps.title')}</h2>
      <p>{t('data.gaps.lead', { years: GAP_YEARS, covered: view.coveredCount })}</p>
      {view.gaps.length === 0 ? (
        <p class="notice notice--success">{t('data.gaps.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('data.gaps.caption', { country: view.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.table.indicator')}</th>
                <th scope="col">{t('data.table.latest')}</th>
                <th scope="col">{t('data.table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {view.gaps.map((g) => (
                <tr>
                  <th scope="row">{g.name}</th>
                  <td>{g.latest ?? t('data.gaps.never')}</td>
                  <td>
                    {g.status === 'missing' ? (
                      <Tag label={t('data.gaps.missing')} tone="error" />
                    ) : (
                      <Tag label={t('data.gaps.old')} tone="warning" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="no-print">{t('data.gaps.next')}</p>
    </section>
  );
}

/** The profile's chart sections, rendered once per language and import (see profile.routes). */
export function ProfileSections({ view }: { view: ProfileView }) {
  return (
    <>
      {view.sections.map((section) => (
        <section id={section.id} aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{section.title}</h2>
          {section.figures.map((figure) => (
            <ChartFigure figure={figure} />
          ))}
        </section>
      ))}
    </>
  );
}

/** The full Extended Migration Profile of a country. Printable: print CSS hides navigation. */
export function ProfilePage({
  view,
  sectionsHtml,
  narrative,
  canEdit,
  isCountry = true,
  canHistory = false,
}: {
  view: ProfileView;
  /** `ProfileSections` already rendered. */
  sectionsHtml: string;
  narrative: NarrativeView | null;
  canEdit: boolean;
  /** False for an area outside ISO 3166 (Kosovo): no country page to go back to. */
  isCountry?: boolean;
  /** The reader may see the narrative's history (editors, moderators, admins). */
  canHistory?: boolean;
}) {
  const { t } = useT();
  const base = `/countries/${view.alpha3}`;
  return (
    <Layout
      title={t('data.profile.title', { country: view.name })}
      breadcrumbs={[
        { label: t('data.crumb.countries'), href: '/countries' },
        isCountry ? { label: view.name, href: base } : { label: view.name },
        { label: t('data.profile.heading') },
      ]}
      mainClass="profile"
    >
      <PageHeading caption={view.name} title={t('data.profile.heading')} lead={t('data.profile.lead')} />
      {isCountry ? null : <p class="muted">{t('data.profile.outsideIso', { area: view.name })}</p>}
      <p class="no-print">
        <a href={`${base}/profile.pdf`} download>
          {t('data.profile.pdf')}
        </a>{' '}
        <span class="muted small">{t('data.profile.print')}</span>
      </p>
      {!view.hasData ? (
        <>
          <EmptyState message={t('data.profile.empty', { country: view.name })}>
            <p>
              <a href="/data">{t('data.profile.emptyLink')}</a>
            </p>
          </EmptyState>
          {isCountry ? (
            <Narrative alpha3={view.alpha3} narrative={narrative} canEdit={canEdit} canHistory={canHistory} />
          ) : null}
          <Gaps view={view} />
        </>
      ) : (
        <>
          <nav class="contents no-print" aria-label={t('data.profile.contents')}>
            <ul>
              {isCountry ? (
                <li>
                  <a href="#narrative">{t('data.narrative.title')}</a>
                </li>
              ) : null}
              {view.sections.map((s) => (
                <li>
                  <a href={`#${s.id}`}>{s.title}</a>
                </li>
              ))}
              <li>
                <a href="#corridors">{t('data.section.corridors')}</a>
              </li>
              <li>
                <a href="#gaps">{t('data.gaps.title')}</a>
              </li>
            </ul>
          </nav>
          <section aria-labelledby="key-title">
            <h2 id="key-title">{t('data.key.title')}</h2>
            <KeyFigures figures={view.keyFigures} />
          </section>
          {/* Narratives are a country team's (decision 24): an area outside ISO 3166 has none. */}
          {isCountry ? (
            <Narrative alpha3={view.alpha3} narrative={narrative} canEdit={canEdit} canHistory={canHistory} />
          ) : null}
          {raw(sectionsHtml)}
          <section id="corridors" aria-labelledby="corridors-title">
            <h2 id="corridors-title">{t('data.section.corridors')}</h2>
            {view.corridors.count === 0 ? (
              <p class="empty-state">{t('data.corridors.none', { country: view.name })}</p>
            ) : (
              <>
                <p>{t('data.corridors.lead', { count: view.corridors.count })}</p>
                <CorridorTable caption={t('data.corridors.costliest')} rows={view.corridors.costliest} />
                {view.corridors.cheapest.length ? (
                  <CorridorTable caption={t('data.corridors.cheapest')} rows={view.corridors.cheapest} />
                ) : null}
                <p class="chart__meta">{t('data.chart.source', { source: view.corridors.source })}</p>
                <p class="no-print">
                  <a href={`/corridors/ranking?country=${view.alpha3}`}>{t('data.corridors.all')}</a>
                </p>
              </>
            )}
          </section>
          <Gaps view={view} />
        </>
      )}
    </Layout>
  );
}

/** The panel on the country page: a few key figures and the way to the full profile. */
export function ProfilePanel({ data, alpha2 }: { data: ProfileData; alpha2: string }) {
  const i18n = useT();
  const { t } = i18n;
  const name = i18n.countryName(alpha2) ?? data.alpha3;
  const figures = buildKeyFigures(i18n, data).slice(0, 4);
  return (
    <section class="panel" aria-labelledby="profile-panel-title">
      <h2 id="profile-panel-title">{t('data.panel.title')}</h2>
      {figures.length ? (
        <KeyFigures figures={figures} />
      ) : (
        <p class="muted">{t('data.panel.empty', { country: name })}</p>
      )}
      <p>
        <a href={`/countries/${data.alpha3}/profile`}>{t('data.panel.link', { country: name })}</a>
      </p>
    </section>
  );
}

/** Editing the narrative: one text area, its language, and the version it started from. */
export function NarrativeEditPage({
  alpha3,
  name,
  values,
  errors,
  conflict,
}: {
  alpha3: string;
  name: string;
  values: { body: string; lang: string; version: number };
  errors: FieldErrors;
  conflict: NarrativeView | null;
}) {
  const i18n = useT();
  const { t } = i18n;
  const profile = `/countries/${alpha3}/profile`;
  return (
    <Layout
      title={t('data.narrative.editTitle', { country: name })}
      breadcrumbs={[
        { label: t('data.crumb.countries'), href: '/countries' },
        { label: name, href: `/countries/${alpha3}` },
        { label: t('data.profile.heading'), href: profile },
        { label: t('data.narrative.title') },
      ]}
    >
      <PageHeading caption={name} title={t('data.narrative.editHeading')} />
      {conflict ? <ConflictNotice /> : null}
      <ErrorSummary errors={errors} />
      {conflict ? (
        <section aria-labelledby="their-version">
          <h2 id="their-version">{t('data.narrative.theirVersion')}</h2>
          <blockquote class="citation">
            <NarrativeText narrative={conflict} />
          </blockquote>
        </section>
      ) : null}
      <Form action={`${profile}/narrative`}>
        <input type="hidden" name="version" value={String(values.version)} />
        <TextArea
          name="body"
          label={t('data.narrative.body')}
          hint={t('data.narrative.hint', { max: i18n.number(NARRATIVE_MAX) })}
          value={values.body}
          error={errors.body}
          rows={16}
          maxLength={NARRATIVE_MAX}
        />
        <SelectField
          name="lang"
          label={t('data.narrative.lang')}
          value={values.lang}
          error={errors.lang}
          options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        />
        <div class="button-group">
          <Button>{t('data.narrative.save')}</Button>
          <a href={profile}>{t('data.narrative.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}
