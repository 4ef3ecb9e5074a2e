import type { Child } from 'hono/jsx';
import { DocumentList, type DocumentRow } from '../../documents/index.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT, useView } from '../../web/view-context.ts';
import { presentTerm, TagLine, TagList, type TermRecord } from '../taxonomy/index.ts';
import { PROCESS_DOCUMENTS } from './process.documents.ts';
import { TAXONOMY_FILTER_SCHEMES } from './process.filters.ts';
import type { Body, Process, Stage } from './process.presenter.ts';
import type { ProcessMay } from './process.space.ts';
import { frameOf, ProcessFrame } from './process-frame.tsx';
import { currentStage, DateRange, processPlace, StageStatusTag, StageTimeline } from './workspace.views.tsx';

export interface ProcessListFilters {
  country?: string;
  level?: 'national' | 'local';
  tag?: string;
}

/** The processes the reader may see, filtered by country, level and tag, a page at a time. */
export function ProcessListPage({
  processes,
  filters,
  countries,
  terms,
  page,
  pageSize,
  total,
  href,
  invitations = 0,
  mayCreate,
}: {
  /** Invitations waiting for the reader's answer (decision 45). */
  invitations?: number;
  /** Whether the reader may start a process (the policy's answer). */
  mayCreate: boolean;
  processes: Process[];
  filters: ProcessListFilters;
  countries: { alpha3: string; name: string }[];
  terms: TermRecord[];
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const { i18n } = useView();
  const { t } = i18n;
  const title = t('process.list.title');
  return (
    <Layout title={title} breadcrumbs={[{ label: title }]}>
      <PageHeading
        title={title}
        lead={t('process.list.lead')}
        actions={
          mayCreate ? (
            <a class="button button--primary" href="/processes/new">
              {t('process.list.start')}
            </a>
          ) : null
        }
      />
      {invitations > 0 ? (
        <div class="notice" role="status">
          <p>
            {t('process.invitations.notice', { count: invitations })}{' '}
            <a href="/processes/invitations">{t('process.invitations.see')}</a>
          </p>
        </div>
      ) : null}
      <form method="get" action="/processes" class="filters">
        <div class="field">
          <label class="field__label" for="country">
            {t('process.filter.country')}
          </label>
          <select class="input" id="country" name="country">
            <option value="">{t('process.filter.all')}</option>
            {countries.map((c) => (
              <option value={c.alpha3} selected={c.alpha3 === filters.country}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="level">
            {t('process.filter.level')}
          </label>
          <select class="input" id="level" name="level">
            <option value="">{t('process.filter.allLevels')}</option>
            <option value="national" selected={filters.level === 'national'}>
              {t('process.level.national')}
            </option>
            <option value="local" selected={filters.level === 'local'}>
              {t('process.level.local')}
            </option>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="tag">
            {t('process.filter.tag')}
          </label>
          <select class="input" id="tag" name="tag">
            <option value="">{t('process.filter.allTags')}</option>
            {TAXONOMY_FILTER_SCHEMES.map((scheme) => (
              <optgroup label={t(`taxonomy.scheme.${scheme}`)}>
                {terms
                  .filter((term) => term.scheme === scheme)
                  .map((record) => {
                    const term = presentTerm(record, i18n);
                    return (
                      <option value={term.id} selected={term.id === filters.tag}>
                        {term.label}
                      </option>
                    );
                  })}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t('process.filter.apply')}
        </button>
      </form>
      <p class="muted" role="status">
        {t('process.list.count', { count: total })}
      </p>
      {processes.length === 0 ? (
        <EmptyState message={t('process.list.empty')}>
          {mayCreate ? (
            <p>
              <a href="/processes/new">{t('process.list.startFirst')}</a>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <ul class="item-list">
          {processes.map((process) => (
            <ProcessListItem process={process} />
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} href={href} />
    </Layout>
  );
}

export function ProcessListItem({
  process,
  heading = 'h2',
}: {
  process: Process;
  heading?: 'h2' | 'h3' | 'h4';
}) {
  const { t } = useT();
  const Heading = heading;
  return (
    <li>
      <Heading>
        <a href={`/processes/${process.id}`}>{process.title}</a>
      </Heading>
      <ul class="meta">
        <li>{processPlace(process, t)}</li>
        <li>{t(`process.level.${process.level}`)}</li>
        <li>{t('process.planLabel', { plan: process.planName })}</li>
        {process.periodStart || process.periodEnd ? (
          <li>
            <DateRange start={process.periodStart} end={process.periodEnd} />
          </li>
        ) : null}
        {process.visibility === 'private' ? (
          <li>
            <Tag label={t('process.visibility.private')} tone="warning" />
          </li>
        ) : null}
      </ul>
      <TagLine terms={process.tagRecords} />
    </li>
  );
}

export interface OverviewData {
  process: Process;
  /** What the reader may do in the process (the policy's answer, from the loader). */
  may: ProcessMay;
  stages: Stage[];
  body: Body;
  memberCount: number;
  pairs: Process[];
  panels: Child[];
  documents: DocumentRow[];
}

/** The workspace overview: where the process stands at a glance. */
export function ProcessOverviewPage({
  process,
  may,
  stages,
  body,
  memberCount,
  pairs,
  panels,
  documents,
}: OverviewData) {
  const { i18n } = useView();
  const { t } = i18n;
  const now = currentStage(stages);
  const ministries = body.government.length;
  return (
    <ProcessFrame process={frameOf(process, t)} active="overview">
      {process.summary ? (
        <p class="lead prewrap" dir="auto">
          {process.summary}
        </p>
      ) : null}
      <dl class="details">
        <dt>{t('process.field.planName')}</dt>
        <dd>{process.planName}</dd>
        <dt>{t('process.field.period')}</dt>
        <dd>
          <DateRange start={process.periodStart} end={process.periodEnd} />
        </dd>
        <dt>{t('process.field.lead')}</dt>
        <dd>
          {process.leadOrganisation ? (
            <a href={`/organisations/${process.leadOrganisation.id}`}>{process.leadOrganisation.name}</a>
          ) : (
            <span class="muted">{t('process.notSet')}</span>
          )}
        </dd>
        <dt>{t('process.filter.level')}</dt>
        <dd>{t(`process.level.${process.level}`)}</dd>
      </dl>

      <h2>{t('process.overview.stands')}</h2>
      {now ? (
        <p>
          {t('process.overview.current', { stage: now.name })} <StageStatusTag status={now.status} />
        </p>
      ) : stages.length > 0 ? (
        <p>{t('process.overview.allDone')}</p>
      ) : null}
      <StageTimeline processId={process.id} stages={stages} />

      <div class="grid grid--2 workspace-cards">
        <section class="card" aria-labelledby="card-body">
          <h2 id="card-body">{t('body.title')}</h2>
          {body.name ? (
            <>
              <p>
                <strong>{body.name}</strong>
                {body.kind ? <span class="muted"> · {t(`body.kind.${body.kind}`)}</span> : null}
              </p>
              <p>{t('body.summary', { members: body.members.length, ministries })}</p>
            </>
          ) : (
            <p class="muted">{t('body.notSetUp')}</p>
          )}
          <p>
            <a href={`/processes/${process.id}/body`}>{t('body.open')}</a>
          </p>
        </section>
        <section class="card" aria-labelledby="card-members">
          <h2 id="card-members">{t('process.members.title')}</h2>
          <p>{t('process.members.count', { count: memberCount })}</p>
          {process.role ? (
            <p>{t('process.members.yourRole', { role: t(`process.role.${process.role}`) })}</p>
          ) : null}
          {may.manage ? (
            <p>
              <a href={`/processes/${process.id}/members`}>{t('process.members.manage')}</a>
            </p>
          ) : null}
        </section>
        <section class="card" aria-labelledby="card-pairs">
          <h2 id="card-pairs">{t('process.pair.title')}</h2>
          {pairs.length === 0 ? (
            <p class="muted">{t('process.pair.none')}</p>
          ) : (
            <ul>
              {pairs.map((pair) => (
                <li>
                  <a href={`/processes/${pair.id}`}>{pair.title}</a>{' '}
                  <span class="muted">({pair.country.name})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={`/processes/${process.id}/pairs`}>{t('process.pair.open')}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">{t('taxonomy.picker.legend')}</h2>
        <TagList terms={process.tagRecords} empty={t('taxonomy.none')} />
      </section>
      {panels.length > 0 ? (
        <section aria-labelledby="more-heading">
          <h2 id="more-heading">{t('process.overview.more')}</h2>
          <div class="grid grid--2">{panels}</div>
        </section>
      ) : null}
      <DocumentList
        documents={documents}
        ownerType={PROCESS_DOCUMENTS}
        ownerId={process.id}
        access={{ write: may.edit }}
      />
    </ProcessFrame>
  );
}
