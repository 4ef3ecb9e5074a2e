import { DocumentList, type DocumentRow } from '../../documents/index.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { TermRecord } from '../taxonomy/index.ts';
import { presentTerm } from '../taxonomy/index.ts';
import type { Guidance, GuidanceSummary } from './guidance.presenter.ts';
import { GUIDANCE } from './guidance.service.ts';
import { LanguageName, Paragraphs } from './learning.components.tsx';
import { CONTENT_LOCALES, GUIDANCE_KINDS } from './learning.table.ts';

/** The library: filters (kind, language, theme or sector) and one page of documents by title. */
export function GuidanceListPage({
  documents,
  filter,
  terms,
  nextHref,
  canCreate,
}: {
  documents: GuidanceSummary[];
  filter: { kind?: string; locale?: string; term?: string };
  terms: TermRecord[];
  nextHref: string | null;
  canCreate: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('guidance.list.title')}>
      <PageHeading
        title={t('guidance.list.title')}
        lead={t('guidance.list.lead')}
        actions={
          canCreate ? (
            <a class="button button--secondary" href="/guidance/new">
              {t('guidance.list.create')}
            </a>
          ) : null
        }
      />
      <p>
        <a href="/courses">{t('guidance.list.coursesLink')}</a>
      </p>
      <form method="get" action="/guidance" class="filters">
        <div class="field">
          <label class="field__label" for="kind">
            {t('guidance.field.kind')}
          </label>
          <select class="input" id="kind" name="kind">
            <option value="">{t('guidance.filter.any')}</option>
            {GUIDANCE_KINDS.map((k) => (
              <option value={k} selected={filter.kind === k}>
                {t(`guidance.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="locale">
            {t('guidance.field.locale')}
          </label>
          <select class="input" id="locale" name="locale">
            <option value="">{t('guidance.filter.any')}</option>
            {CONTENT_LOCALES.map((l) => (
              <option value={l} selected={filter.locale === l}>
                {t(`learning.locale.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="term">
            {t('guidance.filter.term')}
          </label>
          <select class="input" id="term" name="term">
            <option value="">{t('guidance.filter.any')}</option>
            {terms.map((term) => (
              <option value={term.id} selected={filter.term === term.id}>
                {presentTerm(term, i18n).name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t('guidance.filter.apply')}
        </button>
      </form>
      {documents.length === 0 ? (
        <EmptyState message={t('guidance.list.empty')} />
      ) : (
        <ul class="item-list">
          {documents.map((d) => (
            <li>
              <h2 dir="auto" lang={d.locale}>
                <a href={`/guidance/${d.id}`}>{d.title}</a>
              </h2>
              <p class="meta">
                <Tag label={t(`guidance.kind.${d.kind}`)} />{' '}
                <span lang={d.locale}>
                  <LanguageName locale={d.locale} />
                </span>
              </p>
              <p dir="auto" lang={d.locale}>
                {d.summary}
              </p>
            </li>
          ))}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref} rel="next">
            {t('guidance.list.next')}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

/** One document: its text, languages, tags, the checklist it explains, its files and its versions. */
export function GuidancePage({ guidance, documents }: { guidance: Guidance; documents: DocumentRow[] }) {
  const { t, date } = useT();
  return (
    <Layout
      title={guidance.title}
      breadcrumbs={[{ label: t('guidance.list.title'), href: '/guidance' }, { label: guidance.title }]}
    >
      <PageHeading
        title={guidance.title}
        caption={t(`guidance.kind.${guidance.kind}`)}
        actions={
          guidance.actions.edit ? (
            <a class="button button--secondary" href={`/guidance/${guidance.id}/edit`}>
              {t('guidance.edit')}
            </a>
          ) : null
        }
      />
      <div lang={guidance.locale} dir="auto">
        <p class="lead">{guidance.summary}</p>
        <Paragraphs text={guidance.body} />
      </div>
      {guidance.checklistTemplateId ? (
        <p>
          <a href={`/checklists/${guidance.checklistTemplateId}`}>{t('guidance.checklistLink')}</a>
        </p>
      ) : null}
      <section>
        <h2>{t('guidance.languages')}</h2>
        <p>
          {t('guidance.writtenIn')} <LanguageName locale={guidance.locale} />.
        </p>
        {guidance.languages.length > 0 ? (
          <ul>
            {guidance.languages.map((l) => (
              <li>
                <a href={`/guidance/${l.id}`} hreflang={l.locale}>
                  <LanguageName locale={l.locale} />: <bdi>{l.title}</bdi>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {guidance.actions.edit ? (
          <p>
            <a href={`/guidance/new?translationOf=${guidance.id}`}>{t('guidance.translate')}</a>
          </p>
        ) : null}
      </section>
      {guidance.terms.length > 0 ? (
        <section>
          <h2>{t('guidance.terms')}</h2>
          <ul class="tag-list tag-list--inline">
            {guidance.terms.map((term) => (
              <li>
                <a href={`/guidance?term=${encodeURIComponent(term.id)}`}>
                  <Tag label={term.name} tone="info" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <DocumentList
        documents={documents}
        ownerType={GUIDANCE}
        ownerId={guidance.id}
        access={{ write: guidance.actions.edit }}
      />
      <section>
        <h2>{t('guidance.versions')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('guidance.version.number')}</th>
              <th scope="col">{t('guidance.version.when')}</th>
              <th scope="col">{t('guidance.version.who')}</th>
              <th scope="col">{t('guidance.version.what')}</th>
            </tr>
          </thead>
          <tbody>
            {guidance.versions.map((v) => (
              <tr>
                <td>
                  <a href={`/guidance/${guidance.id}/versions/${v.number}`}>{v.number}</a>
                </td>
                <td>{date(v.editedAt)}</td>
                <td>{v.editor ?? t('guidance.version.unknown')}</td>
                <td dir="auto">{v.changeNote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}

/** An old version, as it was saved, with a link back to the current one. */
export function GuidanceVersionPage({
  guidance,
  version,
}: {
  guidance: Guidance;
  version: {
    number: number;
    title: string;
    summary: string;
    body: string;
    changeNote: string;
    editedAt: string;
    editor: string | null;
  };
}) {
  const { t, date } = useT();
  const current = version.number === guidance.version;
  return (
    <Layout
      title={t('guidance.version.title', { number: version.number, title: version.title })}
      breadcrumbs={[
        { label: t('guidance.list.title'), href: '/guidance' },
        { label: guidance.title, href: `/guidance/${guidance.id}` },
        { label: t('guidance.version.short', { number: version.number }) },
      ]}
    >
      <PageHeading title={version.title} caption={t('guidance.version.short', { number: version.number })} />
      <div class="notice" role="note">
        <p>
          {t('guidance.version.saved', {
            when: date(version.editedAt),
            who: version.editor ?? t('guidance.version.unknown'),
          })}{' '}
          <bdi>{version.changeNote}</bdi>
        </p>
        {current ? null : (
          <p>
            <a href={`/guidance/${guidance.id}`}>{t('guidance.version.current')}</a>
          </p>
        )}
      </div>
      <div lang={guidance.locale} dir="auto">
        <p class="lead">{version.summary}</p>
        <Paragraphs text={version.body} />
      </div>
    </Layout>
  );
}
