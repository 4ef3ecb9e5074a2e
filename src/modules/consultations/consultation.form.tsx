import { Button, ErrorSummary, Form, TextArea, TextField } from '../../web/components/form.tsx';
import { ConflictNotice, type FieldErrors, itemsOf, rowsOf, textOf } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame } from '../processes/index.ts';
import { CommentItem, Radios } from './consultation.components.tsx';
import type { CommentView, ConsultationView } from './consultation.presenter.ts';
import { LIMITS } from './consultation.schema.ts';
import { consultationPath, type FrameProps, TAB } from './consultation.views.tsx';

/** The draft form as typed: rows of invited organisations and sections, blank rows dropped. */
export interface ConsultationDraft {
  title: string;
  introduction: string;
  audience: string;
  invited: string[];
  /** Absent once the consultation is open (its text is fixed). */
  sections?: { title: string; body: string }[];
}

/** The order of the form's fields, for the error summary. */
export const CONSULTATION_FIELDS = ['_form', 'title', 'introduction', 'audience', 'invited', 'sections'];

/** Blank rows offered under the filled ones, so rows can be added without JavaScript. */
const BLANK_SECTIONS = 2;
const BLANK_INVITED = 3;

type Body = Record<string, unknown>;

export function readConsultationDraft(body: unknown, withSections: boolean): ConsultationDraft {
  const b = (body && typeof body === 'object' ? body : {}) as Body;
  return {
    title: textOf(b, 'title'),
    introduction: textOf(b, 'introduction'),
    audience: textOf(b, 'audience'),
    invited: itemsOf(b, 'invited'),
    ...(withSections
      ? { sections: rowsOf(b, 'sections', ['title', 'body'] as const, ['title', 'body'] as const) }
      : {}),
  };
}

export function draftFromConsultation(c: ConsultationView): ConsultationDraft {
  return {
    title: c.title,
    introduction: c.introduction ?? '',
    audience: c.audience,
    invited: c.invited.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)),
    ...(c.status === 'draft' ? { sections: c.sections.map((s) => ({ title: s.title, body: s.body })) } : {}),
  };
}

export const EMPTY_DRAFT: ConsultationDraft = {
  title: '',
  introduction: '',
  audience: 'invited',
  invited: [],
  sections: [],
};

/** Creating or editing a consultation: its title, audience, invitations and, while a draft, its sections. */
export function ConsultationFormPage({
  heading,
  mode,
  action,
  draft,
  errors,
  version,
  conflict = false,
  consultationId,
}: FrameProps & {
  mode: 'create' | 'update';
  action: string;
  draft: ConsultationDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
  consultationId?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const title = t(mode === 'create' ? 'consultation.form.createTitle' : 'consultation.form.editTitle');
  const invitedRows = [...draft.invited, ...Array(BLANK_INVITED).fill('')] as string[];
  const sectionRows = draft.sections
    ? [...draft.sections, ...Array(BLANK_SECTIONS).fill({ title: '', body: '' })]
    : null;
  const back = consultationId
    ? consultationPath(heading.id, consultationId)
    : `/processes/${heading.id}/consultations`;
  return (
    <ProcessFrame process={heading} active={TAB} title={title} trail={[{ label: title }]}>
      {conflict ? <ConflictNotice savedHref={back} /> : null}
      <ErrorSummary errors={errors} />
      <Form action={action}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextField
          name="title"
          label={t('consultation.field.title')}
          hint={t('consultation.hint.title')}
          error={errors.title}
          value={draft.title}
          maxLength={LIMITS.title}
        />
        <TextArea
          name="introduction"
          label={t('consultation.field.introduction')}
          hint={t('consultation.hint.introduction')}
          error={errors.introduction}
          value={draft.introduction}
          optional
          rows={4}
        />
        <Radios
          name="audience"
          legend={t('consultation.field.audience')}
          error={errors.audience}
          value={draft.audience}
          options={[
            {
              value: 'invited',
              label: t('consultation.audience.invited'),
              hint: t('consultation.audience.invitedHint'),
            },
            {
              value: 'public',
              label: t('consultation.audience.public'),
              hint: t('consultation.audience.publicHint'),
            },
          ]}
        />
        <fieldset class="consultation-rows">
          <legend class="field__label">{t('consultation.field.invited')}</legend>
          <p class="field__hint">{t('consultation.hint.invited')}</p>
          {invitedRows.map((value, index) => (
            <TextField
              name={`invited.${index}`}
              label={t('consultation.field.invitedRow', { number: index + 1 })}
              error={errors[`invited.${index}`]}
              value={value}
              maxLength={LIMITS.organisation}
            />
          ))}
        </fieldset>
        {sectionRows ? (
          <fieldset class="consultation-rows">
            <legend class="field__label">{t('consultation.field.sections')}</legend>
            <p class="field__hint">{t('consultation.hint.sections')}</p>
            {errors.sections ? <p class="field__error">{errors.sections}</p> : null}
            {sectionRows.map((row, index) => (
              <div class="consultation-row">
                <h3>{t('consultation.form.section', { number: index + 1 })}</h3>
                <TextField
                  name={`sections.${index}.title`}
                  label={t('consultation.field.sectionTitle')}
                  error={errors[`sections.${index}.title`]}
                  value={row.title}
                  maxLength={LIMITS.sectionTitle}
                />
                <TextArea
                  name={`sections.${index}.body`}
                  label={t('consultation.field.sectionBody')}
                  error={errors[`sections.${index}.body`]}
                  value={row.body}
                  rows={8}
                />
              </div>
            ))}
          </fieldset>
        ) : (
          <p class="notice">{t('consultation.hint.textFixed')}</p>
        )}
        <div class="button-group">
          <Button>{t(mode === 'create' ? 'consultation.form.create' : 'consultation.form.save')}</Button>
          <a href={back}>{t('consultation.form.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

/** The separate step that closes a consultation, with the summary of what changed. */
export function ClosePage({
  heading,
  consultation,
  summary,
  errors,
  version,
  conflict = false,
}: FrameProps & {
  consultation: ConsultationView;
  summary: string;
  errors: FieldErrors;
  version: number;
  conflict?: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = consultationPath(heading.id, consultation.id);
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      title={t('consultation.close.title')}
      trail={[{ label: consultation.title, href: base }, { label: t('consultation.close.title') }]}
    >
      {conflict ? <ConflictNotice savedHref={base} /> : null}
      <ErrorSummary errors={errors} />
      <p class="lead" dir="auto">
        {consultation.title}
      </p>
      <div class="notice notice--warning">
        <p>{t('consultation.close.warning', { count: consultation.commentCount })}</p>
      </div>
      <Form action={`${base}/close`}>
        <input type="hidden" name="version" value={String(version)} />
        <TextArea
          name="summary"
          label={t('consultation.field.summary')}
          hint={t('consultation.hint.summary', { max: i18n.number(LIMITS.summary) })}
          error={errors.summary}
          value={summary}
          rows={8}
        />
        <div class="button-group">
          <Button kind="warning">{t('consultation.close.button')}</Button>
          <a href={base}>{t('consultation.form.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

/** The separate step that hides a comment, with the reason kept in the audit log. */
export function HidePage({
  heading,
  consultation,
  comment,
  reason,
  errors,
}: FrameProps & {
  consultation: ConsultationView;
  comment: CommentView;
  reason: string;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const base = consultationPath(heading.id, consultation.id);
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      title={t('consultation.hide.title')}
      trail={[{ label: consultation.title, href: base }, { label: t('consultation.hide.title') }]}
    >
      <ErrorSummary errors={errors} />
      <ol class="consultation-comments">
        <CommentItem comment={comment} />
      </ol>
      <Form action={`${base}/comments/${comment.id}/hide`}>
        <TextArea
          name="reason"
          label={t('consultation.field.reason')}
          hint={t('consultation.hint.reason')}
          error={errors.reason}
          value={reason}
          rows={3}
        />
        <div class="button-group">
          <Button kind="warning">{t('consultation.hide.button')}</Button>
          <a href={`${base}#comment-${comment.id}`}>{t('consultation.form.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}
