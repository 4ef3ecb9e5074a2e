import type { DateParts } from '../../i18n/partial-date.ts';
import { useView } from '../view-context.ts';

/**
 * A GOV.UK-style date group: day, month and year boxes under one legend. The day input carries
 * the group's id, so an error summary link (`#startDate`) lands on the first box. Inputs are
 * named `<name>.day`, `<name>.month`, `<name>.year`. Labels come from the caller's catalogue.
 */
export function DateInput({
  name,
  legend,
  hint,
  error,
  value,
  labels,
  optional,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  labels: { day: string; month: string; year: string };
  optional?: boolean;
}) {
  const { i18n } = useView();
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const parts = [
    { part: 'day', id: name, label: labels.day, value: value.day, size: 'date-input__input--2' },
    {
      part: 'month',
      id: `${name}.month`,
      label: labels.month,
      value: value.month,
      size: 'date-input__input--2',
    },
    { part: 'year', id: `${name}.year`, label: labels.year, value: value.year, size: 'date-input__input--4' },
  ];
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="date-input" aria-describedby={describedBy || undefined}>
        <legend class="field__label">
          {legend}
          {optional ? <span class="field__optional"> {i18n.t('form.optional')}</span> : null}
        </legend>
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
        <div class="date-input__items">
          {parts.map((p) => (
            <div class="date-input__item">
              <label class="date-input__label" for={p.id}>
                {p.label}
              </label>
              <input
                class={`input ${p.size}`}
                id={p.id}
                name={`${name}.${p.part}`}
                type="text"
                inputmode="numeric"
                value={p.value}
                aria-invalid={error ? 'true' : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
