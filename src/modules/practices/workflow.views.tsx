import { Button, TextArea, TextField } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { type FieldErrors, Form } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Practice } from './practice.presenter.ts';
import type { ReviewsView } from './review.views.tsx';

export interface Comment {
  id: string;
  kind: 'return' | 'answer';
  body: string;
  created_at: string;
  user_name: string | null;
}

function Version({ practice }: { practice: Practice }) {
  return <input type="hidden" name="version" value={String(practice.version)} />;
}

/**
 * Where the practice stands and the steps the actor may take: submit, answer comments, assign
 * reviewers, publish or return, delete. Shown only to those who may take one (the presenter says).
 */
export function WorkflowPanel({
  practice: p,
  comments,
  reviews,
  errors,
}: {
  practice: Practice;
  comments: Comment[];
  reviews: ReviewsView;
  errors: FieldErrors;
}) {
  const i18n = useT();
  const { t } = i18n;
  const a = p.actions;
  const any = a.submit || a.answer || a.assign || a.decide || a.delete || a.review || comments.length > 0;
  if (!any) return null;
  return (
    <section aria-labelledby="workflow" class="panel">
      <h2 id="workflow">{t('practice.workflow.title')}</h2>
      <p>{t(`practice.workflow.explain.${p.status}`)}</p>
      {comments.length ? (
        <ol class="comments">
          {comments.map((c) => (
            <li>
              <p class="meta">
                <Tag label={t(`practice.comment.${c.kind}`)} /> {c.user_name ?? ''} ·{' '}
                {i18n.dateTime(c.created_at)}
              </p>
              <p dir="auto">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {a.review ? (
        <p>
          <a class="button button--primary" href={`/practices/${p.id}/review`}>
            {t('practice.review.open')}
          </a>
        </p>
      ) : null}
      {a.answer ? (
        <Form action={`/practices/${p.id}/answer`}>
          <Version practice={p} />
          <TextArea name="comment" label={t('practice.workflow.answer')} error={errors.comment} rows={3} />
          <Button kind="secondary">{t('practice.workflow.sendAnswer')}</Button>
        </Form>
      ) : null}
      {a.submit ? (
        <Form action={`/practices/${p.id}/submit`}>
          <Version practice={p} />
          <p class="field__hint">{t('practice.workflow.submitHint')}</p>
          <Button>{t('practice.workflow.submit')}</Button>
        </Form>
      ) : null}
      {a.assign || a.decide ? (
        <>
          <h3>{t('practice.workflow.reviewers')}</h3>
          {reviews.reviews.length ? (
            <ul>
              {reviews.reviews.map((r) => (
                <li>
                  {r.reviewerName} · {t(`practice.reviewState.${r.state}`)}
                  {r.conflictNote ? <span class="muted"> ({r.conflictNote})</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('practice.workflow.noReviewers')}</p>
          )}
          {p.review.needsThirdReviewer ? <p role="status">{t('practice.review.needsThird')}</p> : null}
          {a.assign ? (
            <Form action={`/practices/${p.id}/reviewers`}>
              <TextField
                name="reviewer"
                type="email"
                label={t('practice.workflow.reviewerEmail')}
                hint={t('practice.workflow.reviewerHint')}
                error={errors.reviewer}
              />
              <Button kind="secondary">{t('practice.workflow.assign')}</Button>
            </Form>
          ) : null}
          {a.decide ? (
            <Form action={`/practices/${p.id}/publish`}>
              <Version practice={p} />
              <Button>{t('practice.workflow.publish')}</Button>
            </Form>
          ) : null}
          <Form action={`/practices/${p.id}/return`}>
            <Version practice={p} />
            <TextArea
              name="comment"
              label={t('practice.workflow.returnComment')}
              error={errors.comment}
              rows={3}
            />
            <Button kind="warning">{t('practice.workflow.return')}</Button>
          </Form>
        </>
      ) : null}
      {a.delete ? (
        <Form action={`/practices/${p.id}/delete`}>
          <Button kind="warning">{t('practice.workflow.delete')}</Button>
        </Form>
      ) : null}
    </section>
  );
}
