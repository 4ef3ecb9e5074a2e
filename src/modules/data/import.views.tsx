import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT, useView } from '../../web/view-context.ts';
import {
  describeEntry,
  describeFailure,
  describeHold,
  describePlace,
  type ReleaseDetail,
  type ReleaseView,
} from './import.presenter.ts';
import type { ImportReport } from './import.report.ts';
import { IMPORT_KINDS } from './import.types.ts';
import type { HoldReason } from './release.checks.ts';

const STATUS_TONE: Record<ReleaseView['status'], TagTone> = {
  running: 'info',
  complete: 'success',
  failed: 'error',
  held: 'warning',
};

/** Why a release is (or would be) held, or what was confirmed, as a list of sentences. */
export function HoldList({ reasons }: { reasons: HoldReason[] }) {
  const i18n = useT();
  return (
    <ul class="item-list">
      {reasons.map((reason) => (
        <li>{describeHold(i18n, reason)}</li>
      ))}
    </ul>
  );
}

function Status({ release }: { release: Pick<ReleaseView, 'status' | 'isCurrent'> }) {
  const { t } = useT();
  return (
    <>
      <Tag label={t(`data.import.status.${release.status}`)} tone={STATUS_TONE[release.status]} />
      {release.isCurrent ? (
        <>
          {' '}
          <Tag label={t('data.import.current')} tone="neutral" />
        </>
      ) : null}
    </>
  );
}

const crumbs = (t: (key: string) => string, last?: string) => [
  { label: t('data.import.title'), href: last ? '/data/imports' : undefined },
  ...(last ? [{ label: last }] : []),
];

/** `/data/imports`: every release of every dataset, newest first within each dataset. */
export function ImportListPage({
  groups,
  page,
  pageSize,
  total,
}: {
  groups: { code: string; title: string; releases: ReleaseView[] }[];
  page: number;
  pageSize: number;
  total: number;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('data.import.title')} breadcrumbs={crumbs(t)}>
      <PageHeading
        title={t('data.import.title')}
        lead={t('data.import.lead')}
        actions={
          <a class="button button--primary" href="/data/imports/new">
            {t('data.import.new')}
          </a>
        }
      />
      {groups.length === 0 ? (
        <EmptyState message={t('data.import.empty')}>
          <p>
            <a href="/data/imports/new">{t('data.import.new')}</a>
          </p>
        </EmptyState>
      ) : null}
      {groups.map((group) => (
        <section class="dataimport-dataset" aria-labelledby={`dataset-${group.releases[0]?.id}`}>
          <h2 id={`dataset-${group.releases[0]?.id}`}>
            {group.title} <span class="muted small ltr">{group.code}</span>
          </h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('data.import.col.release')}</th>
                  <th scope="col">{t('data.import.col.status')}</th>
                  <th scope="col" class="num">
                    {t('data.import.col.rows')}
                  </th>
                  <th scope="col" class="num">
                    {t('data.import.col.values')}
                  </th>
                  <th scope="col" class="num">
                    {t('data.import.col.skipped')}
                  </th>
                  <th scope="col">{t('data.import.col.by')}</th>
                  <th scope="col">{t('data.import.col.when')}</th>
                </tr>
              </thead>
              <tbody>
                {group.releases.map((r) => (
                  <tr>
                    <th scope="row">
                      <a href={`/data/imports/${r.id}`}>{r.label}</a>
                      <br />
                      <span class="muted small">
                        <bdi>{r.fileName}</bdi>
                      </span>
                    </th>
                    <td>
                      <Status release={r} />
                    </td>
                    <td class="num">{i18n.number(r.rowsRead)}</td>
                    <td class="num">{i18n.number(r.valuesStored)}</td>
                    <td class="num">{i18n.number(r.skipped)}</td>
                    <td>{r.importedBy ?? t('data.import.byCommandLine')}</td>
                    <td>{i18n.dateTime(r.startedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <Pagination page={page} pageSize={pageSize} total={total} href={(p) => `/data/imports?page=${p}`} />
    </Layout>
  );
}

export interface ImportFormValues {
  kind?: string;
  release?: string;
  indicator?: string;
  rows?: string;
  period?: string;
  sheet?: string;
  dataset?: string;
  columns?: string;
  keepPartial?: boolean;
  dryRun?: boolean;
  publisher?: string;
  replace?: boolean;
  acceptErrors?: boolean;
}

/** `/data/imports/new`: the upload form. Works without JavaScript (a multipart POST). */
export function ImportFormPage({
  values,
  errors,
  indicators,
  maxMegabytes,
}: {
  values: ImportFormValues;
  errors: FieldErrors;
  indicators: { code: string; name: string }[];
  maxMegabytes: number;
}) {
  const { t } = useT();
  const { csrfToken } = useView();
  const title = t('data.import.form.title');
  return (
    <Layout title={title} breadcrumbs={crumbs(t, title)}>
      <PageHeading title={title} lead={t('data.import.form.lead')} />
      <ErrorSummary errors={errors} />
      <form method="post" action="/data/imports" enctype="multipart/form-data" class="form" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <SelectField
          name="kind"
          label={t('data.import.field.kind')}
          hint={t('data.import.field.kind.hint')}
          value={values.kind}
          error={errors.kind}
          placeholder={t('data.import.field.kind.choose')}
          options={IMPORT_KINDS.map((kind) => ({ value: kind, label: t(`data.import.kind.${kind}`) }))}
        />
        <div class={errors.file ? 'field field--error' : 'field'}>
          <label class="field__label" for="file">
            {t('data.import.field.file')}
          </label>
          <p class="field__hint" id="file-hint">
            {t('data.import.field.file.hint', { size: maxMegabytes })}
          </p>
          {errors.file ? (
            <p class="field__error" id="file-error">
              {errors.file}
            </p>
          ) : null}
          <input
            class="input"
            type="file"
            id="file"
            name="file"
            accept=".csv,.xlsx,.xls,text/csv"
            aria-describedby={errors.file ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={errors.file ? 'true' : undefined}
          />
        </div>
        <TextField
          name="release"
          label={t('data.import.field.release')}
          hint={t('data.import.field.release.hint')}
          value={values.release}
          error={errors.release}
          optional
          maxLength={100}
          width="half"
        />
        <details class="dataimport-options" open={hasAdvanced(values, errors) || undefined}>
          <summary>{t('data.import.form.more')}</summary>
          <SelectField
            name="indicator"
            label={t('data.import.field.indicator')}
            hint={t('data.import.field.indicator.hint')}
            value={values.indicator}
            error={errors.indicator}
            optional
            placeholder={t('data.import.field.indicator.none')}
            options={indicators.map((i) => ({ value: i.code, label: `${i.name} (${i.code})` }))}
          />
          <SelectField
            name="rows"
            label={t('data.import.field.rows')}
            hint={t('data.import.field.rows.hint')}
            value={values.rows}
            error={errors.rows}
            optional
            placeholder={t('data.import.field.rows.fromFile')}
            options={[
              { value: 'origin', label: t('data.import.field.rows.origin') },
              { value: 'destination', label: t('data.import.field.rows.destination') },
            ]}
          />
          <TextField
            name="period"
            label={t('data.import.field.period')}
            hint={t('data.import.field.period.hint')}
            value={values.period}
            error={errors.period}
            optional
            maxLength={4}
            width="short"
          />
          <TextField
            name="publisher"
            label={t('data.import.field.publisher')}
            hint={t('data.import.field.publisher.hint')}
            value={values.publisher}
            error={errors.publisher}
            optional
            maxLength={200}
            width="half"
          />
          <TextField
            name="sheet"
            label={t('data.import.field.sheet')}
            hint={t('data.import.field.sheet.hint')}
            value={values.sheet}
            error={errors.sheet}
            optional
            maxLength={100}
            width="half"
          />
          <TextField
            name="dataset"
            label={t('data.import.field.dataset')}
            hint={t('data.import.field.dataset.hint')}
            value={values.dataset}
            error={errors.dataset}
            optional
            maxLength={100}
            width="half"
          />
          <TextArea
            name="columns"
            label={t('data.import.field.columns')}
            hint={t('data.import.field.columns.hint')}
            value={values.columns}
            error={errors.columns}
            optional
            rows={4}
            maxLength={2000}
          />
          <Checkbox
            name="keepPartial"
            label={t('data.import.field.keepPartial')}
            checked={values.keepPartial}
          />
        </details>
        <Checkbox name="replace" label={t('data.import.field.replace')} checked={values.replace} />
        <Checkbox
          name="acceptErrors"
          label={t('data.import.field.acceptErrors')}
          checked={values.acceptErrors}
        />
        <Checkbox name="dryRun" label={t('data.import.field.dryRun')} checked={values.dryRun} />
        <Button>{t('data.import.form.submit')}</Button>
      </form>
    </Layout>
  );
}

function hasAdvanced(values: ImportFormValues, errors: FieldErrors): boolean {
  const fields = ['indicator', 'rows', 'period', 'publisher', 'sheet', 'dataset', 'columns'] as const;
  return fields.some((f) => values[f] || errors[f]) || Boolean(values.keepPartial);
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked?: boolean }) {
  return (
    <div class="field dataimport-check">
      <input type="checkbox" id={name} name={name} value="on" checked={checked || undefined} />{' '}
      <label for={name}>{label}</label>
    </div>
  );
}

/** The counts of a report, as a definition list. */
function Counts({
  report,
}: {
  report: Partial<ImportReport> & { rowsRead: number; valuesStored: number; skipped: number };
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <dl class="details">
      <dt>{t('data.import.col.rows')}</dt>
      <dd>{i18n.number(report.rowsRead)}</dd>
      <dt>{t('data.import.col.values')}</dt>
      <dd>{i18n.number(report.valuesStored)}</dd>
      <dt>{t('data.import.missing')}</dt>
      <dd>{i18n.number(report.valuesMissing ?? 0)}</dd>
      <dt>{t('data.import.col.skipped')}</dt>
      <dd>{i18n.number(report.skipped)}</dd>
    </dl>
  );
}

/** The skipped rows: counts by reason, then each row with its file, line or cell and reason. */
function Skipped({
  reasons,
  entries,
  total,
}: {
  reasons: Record<string, number>;
  entries: ImportReport['entries'];
  total: number;
}) {
  const i18n = useT();
  const { t } = i18n;
  if (total === 0) return <p>{t('data.import.noneSkipped')}</p>;
  return (
    <>
      <h2>{t('data.import.byReason')}</h2>
      <ul class="item-list">
        {Object.entries(reasons).map(([reason, count]) => (
          <li>
            {t(`data.import.reasonName.${reason}`)}: <strong>{i18n.number(count)}</strong>
          </li>
        ))}
      </ul>
      <h2>{t('data.import.skippedRows')}</h2>
      {entries.length < total ? (
        <p class="muted">
          {t('data.import.capped', { shown: i18n.number(entries.length), total: i18n.number(total) })}
        </p>
      ) : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('data.import.col.place')}</th>
              <th scope="col">{t('data.import.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td class="ltr">
                  <bdi>{describePlace(entry)}</bdi>
                </td>
                <td>{describeEntry(i18n, entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** `/data/imports/:id`: one release, its progress while it runs, then its report. */
export function ReleasePage({ release, refresh }: { release: ReleaseDetail; refresh: boolean }) {
  const i18n = useT();
  const { t } = i18n;
  const title = t('data.import.release.title', { label: release.label });
  const failure = release.summary.failure;
  const percent = Math.round((release.progress ?? 0) * 100);
  return (
    <Layout title={title} breadcrumbs={crumbs(t, title)}>
      {release.status === 'running' && refresh ? <meta http-equiv="refresh" content="3" /> : null}
      <PageHeading title={title} caption={release.datasetTitle} />
      <p>
        <Status release={release} />
      </p>
      {release.status === 'running' ? (
        <div class="dataimport-running" role="status">
          <p>
            <label for="dataimport-progress">{t('data.import.running', { percent })}</label>
          </p>
          <progress id="dataimport-progress" class="dataimport-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <p>
            {refresh ? (
              <>
                {t('data.import.refreshing')}{' '}
                <a href={`/data/imports/${release.id}?refresh=off`}>{t('data.import.refresh.stop')}</a>
              </>
            ) : (
              <a href={`/data/imports/${release.id}`}>{t('data.import.refresh.now')}</a>
            )}
          </p>
        </div>
      ) : null}
      {failure ? (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>{t('data.import.failed')}</strong>
          </p>
          <p>
            <bdi class="ltr">{describePlace(failure, release.fileName)}</bdi>:{' '}
            {describeFailure(i18n, failure)}
          </p>
          <p>{t('data.import.failed.nothingChanged')}</p>
        </div>
      ) : null}
      {release.status === 'held' && !release.isCurrent ? (
        <div class="notice notice--warning" role="status">
          <p>
            <strong>{t('data.release.held.title')}</strong>
          </p>
          <p>{t('data.release.held.lead')}</p>
          <HoldList reasons={release.summary.held ?? []} />
          <p>{t('data.release.held.how')}</p>
        </div>
      ) : null}
      {release.status === 'complete' && !release.isCurrent ? <p>{t('data.release.notCurrent')}</p> : null}
      {(release.status === 'complete' || release.status === 'held') && !release.isCurrent ? (
        <p>
          <a class="button button--secondary" href={`/data/imports/${release.id}/make-current`}>
            {t('data.release.makeCurrent')}
          </a>
        </p>
      ) : null}
      {release.summary.confirmed && release.summary.confirmed.length > 0 ? (
        <>
          <p>{t('data.release.confirmed.title')}</p>
          <HoldList reasons={release.summary.confirmed} />
        </>
      ) : null}
      <h2>{t('data.import.release.about')}</h2>
      <dl class="details">
        <dt>{t('data.import.kindOfFile')}</dt>
        <dd>{t(`data.import.kind.${release.kind}`)}</dd>
        <dt>{t('data.import.dataset')}</dt>
        <dd>
          {release.datasetTitle} <span class="muted ltr">({release.datasetCode})</span>
        </dd>
        <dt>{t('data.import.publisher')}</dt>
        <dd>
          {release.publisher} · {release.licence}
        </dd>
        <dt>{t('data.import.field.file')}</dt>
        <dd>
          <bdi>{release.fileName}</bdi>
          <br />
          <span class="muted small ltr dataimport-hash">SHA-256 {release.sha256}</span>
        </dd>
        <dt>{t('data.import.col.by')}</dt>
        <dd>{release.importedBy ?? t('data.import.byCommandLine')}</dd>
        <dt>{t('data.import.startedAt')}</dt>
        <dd>{i18n.dateTime(release.startedAt)}</dd>
        {release.finishedAt ? (
          <>
            <dt>{t('data.import.finishedAt')}</dt>
            <dd>{i18n.dateTime(release.finishedAt)}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('data.import.report')}</h2>
      <Counts
        report={{
          ...release.summary,
          rowsRead: release.rowsRead,
          valuesStored: release.valuesStored,
          skipped: release.skipped,
        }}
      />
      {release.status !== 'running' ? (
        <Skipped reasons={release.summary.reasons ?? {}} entries={release.entries} total={release.skipped} />
      ) : null}
      <p>
        <a href="/data/imports">{t('data.import.back')}</a>
      </p>
    </Layout>
  );
}

/** The answer to a dry run: the report of what would have been stored. */
export function DryRunPage({
  report,
  datasetTitle,
  label,
  failed,
}: {
  report: ImportReport;
  datasetTitle: string | null;
  label: string | null;
  failed: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  const title = t('data.import.dryRun.title');
  return (
    <Layout title={title} breadcrumbs={crumbs(t, title)}>
      <PageHeading
        title={title}
        caption={datasetTitle ?? undefined}
        lead={t('data.import.dryRun.lead', { label: label ?? '' })}
      />
      {failed && report.failure ? (
        <div class="notice notice--warning" role="alert">
          <p>
            <bdi class="ltr">{describePlace(report.failure, report.file)}</bdi>:{' '}
            {describeFailure(i18n, report.failure)}
          </p>
        </div>
      ) : null}
      {report.held && report.held.length > 0 ? (
        <div class="notice notice--warning" role="status">
          <p>{t('data.release.dryRun.wouldHold')}</p>
          <HoldList reasons={report.held} />
        </div>
      ) : null}
      <Counts report={report} />
      <Skipped reasons={report.reasons} entries={report.entries} total={report.skipped} />
      <p>
        <a href="/data/imports/new">{t('data.import.dryRun.again')}</a>
      </p>
    </Layout>
  );
}

/** `/data/imports/:id/make-current`: the confirmation step, saying what the switch changes. */
export function MakeCurrentPage({
  release,
  current,
  reasons,
}: {
  release: { id: string; label: string; datasetTitle: string };
  current: { id: string; label: string } | null;
  reasons: HoldReason[];
}) {
  const { t } = useT();
  const { csrfToken } = useView();
  const title = t('data.release.confirm.title', { label: release.label });
  return (
    <Layout title={title} breadcrumbs={crumbs(t, title)}>
      <PageHeading title={title} caption={release.datasetTitle} />
      <p>
        {current
          ? t('data.release.confirm.replaces', { current: current.label })
          : t('data.release.confirm.first')}
      </p>
      {current && reasons.length > 0 ? (
        <div class="notice notice--warning" role="status">
          <p>{t('data.release.confirm.lost')}</p>
          <HoldList reasons={reasons} />
        </div>
      ) : current ? (
        <p>{t('data.release.confirm.nothingLost')}</p>
      ) : reasons.length > 0 ? (
        <div class="notice notice--warning" role="status">
          <HoldList reasons={reasons} />
        </div>
      ) : null}
      <form method="post" action={`/data/imports/${release.id}/make-current`} class="form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Button kind={reasons.length > 0 ? 'warning' : 'primary'}>{t('data.release.confirm.submit')}</Button>{' '}
        <a href={`/data/imports/${release.id}`}>{t('data.release.confirm.cancel')}</a>
      </form>
    </Layout>
  );
}
