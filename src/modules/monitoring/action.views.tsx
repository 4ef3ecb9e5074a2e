import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, Form, SelectField } from '../../web/components/form.tsx';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { Action } from './action.presenter.ts';
import {
  ActionStatusTags,
  DateText,
  LinkRow,
  Money,
  OrganisationName,
  ProgressBar,
  TagIds,
} from './monitoring.components.tsx';
import { ACTION_STATUSES, ROLLUPS, type Rollup } from './monitoring.table.ts';
import type { TermRecord } from './monitoring.tags.ts';
import type { RollupResult } from './rollup.ts';

export interface ActionFilterValues {
  status: string;
  overdue: boolean;
}

export interface PlanRollup {
  method: Rollup;
  plan: RollupResult;
  stages: { stage: string; result: RollupResult }[];
}

/** "45% complete, the average of 12 actions" and why a budget roll-up fell back, in words. */
export function RollupSentence({ result }: { result: RollupResult }) {
  const i18n = useT();
  const { t } = i18n;
  if (result.percent === null) return <p class="muted">{t('action.rollup.none')}</p>;
  return (
    <>
      <p>
        <ProgressBar percent={result.percent} label={t('action.rollup.plan')} />{' '}
        {result.method === 'budget'
          ? t('action.rollup.byBudget', { count: result.count, currency: result.currency ?? '' })
          : t('action.rollup.byAverage', { count: result.count })}
      </p>
      {result.fallback ? <p class="muted">{t(`action.rollup.fallback.${result.fallback}`)}</p> : null}
    </>
  );
}

function RollupPanel({ rollup, context }: { rollup: PlanRollup; context: ProcessSpace }) {
  const { t } = useT();
  return (
    <section aria-labelledby="rollup-title" class="rollup">
      <h3 id="rollup-title">{t('action.rollup.title')}</h3>
      <RollupSentence result={rollup.plan} />
      {rollup.stages.length > 0 ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('action.rollup.byStage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('action.field.stage')}</th>
                <th scope="col" class="num">
                  {t('action.rollup.actions')}
                </th>
                <th scope="col">{t('action.field.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.stages.map(({ stage, result }) => (
                <tr>
                  <th scope="row">{t(`monitoring.stage.${stage}`)}</th>
                  <td class="num">{result.count}</td>
                  <td>
                    <ProgressBar percent={result.percent} label={t(`monitoring.stage.${stage}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {context.may.edit ? (
        <Form action={`/processes/${context.process.id}/actions/rollup`} class="form rollup__form">
          <fieldset class="field">
            <legend class="field__label">{t('action.rollup.choose')}</legend>
            <ul class="choice-list">
              {ROLLUPS.map((method) => (
                <li class="radios__item">
                  <input
                    type="radio"
                    id={`rollup-${method}`}
                    name="rollup"
                    value={method}
                    checked={rollup.method === method}
                  />
                  <label for={`rollup-${method}`}>{t(`action.rollup.method.${method}`)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Button kind="secondary">{t('action.rollup.save')}</Button>
        </Form>
      ) : null}
    </section>
  );
}

function ActionTable({
  actions,
  terms,
  caption,
}: {
  actions: Action[];
  terms: TermRecord[];
  caption: string;
}) {
  const { t } = useT();
  return (
    <div class="table-wrap">
      <table class="action-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('action.field.title')}</th>
            <th scope="col">{t('action.field.responsible')}</th>
            <th scope="col">{t('action.field.endDate')}</th>
            <th scope="col">{t('action.field.status')}</th>
            <th scope="col">{t('action.field.progress')}</th>
            <th scope="col" class="num">
              {t('action.field.budget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr>
              <td>
                <a href={`/processes/${action.processId}/actions/${action.id}`} dir="auto">
                  {action.title}
                </a>
                {action.stage ? <p class="small muted">{t(`monitoring.stage.${action.stage}`)}</p> : null}
                <TagIds ids={action.tags} terms={terms} />
              </td>
              <td>
                {action.responsibleOrganisation ? (
                  <OrganisationName organisation={action.responsibleOrganisation} />
                ) : (
                  <span class="muted">{t('action.noResponsible')}</span>
                )}
              </td>
              <td>
                <DateText iso={action.endDate} />
              </td>
              <td>
                <ActionStatusTags status={action.status} overdue={action.overdue} />
              </td>
              <td>
                <ProgressBar percent={action.progress} label={action.title} />
              </td>
              <td class="num">
                <Money budget={action.budget} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ActionListPage({
  context,
  actions,
  total,
  overdueCount,
  filter,
  rollup,
  shared,
  terms,
}: {
  context: ProcessSpace;
  actions: Action[];
  total: number;
  overdueCount: number;
  filter: ActionFilterValues;
  rollup: PlanRollup;
  shared: (Action & { processTitle: string })[];
  terms: TermRecord[];
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/actions`;
  const filtered = filter.status !== '' || filter.overdue;
  return (
    <ProcessFrame
      process={context.frame}
      active="actions"
      actions={
        context.may.edit ? (
          <a class="button button--primary" href={`${base}/new`}>
            {t('action.add')}
          </a>
        ) : undefined
      }
    >
      <RollupPanel rollup={rollup} context={context} />
      <section aria-labelledby="actions-title">
        <h3 id="actions-title">{t('action.list.title')}</h3>
        {overdueCount > 0 ? (
          <div class="notice notice--warning">
            <p>
              {t('action.list.overdueNotice', { count: overdueCount })}{' '}
              <a href={`${base}?overdue=1`}>{t('action.list.showOverdue')}</a>
            </p>
          </div>
        ) : null}
        <form method="get" action={base} class="filters">
          <SelectField
            name="status"
            label={t('action.field.status')}
            value={filter.status}
            placeholder={t('action.filter.anyStatus')}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`action.status.${s}`) }))}
          />
          <div class="field checkbox">
            <input type="checkbox" id="overdue" name="overdue" value="1" checked={filter.overdue} />
            <label for="overdue">{t('action.filter.overdueOnly')}</label>
          </div>
          <Button kind="secondary">{t('action.filter.apply')}</Button>
          {filtered ? <a href={base}>{t('action.filter.clear')}</a> : null}
        </form>
        <p class="muted">{t('action.list.count', { shown: actions.length, total })}</p>
        {actions.length === 0 ? (
          <EmptyState message={filtered ? t('action.list.noneMatch') : t('action.list.empty')}>
            {context.may.edit && !filtered ? (
              <p>
                <a href={`${base}/new`}>{t('action.add')}</a>
              </p>
            ) : null}
          </EmptyState>
        ) : (
          <ActionTable actions={actions} terms={terms} caption={t('action.list.title')} />
        )}
        <LinkRow>
          <a href={`${base}/timeline`}>{t('action.timeline.link')}</a>
          {' · '}
          <a href={`${base}/export.csv`}>{t('monitoring.download.csv')}</a>
          {' · '}
          <a href={`${base}/export.xlsx`}>{t('monitoring.download.xlsx')}</a>
          {context.may.edit ? (
            <>
              {' · '}
              <a href={`${base}/import`}>{t('action.import.link')}</a>
            </>
          ) : null}
        </LinkRow>
      </section>
      {shared.length > 0 ? (
        <section aria-labelledby="shared-title">
          <h3 id="shared-title">{t('action.shared.title')}</h3>
          <p class="muted">{t('action.shared.hint')}</p>
          {[...new Set(shared.map((a) => a.processId))].map((processId) => {
            const ofProcess = shared.filter((a) => a.processId === processId);
            return (
              <>
                <h4>
                  <a href={`/processes/${processId}`} dir="auto">
                    {ofProcess[0]!.processTitle}
                  </a>
                </h4>
                <SharedActionTable actions={ofProcess} />
              </>
            );
          })}
        </section>
      ) : null}
    </ProcessFrame>
  );
}

/** Actions of a paired process: read-only, without links to edit. */
function SharedActionTable({ actions }: { actions: Action[] }) {
  const { t } = useT();
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('action.field.title')}</th>
            <th scope="col">{t('action.field.endDate')}</th>
            <th scope="col">{t('action.field.status')}</th>
            <th scope="col">{t('action.field.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr>
              <td dir="auto">{action.title}</td>
              <td>
                <DateText iso={action.endDate} />
              </td>
              <td>
                <ActionStatusTags status={action.status} overdue={action.overdue} />
              </td>
              <td>
                <ProgressBar percent={action.progress} label={action.title} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
