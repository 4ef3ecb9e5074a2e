import type { Child } from 'hono/jsx';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT, useView } from '../../web/view-context.ts';
import { type Organisation, type OrganisationDetail, websiteHref } from './organisation.presenter.ts';
import type { DirectoryFilters } from './organisation.schema.ts';
import { ORGANISATION_TYPES } from './organisation.table.ts';

/** `/organisations?…` (or the CSV) for these filters and page; empty filters are left out. */
export function directoryHref(filters: DirectoryFilters, page = 1, path = '/organisations'): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.type) params.set('type', filters.type);
  if (filters.country) params.set('country', filters.country);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The type select's options, labelled in the reader's language. */
export function useTypeOptions(): { value: string; label: string }[] {
  const { t } = useT();
  return ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`org.type.${type}`) }));
}

export function CountryCell({ organisation }: { organisation: Pick<Organisation, 'countryName'> }) {
  const { t } = useT();
  return organisation.countryName ? (
    organisation.countryName
  ) : (
    <span class="muted">{t('org.country.none')}</span>
  );
}

export interface DirectoryProps {
  organisations: Organisation[];
  total: number;
  page: number;
  pageSize: number;
  filters: DirectoryFilters;
  countryOptions: { value: string; label: string }[];
  canCreate: boolean;
  /** Invitations to join an organisation waiting for the reader's answer (decision 46). */
  invitations?: number;
}

export function OrganisationListPage(props: DirectoryProps) {
  const { organisations, total, page, pageSize, filters, countryOptions, canCreate, invitations = 0 } = props;
  const i18n = useT();
  const { t } = i18n;
  const filtered = Boolean(filters.q || filters.type || filters.country);
  return (
    <Layout title={t('org.list.title')} breadcrumbs={[{ label: t('org.list.title') }]}>
      <PageHeading
        title={t('org.list.title')}
        lead={t('org.list.lead')}
        actions={
          canCreate ? (
            <a class="button button--primary" href="/organisations/new">
              {t('org.list.add')}
            </a>
          ) : undefined
        }
      />
      {invitations > 0 ? (
        <div class="notice" role="status">
          <p>
            {t('org.invitations.notice', { count: invitations })}{' '}
            <a href="/organisations/invitations">{t('org.invitations.see')}</a>
          </p>
        </div>
      ) : null}
      <form method="get" action="/organisations" class="filters org-filters">
        <div class="field">
          <label class="field__label" for="q">
            {t('org.filter.q')}
          </label>
          <input class="input" id="q" name="q" type="search" value={filters.q ?? ''} maxlength={100} />
        </div>
        <div class="field">
          <label class="field__label" for="type">
            {t('org.filter.type')}
          </label>
          <select class="input" id="type" name="type">
            <option value="">{t('org.filter.allTypes')}</option>
            {useTypeOptions().map((o) => (
              <option value={o.value} selected={o.value === filters.type}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="country">
            {t('org.filter.country')}
          </label>
          <select class="input" id="country" name="country">
            <option value="">{t('org.filter.allCountries')}</option>
            {countryOptions.map((o) => (
              <option value={o.value} selected={o.value === filters.country}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t('org.filter.apply')}
        </button>
        {filtered ? <a href="/organisations">{t('org.filter.clear')}</a> : null}
      </form>
      <p class="org-count">
        <span>{t('org.list.count', { count: total })}</span>
        {total > 0 ? (
          <a href={directoryHref(filters, 1, '/organisations.csv')}>{t('table.download')}</a>
        ) : null}
      </p>
      {organisations.length === 0 ? (
        <EmptyState message={filtered ? t('org.list.empty') : t('org.list.emptyAll')} />
      ) : (
        <div class="table-wrap">
          <table class="org-table">
            <thead>
              <tr>
                <th scope="col">{t('org.col.name')}</th>
                <th scope="col">{t('org.col.type')}</th>
                <th scope="col">{t('org.col.country')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr>
                  <th scope="row">
                    <a href={`/organisations/${o.id}`}>
                      <bdi>{o.name}</bdi>
                    </a>
                    {o.acronym ? (
                      <>
                        {' '}
                        <bdi class="org-acronym" title={t('org.col.acronym')}>
                          {o.acronym}
                        </bdi>
                      </>
                    ) : null}
                  </th>
                  <td>
                    <Tag label={o.typeLabel} />
                  </td>
                  <td>
                    <CountryCell organisation={o} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={(p) => directoryHref(filters, p)} />
    </Layout>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p dir="auto">{p}</p>
        ))}
    </>
  );
}

function MembersSection({ detail }: { detail: OrganisationDetail }) {
  const i18n = useT();
  const { t } = i18n;
  const { path } = useView();
  const { members, memberCount, organisation } = detail;
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('org.page.members')}</h2>
      {memberCount === 0 ? (
        <p>{t('org.page.noMembers')}</p>
      ) : members === null ? (
        <p>
          {t('org.page.memberCount', { count: memberCount })}{' '}
          <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t('org.page.membersSignIn')}</a>
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('org.col.member')}</th>
                <th scope="col">{t('org.col.role')}</th>
                <th scope="col">{t('org.col.since')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr>
                  <th scope="row">
                    <bdi>{m.name}</bdi>
                  </th>
                  <td>{m.roleLabel}</td>
                  <td>{i18n.date(m.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail.can.manageMembers ? (
        <p>
          <a href={`/organisations/${organisation.id}/members`}>{t('org.page.manageMembers')}</a>
        </p>
      ) : null}
    </section>
  );
}

export function OrganisationPage({ detail, panels }: { detail: OrganisationDetail; panels: Child[] }) {
  const i18n = useT();
  const { t } = i18n;
  const { organisation: o } = detail;
  const href = websiteHref(o);
  return (
    <Layout
      title={o.name}
      breadcrumbs={[{ label: t('org.list.title'), href: '/organisations' }, { label: o.name }]}
    >
      <PageHeading
        title={o.name}
        actions={
          detail.can.edit ? (
            <a class="button button--secondary" href={`/organisations/${o.id}/edit`}>
              {t('org.page.edit')}
            </a>
          ) : undefined
        }
      />
      <dl class="details">
        {o.acronym ? (
          <>
            <dt>{t('org.field.acronym')}</dt>
            <dd>
              <bdi>{o.acronym}</bdi>
            </dd>
          </>
        ) : null}
        <dt>{t('org.page.type')}</dt>
        <dd>
          <Tag label={o.typeLabel} tone="info" />
        </dd>
        <dt>{t('org.page.country')}</dt>
        <dd>
          {o.country ? (
            <a href={`/countries/${o.country}`}>{o.countryName}</a>
          ) : (
            <CountryCell organisation={o} />
          )}
        </dd>
        {o.website ? (
          <>
            <dt>{t('org.field.website')}</dt>
            <dd class="org-website">
              {href ? (
                <a href={href} rel="nofollow noopener noreferrer" class="ltr">
                  {o.website}
                </a>
              ) : (
                <span class="ltr">{o.website}</span>
              )}
            </dd>
          </>
        ) : null}
        <dt>{t('org.page.updated')}</dt>
        <dd>{i18n.date(o.updatedAt, 'long')}</dd>
      </dl>
      {o.description ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('org.page.about')}</h2>
          <div class="org-description">
            <Paragraphs text={o.description} />
          </div>
        </section>
      ) : null}
      {panels}
      <MembersSection detail={detail} />
    </Layout>
  );
}
