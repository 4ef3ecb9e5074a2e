import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, Form } from '../../web/components/form.tsx';
import { ErrorSummary } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import { ScoreFigure, Shown } from './shared.views.tsx';
import type { TemplateSummary } from './template.presenter.ts';

export interface RoundSummary {
  id: string;
  round: number;
  createdAt: string;
  createdByName: string | null;
  templates: string[];
  overall: number | null;
  gaps: number;
  answered: number;
  total: number;
}

function TemplateChoices({
  title,
  templates,
  chosen,
}: {
  title: string;
  templates: TemplateSummary[];
  chosen: Set<string>;
}) {
  const { t } = useT();
  if (templates.length === 0) return null;
  return (
    <fieldset class="checkbox-group">
      <legend class="field__label">{title}</legend>
      <div class="checkboxes">
        {templates.map((tpl) => (
          <div class="checkbox">
            <input
              type="checkbox"
              id={`template-${tpl.id}`}
              name="templates"
              value={tpl.id}
              checked={chosen.has(tpl.id)}
            />
            <label for={`template-${tpl.id}`}>
              <Shown text={tpl.title} />
              <span class="muted small"> · {t('assessment.start.items', { count: tpl.itemCount })}</span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The assessments tab: every round of the process, and the form to start the next one. */
export function RoundListPage({
  context,
  rounds,
  templates,
  chosen,
  error,
}: {
  context: ProcessSpace;
  rounds: RoundSummary[];
  templates: TemplateSummary[];
  chosen: Set<string>;
  error?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/assessments`;
  const next = (rounds[0]?.round ?? 0) + 1;
  return (
    <ProcessFrame process={context.frame} active="assessments">
      <p class="lead">{t('assessment.list.lead')}</p>
      {rounds.length === 0 ? (
        <EmptyState message={t(context.may.edit ? 'assessment.list.emptyEdit' : 'assessment.list.empty')} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption>{t('assessment.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.field.round')}</th>
                <th scope="col">{t('assessment.field.started')}</th>
                <th scope="col">{t('assessment.field.checklists')}</th>
                <th scope="col" class="num">
                  {t('assessment.field.answered')}
                </th>
                <th scope="col" class="num">
                  {t('assessment.field.overall')}
                </th>
                <th scope="col" class="num">
                  {t('assessment.field.gaps')}
                </th>
                <th scope="col">{t('assessment.field.results')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`${base}/${r.id}`}>{t('assessment.round', { round: r.round })}</a>
                  </th>
                  <td>
                    {i18n.date(r.createdAt)}
                    {r.createdByName ? <span class="muted"> · {r.createdByName}</span> : null}
                  </td>
                  <td>{r.templates.join(', ')}</td>
                  <td class="num">
                    {t('assessment.progress', {
                      answered: i18n.number(r.answered),
                      total: i18n.number(r.total),
                    })}
                  </td>
                  <td class="num">
                    <ScoreFigure value={r.overall} />
                  </td>
                  <td class="num">{i18n.number(r.gaps)}</td>
                  <td>
                    <a href={`${base}/${r.id}/results`}>{t('assessment.results.link')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rounds.length > 0 ? (
        <ul class="inline-list downloads">
          {rounds.length >= 2 ? (
            <li>
              <a href={`${base}/compare?from=${rounds[1]!.round}&to=${rounds[0]!.round}`}>
                {t('assessment.compare.link', { from: rounds[1]!.round, to: rounds[0]!.round })}
              </a>
            </li>
          ) : null}
          <li>
            <a href={`${base}/export.csv`} download>
              {t('assessment.download.allCsv')}
            </a>
          </li>
          <li>
            <a href={`${base}/export.xlsx`} download>
              {t('assessment.download.allXlsx')}
            </a>
          </li>
        </ul>
      ) : null}
      {context.may.edit ? (
        <section aria-labelledby="start-round">
          <h3 id="start-round">{t('assessment.start.title', { round: next })}</h3>
          <p>{t('assessment.start.lead')}</p>
          <ErrorSummary errors={error ? { templates: error } : {}} />
          <Form action={base} class="form form--wide">
            <div id="templates" class={error ? 'field field--error' : 'field'}>
              {error ? <p class="field__error">{error}</p> : null}
              <TemplateChoices
                title={t('checklist.kind.sector.plural')}
                templates={templates.filter((tpl) => tpl.kind === 'sector')}
                chosen={chosen}
              />
              <TemplateChoices
                title={t('checklist.kind.governance.plural')}
                templates={templates.filter((tpl) => tpl.kind === 'governance')}
                chosen={chosen}
              />
            </div>
            <Button>{t('assessment.start.submit', { round: next })}</Button>
          </Form>
          <p class="muted">
            <a href="/checklists">{t('assessment.start.readTemplates')}</a>
          </p>
        </section>
      ) : null}
    </ProcessFrame>
  );
}
