import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, Form, TextArea } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { DOMAINS, type Scale } from './assessment.table.ts';
import { SCALE_VALUES } from './scale.ts';
import { ProblemSummary, Shown } from './shared.views.tsx';
import type { TemplateMay } from './template.policy.ts';
import type { TemplateItemView, TemplateSummary, TemplateView } from './template.presenter.ts';
import { type DocumentProblem, LIMITS } from './template.schema.ts';

function TemplateTable({ templates }: { templates: TemplateSummary[] }) {
  const { t, number } = useT();
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('checklist.field.title')}</th>
            <th scope="col">{t('checklist.field.scale')}</th>
            <th scope="col" class="num">
              {t('checklist.field.items')}
            </th>
            <th scope="col" class="num">
              {t('checklist.field.version')}
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((tpl) => (
            <tr>
              <th scope="row">
                <a href={tpl.href}>
                  <Shown text={tpl.title} />
                </a>
                {tpl.level ? <span class="muted"> · {t(`checklist.level.${tpl.level}`)}</span> : null}
              </th>
              <td>{t(`checklist.scale.${tpl.scale}`)}</td>
              <td class="num">{number(tpl.itemCount)}</td>
              <td class="num">{number(tpl.version)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TemplateListPage({ templates, may }: { templates: TemplateSummary[]; may: TemplateMay }) {
  const { t } = useT();
  const sector = templates.filter((tpl) => tpl.kind === 'sector');
  const governance = templates.filter((tpl) => tpl.kind === 'governance');
  return (
    <Layout title={t('checklist.list.title')} breadcrumbs={[{ label: t('checklist.list.title') }]}>
      <PageHeading
        title={t('checklist.list.title')}
        lead={t('checklist.list.lead')}
        actions={
          may.create ? (
            <a class="button button--secondary" href="/checklists/import">
              {t('checklist.import.title')}
            </a>
          ) : undefined
        }
      />
      {templates.length === 0 ? <EmptyState message={t('checklist.list.empty')} /> : null}
      {sector.length > 0 ? (
        <section aria-labelledby="sector-templates">
          <h2 id="sector-templates">{t('checklist.kind.sector.plural')}</h2>
          <p>{t('checklist.kind.sector.lead')}</p>
          <TemplateTable templates={sector} />
        </section>
      ) : null}
      {governance.length > 0 ? (
        <section aria-labelledby="governance-templates">
          <h2 id="governance-templates">{t('checklist.kind.governance.plural')}</h2>
          <p>{t('checklist.kind.governance.lead')}</p>
          <TemplateTable templates={governance} />
        </section>
      ) : null}
    </Layout>
  );
}

/** The values of a scale in words, as a short list. */
export function ScaleList({ scale }: { scale: Scale }) {
  const { t } = useT();
  return (
    <ul class="inline-list">
      {SCALE_VALUES[scale].map((value) => (
        <li>{t(`assessment.score.${value}`)}</li>
      ))}
    </ul>
  );
}

function ItemBlock({ item, number }: { item: TemplateItemView; number: number }) {
  const { t } = useT();
  return (
    <li class="checklist-item">
      <p class="checklist-item__question">
        <Shown text={item.question} />
      </p>
      <dl class="details">
        {item.guidance ? (
          <>
            <dt>{t('checklist.field.guidance')}</dt>
            <dd>
              <Shown text={item.guidance} />
            </dd>
          </>
        ) : null}
        {item.evidence ? (
          <>
            <dt>{t('checklist.field.evidence')}</dt>
            <dd>
              <Shown text={item.evidence} />
            </dd>
          </>
        ) : null}
      </dl>
      <p class="muted small">{t('checklist.item.ref', { number, key: item.key })}</p>
    </li>
  );
}

function Items({ template }: { template: TemplateView }) {
  const { t } = useT();
  if (template.kind === 'sector')
    return (
      <ol class="checklist-items">
        {template.items.map((item, index) => (
          <ItemBlock item={item} number={index + 1} />
        ))}
      </ol>
    );
  let number = 0;
  return (
    <>
      {DOMAINS.map((domain) => {
        const items = template.items.filter((i) => i.domain === domain);
        if (items.length === 0) return null;
        return (
          <section aria-labelledby={`domain-${domain}`}>
            <h3 id={`domain-${domain}`}>{t(`checklist.domain.${domain}`)}</h3>
            <ol class="checklist-items" start={number + 1}>
              {items.map((item) => {
                number += 1;
                return <ItemBlock item={item} number={number} />;
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}

export interface VersionEntry {
  version: number;
  note: string | null;
  createdAt: string;
  createdByName: string | null;
  rounds: number;
}

export function TemplatePage({
  template,
  versions,
  may,
  guidance,
}: {
  template: TemplateView;
  versions: VersionEntry[];
  may: TemplateMay;
  /** Guidance notes that explain this checklist (from the guidance library, through the manifest). */
  guidance: { title: string; href: string; locale: string }[];
}) {
  const i18n = useT();
  const { t } = i18n;
  const old = template.version !== template.currentVersion;
  const base = `/checklists/${template.id}`;
  return (
    <Layout
      title={template.title.text}
      breadcrumbs={[
        { label: t('checklist.list.title'), href: '/checklists' },
        { label: template.title.text },
      ]}
    >
      <PageHeading
        title={template.title.text}
        caption={t(`checklist.kind.${template.kind}`)}
        actions={
          // Only the current version is edited: an edit makes the next one.
          may.edit && !old ? (
            <a class="button button--primary" href={`${base}/edit`}>
              {t('checklist.edit.link')}
            </a>
          ) : undefined
        }
      />
      {old ? (
        <div class="notice notice--warning" role="status">
          <p>
            {t('checklist.version.old', { version: template.version, current: template.currentVersion })}{' '}
            <a href={base}>{t('checklist.version.seeCurrent')}</a>
          </p>
        </div>
      ) : null}
      {template.description ? (
        <p class="lead">
          <Shown text={template.description} />
        </p>
      ) : null}
      <dl class="details">
        <dt>{t('checklist.field.version')}</dt>
        <dd>{t('checklist.version.of', { version: template.version, current: template.currentVersion })}</dd>
        {template.sector ? (
          <>
            <dt>{t('checklist.field.sector')}</dt>
            <dd>{t(`checklist.sector.${template.sector}`)}</dd>
          </>
        ) : null}
        {template.level ? (
          <>
            <dt>{t('checklist.field.level')}</dt>
            <dd>{t(`checklist.level.${template.level}`)}</dd>
          </>
        ) : null}
        <dt>{t('checklist.field.scale')}</dt>
        <dd>
          {t(`checklist.scale.${template.scale}`)}
          <ScaleList scale={template.scale} />
        </dd>
        <dt>{t('checklist.field.export')}</dt>
        <dd>
          <a href={`${base}/export.json${old ? `?version=${template.version}` : ''}`} download>
            {t('checklist.export.link')}
          </a>
        </dd>
      </dl>
      {guidance.length > 0 ? (
        <section aria-labelledby="checklist-guidance">
          <h2 id="checklist-guidance">{t('checklist.guidance.title')}</h2>
          <p>{t('checklist.guidance.lead')}</p>
          <ul>
            {guidance.map((note) => (
              <li>
                <a href={note.href} lang={note.locale} dir="auto">
                  {note.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t('checklist.items.title', { count: template.items.length })}</h2>
      <Items template={template} />
      <h2>{t('checklist.versions.title')}</h2>
      <p>{t('checklist.versions.lead')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('checklist.field.version')}</th>
              <th scope="col">{t('checklist.versions.when')}</th>
              <th scope="col">{t('checklist.versions.who')}</th>
              <th scope="col">{t('checklist.versions.note')}</th>
              <th scope="col" class="num">
                {t('checklist.versions.rounds')}
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr>
                <th scope="row">
                  {v.version === template.version ? (
                    <span aria-current="true">{t('checklist.version.n', { version: v.version })}</span>
                  ) : (
                    <a href={`${base}?version=${v.version}`}>
                      {t('checklist.version.n', { version: v.version })}
                    </a>
                  )}
                  {v.version === template.currentVersion ? (
                    <>
                      {' '}
                      <Tag label={t('checklist.version.current')} tone="info" />
                    </>
                  ) : null}
                </th>
                <td>{i18n.date(v.createdAt)}</td>
                <td>{v.createdByName ?? t('checklist.versions.starter')}</td>
                <td dir="auto">{v.note ?? '—'}</td>
                <td class="num">{i18n.number(v.rounds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** The admin's JSON import form; problems list each path and what to do about it. */
export function TemplateImportPage({ json, problems }: { json: string; problems: DocumentProblem[] }) {
  const { t } = useT();
  const title = t('checklist.import.title');
  return (
    <Layout
      title={title}
      breadcrumbs={[{ label: t('checklist.list.title'), href: '/checklists' }, { label: title }]}
    >
      <PageHeading title={title} lead={t('checklist.import.lead')} />
      <ProblemSummary problems={problems.map((p) => ({ href: '#json', text: `${p.path}: ${p.message}` }))} />
      <Form action="/checklists/import" class="form form--wide">
        <TextArea
          name="json"
          label={t('checklist.import.json')}
          hint={t('checklist.import.hint', { max: LIMITS.jsonBytes / 1024 })}
          error={problems.length > 0 ? t('checklist.import.fix', { count: problems.length }) : undefined}
          value={json}
          rows={20}
        />
        <Button>{t('checklist.import.submit')}</Button>
      </Form>
      <h2>{t('checklist.import.formatTitle')}</h2>
      <p>{t('checklist.import.format')}</p>
      <pre class="code-sample" dir="ltr">
        {`{
  "key": "sector-labour-local",
  "kind": "sector",
  "scale": "coherence",
  "sector": "labour",
  "title": { "en": "Labour and employment (local)", "fr": "Travail et emploi (local)" },
  "items": [
    {
      "key": "local-jobs",
      "question": { "en": "Do local employment services reach returnees?" },
      "guidance": "Check eligibility rules and who actually uses the services.",
      "evidence": "Service rules and user figures."
    }
  ]
}`}
      </pre>
    </Layout>
  );
}
