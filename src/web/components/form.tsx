import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../form/problems.ts';
import { useView } from '../view-context.ts';

/** A POST form with its CSRF token. `novalidate`: the server's messages are the ones shown. */
export function Form({
  action,
  children,
  class: className,
  multipart,
}: {
  action: string;
  children?: Child;
  class?: string;
  /** The form sends a file (`enctype="multipart/form-data"`). */
  multipart?: boolean;
}) {
  const { csrfToken } = useView();
  return (
    <form
      method="post"
      action={action}
      class={className ?? 'form'}
      enctype={multipart ? 'multipart/form-data' : undefined}
      novalidate
    >
      <input type="hidden" name="_csrf" value={csrfToken} />
      {children}
    </form>
  );
}

/** The GOV.UK-style error summary: one link per problem, focused on load by app.js. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const { i18n } = useView();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
      <h2 class="error-summary__title">{i18n.t('form.errorSummary')}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'date' | 'search';
  autocomplete?: string;
  optional?: boolean;
  maxLength?: number;
  width?: 'full' | 'half' | 'short';
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldShell({ name, label, hint, error, optional, children }: FieldProps & { children: Child }) {
  const { i18n } = useView();
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="field__label" for={name}>
        {label}
        {optional ? <span class="field__optional"> {i18n.t('form.optional')}</span> : null}
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
      {children}
    </div>
  );
}

/** A labelled input with hint and error; keeps the user's value (never for passwords). */
export function TextField(props: FieldProps) {
  const { name, type = 'text', value, error, hint, autocomplete, maxLength, width = 'full' } = props;
  return (
    <FieldShell {...props}>
      <input
        class={`input input--${width}`}
        id={name}
        name={name}
        type={type}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        maxlength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </FieldShell>
  );
}

/** A file chooser with its hint and error; `accept` lists what the server takes (a hint only). */
export function FileField(props: Omit<FieldProps, 'value' | 'type'> & { accept?: string }) {
  const { name, error, hint, accept } = props;
  return (
    <FieldShell {...props}>
      <input
        class="input"
        id={name}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </FieldShell>
  );
}

/**
 * A multi-line field. Once it holds text, `dir="auto"` lets that text read in its own direction
 * (English in the Arabic interface keeps its full stop at the end); an empty one follows the page.
 */
export function TextArea(props: FieldProps & { rows?: number }) {
  const { name, value, error, hint, rows = 5, maxLength } = props;
  return (
    <FieldShell {...props}>
      <textarea
        class="input"
        id={name}
        name={name}
        rows={rows}
        dir={value ? 'auto' : undefined}
        maxlength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string },
) {
  const { name, value, error, hint, options, placeholder } = props;
  return (
    <FieldShell {...props}>
      <select
        class="input"
        id={name}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Button({
  children,
  kind = 'primary',
  name,
  value,
}: {
  children?: Child;
  kind?: 'primary' | 'secondary' | 'warning';
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={`button button--${kind}`} name={name} value={value}>
      {children}
    </button>
  );
}
