import type { Translator } from '../../i18n/translator.ts';
import { Button, ErrorSummary, Form } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { useT, useView } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { ActionChange } from './bulk.actions.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS } from './bulk.parse.ts';
import { HANDLERS, type Report } from './bulk.service.ts';
import type { CheckedRow, RowProblem } from './bulk.types.ts';
import type { ValueChange } from './bulk.values.ts';
import { formatValue } from './indicator.format.ts';
import { valueLabel } from './indicator.views.tsx';
import { BULK_MODES, type BulkKind, type BulkMode } from './monitoring.table.ts';

/** Where each kind of upload lives, and the tab it belongs to. */
export const KIND_PATHS: Record<BulkKind, { path: string; tab: string }> = {
  'indicator-values': { path: 'indicators/import', tab: 'indicators' },
  'action-updates': { path: 'actions/import', tab: 'actions' },
};

/** How many rows the preview lists; the counts always cover the whole file. */
const SHOWN = 200;

/** "Row 7, column “value”: Enter the value as a number, like 12.5" */
export function problemText(i18n: Translator, row: number, problem: RowProblem): string {
  return i18n.t('bulk.problem', {
    row,
    column: problem.column,
    message: i18n.t(problem.key, problem.values),
  });
}

export function UploadPage({
  context,
  kind,
  errors,
  mode,
}: {
  context: ProcessSpace;
  kind: BulkKind;
  errors: Record<string, string>;
  mode: BulkMode;
}) {
  const { i18n, csrfToken } = useView();
  const { t } = i18n;
  const { path, tab } = KIND_PATHS[kind];
  const base = `/processes/${context.process.id}/${path}`;
  return (
    <ProcessFrame
      process={context.frame}
      active={tab}
      title={t(`bulk.${kind}.title`)}
      trail={[{ label: t(`bulk.${kind}.title`) }]}
    >
      <p>{t(`bulk.${kind}.intro`)}</p>
      <h3>{t('bulk.template.title')}</h3>
      <p>{t(`bulk.${kind}.columns`)}</p>
      <ul>
        <li>
          <a href={`${base}/template.xlsx`}>{t('bulk.template.xlsx')}</a>
        </li>
        <li>
          <a href={`${base}/template.csv`}>{t('bulk.template.csv')}</a>
        </li>
      </ul>
      <h3>{t('bulk.upload.title')}</h3>
      <ErrorSummary errors={errors} />
      <form method="post" action={base} enctype="multipart/form-data" class="form" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div class={errors.file ? 'field field--error' : 'field'}>
          <label class="field__label" for="file">
            {t('bulk.upload.file')}
          </label>
          <p class="field__hint" id="file-hint">
            {t('bulk.upload.fileHint', {
              size: MAX_UPLOAD_BYTES / 1024 / 1024,
              rows: i18n.number(MAX_UPLOAD_ROWS),
            })}
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
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={errors.file ? 'file-hint file-error' : 'file-hint'}
          />
        </div>
        <fieldset class="field">
          <legend class="field__label">{t('bulk.mode.legend')}</legend>
          <ul class="choice-list">
            {BULK_MODES.map((m) => (
              <li class="radios__item">
                <input type="radio" id={`mode-${m}`} name="mode" value={m} checked={mode === m} />
                <label for={`mode-${m}`}>{t(`bulk.mode.${m}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div class="button-group">
          <Button>{t('bulk.upload.submit')}</Button>
          <a href={`/processes/${context.process.id}/${tab}`}>{t('monitoring.cancel')}</a>
        </div>
      </form>
    </ProcessFrame>
  );
}

function ValueChangeText({ change }: { change: ValueChange }) {
  const i18n = useT();
  const { t } = i18n;
  const what = t('bulk.value.what', {
    indicator: change.indicatorName,
    period: change.period,
    group: valueLabel(t, change),
  });
  if (change.kind === 'same') return <>{t('bulk.value.same', { what })}</>;
  if (change.kind === 'new')
    return <>{t('bulk.value.new', { what, value: formatValue(i18n, change.unit, change.value) })}</>;
  return (
    <>
      {t('bulk.value.replace', {
        what,
        value: formatValue(i18n, change.unit, change.value),
        previous: formatValue(i18n, change.unit, change.previous ?? 0),
      })}
    </>
  );
}

function ActionChangeText({ change }: { change: ActionChange }) {
  const { t } = useT();
  const same =
    change.before.status === change.after.status && change.before.progress === change.after.progress;
  if (same) return <>{t('bulk.action.same', { title: change.title })}</>;
  return (
    <>
      {t('bulk.action.change', {
        title: change.title,
        fromStatus: t(`action.status.${change.before.status}`),
        toStatus: t(`action.status.${change.after.status}`),
        fromProgress: change.before.progress,
        toProgress: change.after.progress,
      })}
    </>
  );
}

export function PreviewPage({
  context,
  kind,
  uploadId,
  fileName,
  mode,
  report,
  notice,
}: {
  context: ProcessSpace;
  kind: BulkKind;
  uploadId: string;
  fileName: string;
  mode: BulkMode;
  report: Report;
  /** Why the last confirmation saved nothing, when it did not. */
  notice?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const { path, tab } = KIND_PATHS[kind];
  const base = `/processes/${context.process.id}/${path}`;
  const problems = report.rows.flatMap((r) => r.problems.map((p) => ({ row: r.row, problem: p })));
  const toSave = report.valid - report.unchanged;
  const blocked = mode === 'all-or-nothing' && report.invalid > 0;
  return (
    <ProcessFrame
      process={context.frame}
      active={tab}
      title={t('bulk.preview.title')}
      trail={[{ label: t(`bulk.${kind}.title`), href: base }, { label: t('bulk.preview.title') }]}
    >
      {notice ? (
        <div class="notice notice--error" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      <p class="lead">
        <bdi>{fileName}</bdi>:{' '}
        {t('bulk.preview.summary', {
          rows: report.rows.length,
          valid: report.valid,
          invalid: report.invalid,
        })}
      </p>
      <p>{t('bulk.preview.nothingYet')}</p>
      {problems.length > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
          <h2 class="error-summary__title">{t('bulk.preview.problems', { count: report.invalid })}</h2>
          <ul>
            {problems.slice(0, SHOWN).map(({ row, problem }) => (
              <li>
                <a href={`#row-${row}`}>{problemText(i18n, row, problem)}</a>
              </li>
            ))}
          </ul>
          {problems.length > SHOWN ? (
            <p>{t('bulk.preview.more', { count: problems.length - SHOWN })}</p>
          ) : null}
        </div>
      ) : null}
      <div class="table-wrap">
        <table class="bulk-table">
          <caption>{t('bulk.preview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bulk.preview.row')}</th>
              <th scope="col">{t('bulk.preview.state')}</th>
              <th scope="col">{t('bulk.preview.change')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.slice(0, SHOWN).map((row: CheckedRow<unknown>) => (
              <tr id={`row-${row.row}`}>
                <th scope="row" class="num">
                  {row.row}
                </th>
                <td>
                  {row.change === null ? (
                    <Tag label={t('bulk.state.problem')} tone="error" />
                  ) : HANDLERS[kind].unchanged(row.change) ? (
                    <Tag label={t('bulk.state.same')} tone="neutral" />
                  ) : (
                    <Tag label={t('bulk.state.ready')} tone="success" />
                  )}
                </td>
                <td>
                  {row.change === null ? (
                    <ul class="plain-list">
                      {row.problems.map((p) => (
                        <li>{problemText(i18n, row.row, p)}</li>
                      ))}
                    </ul>
                  ) : kind === 'indicator-values' ? (
                    <ValueChangeText change={row.change as ValueChange} />
                  ) : (
                    <ActionChangeText change={row.change as ActionChange} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.rows.length > SHOWN ? (
        <p class="muted">{t('bulk.preview.shown', { shown: SHOWN, rows: report.rows.length })}</p>
      ) : null}
      {blocked ? (
        <div class="notice notice--warning">
          <p>{t('bulk.preview.blocked')}</p>
        </div>
      ) : toSave === 0 ? (
        <div class="notice notice--warning">
          <p>{t('bulk.preview.nothingToSave')}</p>
        </div>
      ) : (
        <Form action={`${base}/${uploadId}`}>
          <p>
            {mode === 'valid-only' && report.invalid > 0
              ? t('bulk.preview.confirmSkipping', { count: toSave, skipped: report.invalid })
              : t('bulk.preview.confirmAll', { count: toSave })}
          </p>
          <div class="button-group">
            <Button>{t('bulk.preview.save', { count: toSave })}</Button>
          </div>
        </Form>
      )}
      <p class="link-row">
        <a href={base}>{t('bulk.preview.again')}</a>
      </p>
    </ProcessFrame>
  );
}
