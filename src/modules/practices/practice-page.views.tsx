import { DocumentList } from '../../documents/index.ts';
import { ErrorSummary } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { PRACTICE_DOCUMENTS } from './practice.documents.ts';
import type { PracticePageData, TreeNode } from './practice.loader.ts';
import { StatusTag } from './practice.views.tsx';
import { ReviewSummary } from './review.views.tsx';
import { RoadmapSection } from './roadmap.views.tsx';
import { WorkflowPanel } from './workflow.views.tsx';

function Paragraphs({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p dir="auto">{p}</p>
        ))}
    </>
  );
}

function Tree({ node, current }: { node: TreeNode; current: string }) {
  const { t } = useT();
  return (
    <li>
      {node.id === current ? (
        <strong dir="auto">{node.title}</strong>
      ) : (
        <a href={`/practices/${node.id}`} dir="auto">
          {node.title}
        </a>
      )}
      {node.place ? <span class="muted"> · {node.place}</span> : null}
      {node.progress ? <span> · {t(`practice.progress.${node.progress}`)}</span> : null}
      {node.children.length ? (
        <ul>
          {node.children.map((c) => (
            <Tree node={c} current={current} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function PracticePage({ data }: { data: PracticePageData }) {
  const i18n = useT();
  const { t } = i18n;
  const { practice: p } = data;
  const place = [p.city, p.region, p.country?.name].filter(Boolean).join(', ');
  const translations = p.translations.filter((tr) => !tr.original);
  const inst = (['budgetLine', 'localLaw', 'plan'] as const).filter((k) => p.institutionalised[k]);
  return (
    <Layout
      title={p.title}
      breadcrumbs={[{ label: t('practice.list.title'), href: '/practices' }, { label: p.title }]}
    >
      <PageHeading
        caption={t('practice.caption')}
        title={p.title}
        actions={
          <>
            {p.actions.edit ? (
              <a class="button button--secondary" href={`/practices/${p.id}/edit`}>
                {t('practice.edit')}
              </a>
            ) : null}{' '}
            {p.actions.replicate ? (
              <a class="button button--secondary" href={`/practices/new?replicates=${p.id}`}>
                {t('practice.replicate')}
              </a>
            ) : null}
          </>
        }
      />
      <ErrorSummary errors={data.stepErrors ?? {}} />
      <p class="meta">
        <StatusTag status={p.status} />
        {p.promising ? <Tag label={t('practice.promising')} tone="success" /> : null}
        {p.demo ? <Tag label={t('practice.demo')} tone="warning" /> : null}
        <span>{t('practice.writtenIn', { language: t(`practice.locale.${p.locale}`) })}</span>
      </p>
      <Paragraphs text={p.summary} />
      {translations.length ? (
        <details>
          <summary>{t('practice.translations', { count: translations.length })}</summary>
          {translations.map((tr) => (
            <div lang={tr.locale} dir="auto">
              <p class="muted">
                {t('practice.translationOf', {
                  field: t(`practice.field.${tr.field}`),
                  language: t(`practice.locale.${tr.locale}`),
                })}
              </p>
              <p>{tr.text}</p>
            </div>
          ))}
        </details>
      ) : null}
      <dl class="details">
        {place ? (
          <>
            <dt>{t('practice.where')}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {p.level ? (
          <>
            <dt>{t('practice.field.level')}</dt>
            <dd>{t(`practice.level.${p.level}`)}</dd>
          </>
        ) : null}
        {p.corridor.origin || p.corridor.destination ? (
          <>
            <dt>{t('practice.corridor')}</dt>
            <dd>
              {t('practice.corridorOf', {
                origin: p.corridor.origin?.name ?? '…',
                destination: p.corridor.destination?.name ?? '…',
              })}
            </dd>
          </>
        ) : null}
        {p.organisations.length ? (
          <>
            <dt>{t('practice.who')}</dt>
            <dd>
              <ul class="plain-list">
                {p.organisations.map((o) => (
                  <li>
                    <a href={`/organisations/${o.organisation.id}`}>{o.organisation.name}</a> (
                    {t(`practice.partner.${o.role}`)})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {p.tags.length ? (
          <>
            <dt>{t('practice.field.tags')}</dt>
            <dd>
              <ul class="tag-list tag-list--inline">
                {p.tags.map((tag) => (
                  <li>
                    <Tag label={tag.label} tone="info" />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {p.targetGroups ? (
          <>
            <dt>{t('practice.field.targetGroups')}</dt>
            <dd dir="auto">{p.targetGroups}</dd>
          </>
        ) : null}
        {p.period.start || p.period.end ? (
          <>
            <dt>{t('practice.period')}</dt>
            <dd>{[p.period.start, p.period.end].filter(Boolean).join('–')}</dd>
          </>
        ) : null}
        {p.budget ? (
          <>
            <dt>{t('practice.field.budget')}</dt>
            <dd>
              {p.budget.currency
                ? i18n.money(p.budget.amountMinor, p.budget.currency)
                : i18n.number(p.budget.amountMinor / 100)}
            </dd>
          </>
        ) : null}
        {p.funders ? (
          <>
            <dt>{t('practice.field.funders')}</dt>
            <dd dir="auto">{p.funders}</dd>
          </>
        ) : null}
        <dt>{t('practice.field.institutionalised')}</dt>
        <dd>
          {inst.length ? inst.map((k) => t(`practice.inst.${k}`)).join(' · ') : t('practice.inst.none')}
        </dd>
        {p.call ? (
          <>
            <dt>{t('practice.field.call')}</dt>
            <dd>
              <a href={`/calls/${p.call.id}`}>{p.call.title}</a>
            </dd>
          </>
        ) : null}
        {p.replicates ? (
          <>
            <dt>{t('practice.field.replicates')}</dt>
            <dd>
              <a href={`/practices/${p.replicates.id}`}>{p.replicates.title}</a>
              {p.replicationProgress ? ` · ${t(`practice.progress.${p.replicationProgress}`)}` : null}
            </dd>
          </>
        ) : null}
      </dl>
      {p.activities ? (
        <section>
          <h2>{t('practice.field.activities')}</h2>
          <Paragraphs text={p.activities} />
        </section>
      ) : null}
      <section aria-labelledby="results">
        <h2 id="results">{t('practice.resultsAndEvidence')}</h2>
        <Paragraphs text={p.results} />
        {p.evidence.length ? (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('practice.field.evidenceLabel')}</th>
                <th scope="col">{t('practice.field.figure')}</th>
                <th scope="col">{t('practice.field.source')}</th>
              </tr>
            </thead>
            <tbody>
              {p.evidence.map((e) => (
                <tr>
                  <td dir="auto">{e.label}</td>
                  <td>{e.figure ?? ''}</td>
                  <td dir="auto">{e.source ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : !p.results ? (
          <p class="muted">{t('practice.noResults')}</p>
        ) : null}
      </section>
      {p.links.length ? (
        <section>
          <h2>{t('practice.form.links')}</h2>
          <ul>
            {p.links.map((l) => (
              <li>
                {t(`practice.link.${l.kind}`)}:{' '}
                <a
                  href={
                    l.kind === 'programme'
                      ? `/programmes/${l.id}`
                      : l.kind === 'process'
                        ? `/processes/${l.id}`
                        : `/lessons#${l.id}`
                  }
                  dir="auto"
                >
                  {l.title.length > 120 ? `${l.title.slice(0, 117)}…` : l.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <DocumentList
        documents={data.documents}
        ownerType={PRACTICE_DOCUMENTS}
        ownerId={p.id}
        access={{ write: p.actions.edit }}
      />
      <WorkflowPanel
        practice={p}
        comments={data.comments}
        reviews={data.reviews}
        errors={data.stepErrors ?? {}}
      />
      <ReviewSummary practice={p} reviews={data.reviews} />
      <RoadmapSection practice={p} roadmap={data.roadmap} suggestions={data.suggestions} />
      {data.tree ? (
        <section aria-labelledby="family">
          <h2 id="family">{t('practice.family')}</h2>
          <ul class="tree">
            <Tree node={data.tree} current={p.id} />
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
