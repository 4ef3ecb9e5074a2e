import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { Action } from './action.presenter.ts';
import {
  ActionStatusTags,
  DateText,
  Money,
  OrganisationName,
  ProgressBar,
  TagIds,
} from './monitoring.components.tsx';
import type { TermRecord } from './monitoring.tags.ts';

/** One action of the plan, with everything known about it. */
export function ActionPage({
  context,
  action,
  terms,
}: {
  context: ProcessSpace;
  action: Action;
  terms: TermRecord[];
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/actions`;
  return (
    <ProcessFrame
      process={context.frame}
      active="actions"
      title={action.title}
      trail={[{ label: action.title }]}
      actions={
        context.may.edit ? (
          <a class="button button--primary" href={`${base}/${action.id}/edit`}>
            {t('action.edit')}
          </a>
        ) : undefined
      }
    >
      <p>
        <ActionStatusTags status={action.status} overdue={action.overdue} />
      </p>
      {action.overdue ? (
        <div class="notice notice--warning">
          <p>
            {t('action.overdue.explain', { date: action.endDate ? i18n.date(action.endDate, 'long') : '' })}
          </p>
        </div>
      ) : null}
      <dl class="details">
        {/* An action made from a gap answers that gap: "not given" above its link would contradict it. */}
        {action.answers || !action.gapRef ? (
          <>
            <dt>{t('action.field.answers')}</dt>
            <dd dir="auto">{action.answers ?? <span class="muted">{t('monitoring.notGiven')}</span>}</dd>
          </>
        ) : null}
        {action.gapRef ? (
          <>
            <dt>{t('action.field.gapRef')}</dt>
            <dd>
              {action.gapHref ? (
                <a href={action.gapHref} dir="auto">
                  {action.gapRef}
                </a>
              ) : (
                <span dir="auto">{action.gapRef}</span>
              )}
            </dd>
          </>
        ) : null}
        <dt>{t('action.field.responsible')}</dt>
        <dd>
          {action.responsibleOrganisation ? (
            <OrganisationName organisation={action.responsibleOrganisation} />
          ) : (
            <span class="muted">{t('action.noResponsible')}</span>
          )}
        </dd>
        <dt>{t('action.field.partners')}</dt>
        <dd>
          {action.partners.length === 0 ? (
            <span class="muted">{t('monitoring.notGiven')}</span>
          ) : (
            <ul class="plain-list">
              {action.partners.map((p) => (
                <li>
                  <OrganisationName organisation={p} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('action.field.startDate')}</dt>
        <dd>
          <DateText iso={action.startDate} />
        </dd>
        <dt>{t('action.field.endDate')}</dt>
        <dd>
          <DateText iso={action.endDate} />
        </dd>
        <dt>{t('action.field.budget')}</dt>
        <dd>
          <Money budget={action.budget} />
        </dd>
        <dt>{t('action.field.fundingSource')}</dt>
        <dd dir="auto">{action.fundingSource ?? <span class="muted">{t('monitoring.notGiven')}</span>}</dd>
        <dt>{t('action.field.progress')}</dt>
        <dd>
          <ProgressBar percent={action.progress} label={t('action.field.progress')} />
        </dd>
        <dt>{t('action.field.stage')}</dt>
        <dd>
          {action.stage ? (
            t(`monitoring.stage.${action.stage}`)
          ) : (
            <span class="muted">{t('monitoring.notGiven')}</span>
          )}
        </dd>
        <dt>{t('monitoring.tags')}</dt>
        <dd>
          {action.tags.length > 0 ? (
            <TagIds ids={action.tags} terms={terms} />
          ) : (
            <span class="muted">{t('monitoring.notGiven')}</span>
          )}
        </dd>
        <dt>{t('action.field.sharedWithPair')}</dt>
        <dd>{action.sharedWithPair ? t('monitoring.yes') : t('monitoring.no')}</dd>
        <dt>{t('monitoring.updatedAt')}</dt>
        <dd>{i18n.dateTime(action.updatedAt)}</dd>
      </dl>
      <p>
        <a href={base}>{t('action.backToList')}</a>
      </p>
    </ProcessFrame>
  );
}
