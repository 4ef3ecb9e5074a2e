import type { Child } from 'hono/jsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { TagLine } from '../taxonomy/index.ts';
import type { ActionStatus } from './monitoring.table.ts';
import type { TermRecord } from './monitoring.tags.ts';
import { type OrganisationRef, organisationLabel } from './organisation-lookup.ts';

/** Small pieces shared by the action and indicator pages. */

const STATUS_TONE: Record<ActionStatus, TagTone> = {
  planned: 'neutral',
  'in-progress': 'info',
  done: 'success',
  delayed: 'warning',
  cancelled: 'neutral',
};

/** The status in words, and "Overdue" in words too when it is (never colour alone). */
export function ActionStatusTags({ status, overdue }: { status: ActionStatus; overdue: boolean }) {
  const { t } = useT();
  return (
    <span class="status-tags">
      <Tag label={t(`action.status.${status}`)} tone={STATUS_TONE[status]} />
      {overdue ? (
        <>
          {' '}
          <Tag label={t('action.overdue')} tone="error" />
        </>
      ) : null}
    </span>
  );
}

/** A progress bar with its value in words beside it (the bar alone says nothing to some readers). */
export function ProgressBar({ percent, label }: { percent: number | null; label?: string }) {
  const i18n = useT();
  if (percent === null) return <span class="muted">{i18n.t('monitoring.noProgress')}</span>;
  const text = i18n.t('monitoring.percent', { value: i18n.number(percent, { maximumFractionDigits: 1 }) });
  return (
    <span class="progress">
      <progress max="100" value={String(Math.max(0, Math.min(100, percent)))} aria-label={label}>
        {text}
      </progress>{' '}
      <span class="progress__text figure">{text}</span>
    </span>
  );
}

/** An ISO date in the reader's language, machine-readable too. */
export function DateText({ iso }: { iso: string | null }) {
  const i18n = useT();
  if (!iso) return <span class="muted">{i18n.t('monitoring.noDate')}</span>;
  return <time datetime={iso}>{i18n.date(iso, 'medium')}</time>;
}

export function Money({ budget }: { budget: { amountMinor: number; currency: string } | null }) {
  const i18n = useT();
  if (!budget) return <span class="muted">{i18n.t('monitoring.noBudget')}</span>;
  return (
    <span class="figure">
      <bdi>{i18n.money(budget.amountMinor, budget.currency)}</bdi>
    </span>
  );
}

export function OrganisationName({ organisation }: { organisation: OrganisationRef }) {
  return (
    <bdi>
      <a href={`/organisations/${organisation.id}`}>{organisationLabel(organisation)}</a>
    </bdi>
  );
}

/**
 * A text field to type an organisation's name or acronym. The browser offers the process's own
 * organisations as suggestions (a short datalist, never the whole directory); anything else
 * typed is looked up on the server, which names close matches when it finds none or several.
 */
export function OrganisationField({
  name,
  label,
  hint,
  error,
  value,
  listId,
  optional,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  listId: string;
  optional?: boolean;
}) {
  const { t } = useT();
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="field__label" for={name}>
        {label}
        {optional ? <span class="field__optional"> {t('form.optional')}</span> : null}
      </label>
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
      <input
        class="input"
        id={name}
        name={name}
        type="text"
        value={value}
        list={listId}
        autocomplete="off"
        dir="auto"
        maxlength={300}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

export function OrganisationSuggestions({
  id,
  organisations,
}: {
  id: string;
  organisations: OrganisationRef[];
}) {
  return (
    <datalist id={id}>
      {organisations.map((o) => (
        <option value={organisationLabel(o)} />
      ))}
    </datalist>
  );
}

/** Tags of a record in one line, from their ids. */
export function TagIds({ ids, terms }: { ids: string[]; terms: TermRecord[] }) {
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  return <TagLine terms={terms.filter((term) => wanted.has(term.id))} />;
}

/** Links shown under a list: downloads and the upload page. */
export function LinkRow({ children }: { children?: Child }) {
  return <p class="link-row">{children}</p>;
}
