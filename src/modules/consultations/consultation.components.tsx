import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { paragraphs } from '../reports/index.ts';
import type { CommentView, OrganisationRef } from './consultation.presenter.ts';
import type { ConsultationStatus } from './consultation.table.ts';

const STATUS_TONE: Record<ConsultationStatus, TagTone> = {
  draft: 'neutral',
  open: 'success',
  closed: 'info',
};

export function StatusTag({ status }: { status: ConsultationStatus }) {
  const { t } = useT();
  return <Tag label={t(`consultation.status.${status}`)} tone={STATUS_TONE[status]} />;
}

/** User text as paragraphs, each in its own direction (a French comment on an Arabic page). */
export function Paragraphs({ text }: { text: string | null }) {
  return (
    <>
      {paragraphs(text).map((p) => (
        <p dir="auto">{p}</p>
      ))}
    </>
  );
}

export function organisationName(o: OrganisationRef): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}

/** "12 support · 3 object", in words, never colour alone. */
export function StanceCounts({ support, object }: { support: number; object: number }) {
  const i18n = useT();
  return (
    <p class="consultation-counts">
      <span>{i18n.t('consultation.count.support', { count: support })}</span>
      <span>{i18n.t('consultation.count.object', { count: object })}</span>
    </p>
  );
}

/** One comment: author, organisation and date, then the text; hidden ones as a placeholder or, for moderators, with the reason. */
export function CommentItem({ comment, hideHref }: { comment: CommentView; hideHref?: string }) {
  const i18n = useT();
  const { t } = i18n;
  if (comment.hidden && comment.hiddenReason === undefined) {
    return (
      <li class="consultation-comment consultation-comment--hidden" id={`comment-${comment.id}`}>
        <p class="muted">{t('consultation.comment.hiddenPlaceholder')}</p>
      </li>
    );
  }
  return (
    <li
      class={comment.hidden ? 'consultation-comment consultation-comment--hidden' : 'consultation-comment'}
      id={`comment-${comment.id}`}
    >
      <p class="meta">
        <strong>
          <bdi>{comment.author?.name ?? t('consultation.comment.formerUser')}</bdi>
        </strong>
        {comment.organisation ? <bdi>{organisationName(comment.organisation)}</bdi> : null}
        <time datetime={comment.createdAt}>{i18n.dateTime(comment.createdAt)}</time>
      </p>
      {comment.hidden ? (
        <p class="consultation-comment__moderation">
          {t('consultation.comment.hiddenByModerator', { reason: comment.hiddenReason ?? '' })}
        </p>
      ) : null}
      <div class={comment.hidden ? 'consultation-comment__body muted' : 'consultation-comment__body'}>
        <Paragraphs text={comment.body} />
      </div>
      {hideHref && !comment.hidden ? (
        <p class="small">
          <a href={hideHref}>{t('consultation.comment.hide')}</a>
        </p>
      ) : null}
    </li>
  );
}

/** A GOV.UK-style group of radio buttons under one legend. */
export function Radios({
  name,
  legend,
  hint,
  error,
  value,
  options,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  value: string;
  options: { value: string; label: string; hint?: string }[];
}) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="radios" aria-describedby={describedBy || undefined}>
        <legend class="field__label">{legend}</legend>
        {hint ? (
          <p class="field__hint" id={`${name}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p class="field__error" id={`${name}-error`}>
            {error}
          </p>
        ) : null}
        {options.map((o, index) => (
          <div class="radio">
            <input
              type="radio"
              id={index === 0 ? name : `${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={o.value === value}
            />
            <label for={index === 0 ? name : `${name}-${o.value}`}>
              {o.label}
              {o.hint ? <span class="field__hint">{o.hint}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
