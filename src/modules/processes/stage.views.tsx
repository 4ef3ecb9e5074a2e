import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Deliverable, Process, Stage } from './process.presenter.ts';
import { LIMITS } from './process.schema.ts';
import { STAGE_STATUSES } from './process.table.ts';
import { frameOf, ProcessFrame } from './process-frame.tsx';
import { DateRange, StageStatusTag, StageTimeline } from './workspace.views.tsx';

/** A deliverable: its title (a link when it has one) and its note. */
function DeliverableItem({ deliverable, removeHref }: { deliverable: Deliverable; removeHref?: string }) {
  const { t } = useT();
  return (
    <li>
      {deliverable.url ? (
        <a href={deliverable.url} rel="noopener noreferrer nofollow">
          {deliverable.title}
        </a>
      ) : (
        <strong>{deliverable.title}</strong>
      )}
      {deliverable.note ? (
        <p class="muted prewrap" dir="auto">
          {deliverable.note}
        </p>
      ) : null}
      {removeHref ? (
        <p>
          <a href={removeHref}>
            {t('stage.deliverable.remove')}
            <span class="visually-hidden"> {deliverable.title}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** Every stage with its status, dates, notes and deliverables. */
export function StagesPage({ process, stages }: { process: Process; stages: Stage[] }) {
  const { t } = useT();
  return (
    <ProcessFrame process={frameOf(process, t)} active="stages">
      <p class="muted">{t('stage.list.lead')}</p>
      <StageTimeline processId={process.id} stages={stages} />
      {stages.map((stage) => (
        <section class="stage-section" aria-labelledby={`stage-${stage.id}`}>
          <h3 id={`stage-${stage.id}`}>
            <a href={`/processes/${process.id}/stages/${stage.id}`}>
              {t('stage.numbered', { number: stage.position, name: stage.name })}
            </a>
          </h3>
          <p>
            <StageStatusTag status={stage.status} /> <DateRange start={stage.startDate} end={stage.endDate} />
          </p>
          {stage.notes ? (
            <p class="prewrap" dir="auto">
              {stage.notes}
            </p>
          ) : null}
          {stage.deliverables.length > 0 ? (
            <ul class="deliverables">
              {stage.deliverables.map((d) => (
                <DeliverableItem deliverable={d} />
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </ProcessFrame>
  );
}

/** A stage's saved status, dates and notes, as its form shows them. */
export function stageValues(stage: Stage): Record<string, string> {
  return {
    status: stage.status,
    startDate: stage.startDate ?? '',
    endDate: stage.endDate ?? '',
    notes: stage.notes ?? '',
  };
}

export interface StageFormState {
  values: Record<string, string>;
  errors: FieldErrors;
  version: number;
}

/** One stage: what it holds, and for editors the form to update it. */
export function StagePage({
  process,
  stage,
  canEdit,
  form,
}: {
  process: Process;
  stage: Stage;
  canEdit: boolean;
  form: StageFormState;
}) {
  const { t } = useT();
  const base = `/processes/${process.id}/stages/${stage.id}`;
  const title = t('stage.numbered', { number: stage.position, name: stage.name });
  return (
    <ProcessFrame process={frameOf(process, t)} active="stages" title={title}>
      <ErrorSummary errors={form.errors} />
      <dl class="details">
        <dt>{t('stage.field.status')}</dt>
        <dd>
          <StageStatusTag status={stage.status} />
        </dd>
        <dt>{t('stage.field.dates')}</dt>
        <dd>
          <DateRange start={stage.startDate} end={stage.endDate} />
        </dd>
        <dt>{t('stage.field.notes')}</dt>
        <dd class="prewrap" dir="auto">
          {stage.notes ?? <span class="muted">{t('process.notSet')}</span>}
        </dd>
      </dl>
      <h3>{t('stage.deliverables')}</h3>
      {stage.deliverables.length === 0 ? (
        <p class="muted">{t('stage.deliverables.none')}</p>
      ) : (
        <ul class="deliverables">
          {stage.deliverables.map((d) => (
            <DeliverableItem
              deliverable={d}
              removeHref={canEdit ? `${base}/deliverables/${d.id}/remove` : undefined}
            />
          ))}
        </ul>
      )}
      {canEdit ? (
        <p>
          <a href={`${base}/deliverables/new`}>{t('stage.deliverable.add')}</a>
        </p>
      ) : null}
      {canEdit ? (
        <section aria-labelledby="edit-stage">
          <h3 id="edit-stage">{t('stage.edit.title')}</h3>
          <Form action={base}>
            <input type="hidden" name="version" value={String(form.version)} />
            <SelectField
              name="status"
              label={t('stage.field.status')}
              value={form.values.status}
              error={form.errors.status}
              options={STAGE_STATUSES.map((s) => ({ value: s, label: t(`stage.status.${s}`) }))}
            />
            <fieldset class="form-group" aria-describedby="dates-hint">
              <legend class="form-group__legend">{t('stage.field.dates')}</legend>
              <p class="field__hint" id="dates-hint">
                {t('stage.field.endHint')}
              </p>
              <div class="date-pair">
                <TextField
                  name="startDate"
                  type="date"
                  label={t('stage.field.start')}
                  optional
                  value={form.values.startDate}
                  error={form.errors.startDate}
                  width="half"
                />
                <TextField
                  name="endDate"
                  type="date"
                  label={t('stage.field.end')}
                  optional
                  value={form.values.endDate}
                  error={form.errors.endDate}
                  width="half"
                />
              </div>
            </fieldset>
            <TextArea
              name="notes"
              label={t('stage.field.notes')}
              optional
              hint={t('stage.field.notesHint')}
              value={form.values.notes}
              error={form.errors.notes}
              maxLength={LIMITS.text}
            />
            <div class="button-group">
              <Button>{t('stage.edit.submit')}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </ProcessFrame>
  );
}

export function NewDeliverablePage({
  process,
  stage,
  values,
  errors,
}: {
  process: Process;
  stage: Stage;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const base = `/processes/${process.id}/stages/${stage.id}`;
  const title = t('stage.deliverable.add');
  return (
    <ProcessFrame
      process={frameOf(process, t)}
      active="stages"
      title={title}
      trail={[{ label: stage.name, href: base }, { label: title }]}
    >
      <ErrorSummary errors={errors} />
      <Form action={`${base}/deliverables`}>
        <TextField
          name="title"
          label={t('stage.deliverable.field.title')}
          hint={t('stage.deliverable.field.titleHint')}
          value={values.title}
          error={errors.title}
          maxLength={LIMITS.title}
        />
        <TextField
          name="url"
          type="url"
          label={t('stage.deliverable.field.url')}
          hint={t('stage.deliverable.field.urlHint')}
          optional
          value={values.url}
          error={errors.url}
          maxLength={LIMITS.url}
        />
        <TextArea
          name="note"
          label={t('stage.deliverable.field.note')}
          hint={t('stage.deliverable.field.noteHint')}
          optional
          value={values.note}
          error={errors.note}
          maxLength={LIMITS.note}
          rows={3}
        />
        <div class="button-group">
          <Button>{t('stage.deliverable.submit')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

/** Confirms a removal on its own page (destructive actions take a separate step). */
export function ConfirmPage({
  process,
  title,
  question,
  detail,
  action,
  submit,
  cancelHref,
  active,
  parent,
  error,
}: {
  process: Process;
  /** The tab the removed thing belongs to. */
  active: string;
  title: string;
  question: string;
  detail?: string;
  action: string;
  submit: string;
  cancelHref: string;
  /** A page between the tab and this one (the stage a deliverable belongs to). */
  parent?: { label: string; href: string };
  error?: string;
}) {
  const { t } = useT();
  return (
    <ProcessFrame
      process={frameOf(process, t)}
      active={active}
      title={title}
      trail={parent ? [parent, { label: title }] : undefined}
    >
      {error ? <ErrorSummary errors={{ _form: error }} /> : null}
      <p>{question}</p>
      {detail ? <p class="muted">{detail}</p> : null}
      <Form action={action}>
        <div class="button-group">
          <button type="submit" class="button button--warning">
            {submit}
          </button>
          <a href={cancelHref}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}
