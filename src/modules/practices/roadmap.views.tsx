import { Button, TextArea, TextField } from '../../web/components/form.tsx';
import { BLANK_ROWS, type FieldErrors, FormPage } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Practice } from './practice.presenter.ts';
import type { Roadmap, Suggestion } from './roadmap.loader.ts';
import type { RoadmapDraft } from './roadmap.service.ts';

/** The scale-up road map on a practice's page, with the places suggested for replication. */
export function RoadmapSection({
  practice: p,
  roadmap,
  suggestions,
}: {
  practice: Practice;
  roadmap: Roadmap | null;
  suggestions: Suggestion[];
}) {
  const i18n = useT();
  const { t } = i18n;
  if (!p.promising && !roadmap) return null;
  return (
    <section aria-labelledby="roadmap">
      <h2 id="roadmap">{t('practice.roadmap.title')}</h2>
      {roadmap ? (
        <>
          <h3>{t('practice.roadmap.policyOptions')}</h3>
          {roadmap.policyOptions.split(/\n\s*\n/).map((para) => (
            <p dir="auto">{para}</p>
          ))}
          {roadmap.steps.length ? (
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('practice.roadmap.step')}</th>
                  <th scope="col">{t('practice.roadmap.owner')}</th>
                  <th scope="col">{t('practice.roadmap.due')}</th>
                </tr>
              </thead>
              <tbody>
                {roadmap.steps.map((s) => (
                  <tr>
                    <td dir="auto">
                      {s.title}
                      {s.milestone ? <strong> · {t('practice.roadmap.milestone')}</strong> : null}
                    </td>
                    <td dir="auto">{s.owner ?? ''}</td>
                    <td>{s.dueOn ? i18n.date(s.dueOn) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : (
        <p class="muted">{t('practice.roadmap.none')}</p>
      )}
      {p.actions.roadmap ? (
        <p>
          <a class="button button--secondary" href={`/practices/${p.id}/roadmap`}>
            {t(roadmap ? 'practice.roadmap.edit' : 'practice.roadmap.create')}
          </a>
        </p>
      ) : null}
      <h3>{t('practice.roadmap.suggested')}</h3>
      {suggestions.length ? (
        <ul>
          {suggestions.map((s) => (
            <li>
              <strong dir="auto">{s.place}</strong>
              {s.country ? ` (${s.country})` : ''} —{' '}
              {s.reasons.map((r) => t(`practice.reason.${r.key}`, r.values)).join('; ')} ·{' '}
              <a href={`/practices/${s.practice.id}`} dir="auto">
                {s.practice.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('practice.roadmap.noSuggestions')}</p>
      )}
    </section>
  );
}

export function RoadmapFormPage({
  practice,
  draft,
  errors,
  version,
  conflict,
}: {
  practice: Practice;
  draft: RoadmapDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
}) {
  const { t } = useT();
  const title = t('practice.roadmap.formTitle');
  const steps = [
    ...draft.steps,
    ...Array(BLANK_ROWS).fill({ title: '', owner: '', dueOn: '', milestone: '' }),
  ];
  return (
    <FormPage
      title={title}
      caption={practice.title}
      breadcrumbs={[
        { label: t('practice.list.title'), href: '/practices' },
        { label: practice.title, href: `/practices/${practice.id}` },
        { label: title },
      ]}
      action={`/practices/${practice.id}/roadmap`}
      errors={errors}
      version={version}
      conflict={conflict}
      savedHref={`/practices/${practice.id}#roadmap`}
      wide
    >
      <TextArea
        name="policyOptions"
        label={t('practice.roadmap.policyOptions')}
        hint={t('practice.roadmap.policyHint')}
        value={draft.policyOptions}
        error={errors.policyOptions}
        rows={6}
      />
      <h2>{t('practice.roadmap.steps')}</h2>
      {steps.map((s, i) => (
        <fieldset class="row-group">
          <legend>{t('practice.roadmap.stepNumber', { number: i + 1 })}</legend>
          <TextField
            name={`steps.${i}.title`}
            label={t('practice.roadmap.step')}
            value={s.title}
            error={errors[`steps.${i}.title`]}
          />
          <div class="inline-fields">
            <TextField
              name={`steps.${i}.owner`}
              label={t('practice.roadmap.owner')}
              value={s.owner}
              error={errors[`steps.${i}.owner`]}
              optional
              width="half"
            />
            <TextField
              name={`steps.${i}.dueOn`}
              type="date"
              label={t('practice.roadmap.due')}
              value={s.dueOn}
              error={errors[`steps.${i}.dueOn`]}
              optional
              width="half"
            />
          </div>
          <div class="checkbox field">
            <input
              type="checkbox"
              id={`steps.${i}.milestone`}
              name={`steps.${i}.milestone`}
              value="yes"
              checked={s.milestone === 'yes'}
            />
            <label for={`steps.${i}.milestone`}>{t('practice.roadmap.milestone')}</label>
          </div>
        </fieldset>
      ))}
      <div class="button-group">
        <Button>{t('practice.roadmap.save')}</Button>
      </div>
    </FormPage>
  );
}
