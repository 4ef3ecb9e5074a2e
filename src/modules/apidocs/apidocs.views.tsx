import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { ApiField, ApiOperation, ApiParameter, ApiTag } from './apidocs.presenter.ts';

/** Statuses with a standard meaning in the catalogue (`apidocs.status.NNN`). */
const KNOWN_STATUSES = new Set(['200', '201', '204', '400', '401', '403', '404', '409', '422', '429', '500']);
const COMMON_ERRORS = ['400', '401', '403', '404', '409', '429', '500'];
const METHOD_TONES: Record<string, TagTone> = {
  GET: 'info',
  POST: 'success',
  PUT: 'warning',
  PATCH: 'warning',
  DELETE: 'error',
};
const PARAMETER_PLACES = new Set(['query', 'path', 'header', 'cookie']);

const PROBLEM_EXAMPLE = `{
  "type": "BASE_URL/problems/ValidationFailed",
  "title": "Bad Request",
  "status": 400,
  "code": "ValidationFailed",
  "detail": "Some of the information is missing or not valid",
  "instance": "/api/v1/countries?region=europe",
  "errors": [
    { "location": "querystring", "pointer": "/region", "detail": "Invalid string: must match pattern /^\\\\d{3}$/" }
  ]
}`;

const PAGE_EXAMPLE = `{
  "data": [ … ],
  "next": "eyJhdCI6…"
}`;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Code({ children }: { children: string }) {
  return <code dir="ltr">{children}</code>;
}

/** Text from the OpenAPI document: written in English in the code, whatever the page's language. */
function Prose({ children }: { children: string }) {
  return (
    <p lang="en" dir="auto">
      {children}
    </p>
  );
}

function statusMeaning(t: (key: string) => string, status: string, description: string | null): string {
  if (description) return description;
  return KNOWN_STATUSES.has(status) ? t(`apidocs.status.${status}`) : '';
}

function FieldNotes({ field }: { field: ApiField }) {
  const { t } = useT();
  return (
    <>
      {field.description ? <Prose>{field.description}</Prose> : null}
      {field.constraints.map((c) => (
        <p class="small muted">
          {t('apidocs.labelled', { label: t(`apidocs.constraint.${c.kind}`) })} <Code>{c.value}</Code>
        </p>
      ))}
    </>
  );
}

function ParameterTable({ parameters }: { parameters: ApiParameter[] }) {
  const { t } = useT();
  if (parameters.length === 0) return <p class="muted">{t('apidocs.noParameters')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('apidocs.col.name')}</th>
            <th scope="col">{t('apidocs.col.in')}</th>
            <th scope="col">{t('apidocs.col.type')}</th>
            <th scope="col">{t('apidocs.col.required')}</th>
            <th scope="col">{t('apidocs.col.description')}</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr>
              <th scope="row">
                <Code>{p.name}</Code>
              </th>
              <td>{PARAMETER_PLACES.has(p.in) ? t(`apidocs.in.${p.in}`) : p.in}</td>
              <td>
                <Code>{p.type}</Code>
              </td>
              <td>{p.required ? t('apidocs.yes') : t('apidocs.no')}</td>
              <td>
                <FieldNotes field={p} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FieldTable({ fields }: { fields: ApiField[] }) {
  const { t } = useT();
  if (fields.length === 0) return <p class="muted">{t('apidocs.noFields')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('apidocs.col.field')}</th>
            <th scope="col">{t('apidocs.col.type')}</th>
            <th scope="col">{t('apidocs.col.required')}</th>
            <th scope="col">{t('apidocs.col.description')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr>
              <th scope="row">
                <Code>{f.name}</Code>
              </th>
              <td>
                <Code>{f.type}</Code>
              </td>
              <td>{f.required ? t('apidocs.yes') : t('apidocs.no')}</td>
              <td>
                <FieldNotes field={f} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation({ op }: { op: ApiOperation }) {
  const { t } = useT();
  const statuses = [
    ...op.responses.map((r) => ({ status: r.status, meaning: statusMeaning(t, r.status, r.description) })),
    ...op.errorStatuses.map((status) => ({ status, meaning: statusMeaning(t, status, null) })),
  ];
  return (
    <section class="api-operation" id={op.anchor} aria-labelledby={`${op.anchor}-title`}>
      <h3 id={`${op.anchor}-title`} class="api-operation__title">
        <Tag label={op.method} tone={METHOD_TONES[op.method] ?? 'neutral'} /> <Code>{op.path}</Code>
      </h3>
      {op.summary ? <Prose>{op.summary}</Prose> : null}
      {op.description ? <Prose>{op.description}</Prose> : null}
      {op.deprecated ? (
        <p>
          <Tag label={t('apidocs.deprecated')} tone="warning" />
        </p>
      ) : null}
      {op.secured ? <p>{t('apidocs.needsToken')}</p> : null}

      <h4>{t('apidocs.parameters')}</h4>
      <ParameterTable parameters={op.parameters} />

      {op.requestBody ? (
        <>
          <h4>{t('apidocs.requestBody')}</h4>
          <p>
            {t('apidocs.labelled', { label: t('apidocs.contentType') })}{' '}
            <Code>{op.requestBody.contentType}</Code>
            {op.requestBody.required ? ` · ${t('apidocs.bodyRequired')}` : ''}
          </p>
          <FieldTable fields={op.requestBody.fields} />
        </>
      ) : null}

      {op.responses
        .filter((r) => r.contentType)
        .map((r) => (
          <>
            <h4>{t('apidocs.response', { status: r.status })}</h4>
            <p>
              {t('apidocs.labelled', { label: t('apidocs.contentType') })} <Code>{r.contentType ?? ''}</Code>
            </p>
            <FieldTable fields={r.fields} />
          </>
        ))}

      <h4>{t('apidocs.statusCodes')}</h4>
      <dl class="details api-statuses">
        {statuses.map((s) => (
          <>
            <dt>
              <Code>{s.status}</Code>
            </dt>
            <dd>{s.meaning || '—'}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

function Intro({ baseUrl }: { baseUrl: string }) {
  const { t } = useT();
  return (
    <>
      <section id="authentication" aria-labelledby="authentication-title">
        <h2 id="authentication-title">{t('apidocs.auth.title')}</h2>
        <p>{t('apidocs.auth.public')}</p>
        <p>{t('apidocs.auth.token', { header: 'Authorization' })}</p>
        <pre>Authorization: Bearer cor_…</pre>
        <p>
          <a href="/account">{t('apidocs.auth.account')}</a>. {t('apidocs.auth.rules')}
        </p>
        <p>{t('apidocs.auth.example')}</p>
        <pre>{`curl -H "Authorization: Bearer $CORRIDOR_TOKEN" \\\n  "${baseUrl}/api/v1/countries?region=002"`}</pre>
      </section>

      <section id="errors" aria-labelledby="errors-title">
        <h2 id="errors-title">{t('apidocs.errors.title')}</h2>
        <p>{t('apidocs.errors.body', { type: 'application/problem+json', header: 'Accept-Language' })}</p>
        <pre>{PROBLEM_EXAMPLE.replace('BASE_URL', baseUrl)}</pre>
        <p>
          <a href="/problems">{t('problem.index.title')}</a>
        </p>
        <p>{t('apidocs.errors.validation', { errors: 'errors' })}</p>
        <div class="table-wrap">
          <table>
            <caption>{t('apidocs.errors.statuses')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apidocs.col.status')}</th>
                <th scope="col">{t('apidocs.col.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {COMMON_ERRORS.map((status) => (
                <tr>
                  <th scope="row">
                    <Code>{status}</Code>
                  </th>
                  <td>{t(`apidocs.status.${status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section id="paging" aria-labelledby="paging-title">
        <h2 id="paging-title">{t('apidocs.paging.title')}</h2>
        <p>{t('apidocs.paging.body', { data: 'data', next: 'next' })}</p>
        <pre>{PAGE_EXAMPLE}</pre>
        <p>{t('apidocs.paging.next', { next: 'next', cursor: 'cursor' })}</p>
      </section>
    </>
  );
}

/** The API reference: how to authenticate, errors, paging, then every operation by tag. */
export function ApiReferencePage({ tags, baseUrl }: { tags: ApiTag[]; baseUrl: string }) {
  const { t } = useT();
  return (
    <Layout title={t('apidocs.title')} breadcrumbs={[{ label: t('apidocs.title') }]}>
      <PageHeading title={t('apidocs.title')} lead={t('apidocs.lead')} />
      <p>
        <a href="/api/openapi.json">{t('apidocs.openapi')}</a>{' '}
        <span class="muted">{t('apidocs.openapiHint')}</span>
      </p>

      <nav class="api-contents" aria-labelledby="api-contents-title">
        <h2 id="api-contents-title">{t('apidocs.contents')}</h2>
        <ul>
          <li>
            <a href="#authentication">{t('apidocs.auth.title')}</a>
          </li>
          <li>
            <a href="#errors">{t('apidocs.errors.title')}</a>
          </li>
          <li>
            <a href="#paging">{t('apidocs.paging.title')}</a>
          </li>
          {tags.map((tag) => (
            <li>
              <a href={`#${tag.anchor}`}>{capitalise(tag.name)}</a>
              <ul>
                {tag.operations.map((op) => (
                  <li>
                    <a href={`#${op.anchor}`}>
                      <Code>{`${op.method} ${op.path}`}</Code>
                    </a>
                    {op.summary ? (
                      <>
                        <span class="api-contents__sep" aria-hidden="true">
                          {' · '}
                        </span>
                        <span class="api-contents__summary" lang="en" dir="auto">
                          {op.summary}
                        </span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>

      <Intro baseUrl={baseUrl} />

      {tags.length === 0 ? <p class="empty-state">{t('apidocs.empty')}</p> : null}
      {tags.map((tag) => (
        <section class="api-tag" id={tag.anchor} aria-labelledby={`${tag.anchor}-title`}>
          <h2 id={`${tag.anchor}-title`}>{capitalise(tag.name)}</h2>
          {tag.description ? <Prose>{tag.description}</Prose> : null}
          {tag.operations.map((op) => (
            <Operation op={op} />
          ))}
        </section>
      ))}
    </Layout>
  );
}
