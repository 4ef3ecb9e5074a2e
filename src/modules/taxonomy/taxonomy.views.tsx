import type { Translator } from '../../i18n/translator.ts';
import { Tag } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { presentTerm } from './taxonomy.presenter.ts';
import type { TermRecord } from './taxonomy.repository.ts';
import { TAXONOMY_SCHEMES, type TaxonomyScheme } from './taxonomy.table.ts';

function schemeName(scheme: TaxonomyScheme, i18n: Translator): string {
  return i18n.t(`taxonomy.scheme.${scheme}`);
}

/** An id attribute for a term's checkbox (`sdg:10.7` → `tag-sdg-10-7`). */
export function tagFieldId(termId: string): string {
  return `tag-${termId.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * The tag picker: one group of checkboxes per scheme inside details/summary, so the form stays
 * short and works without JavaScript. Groups with a chosen tag start open. SDG targets sit
 * indented under their goal. Posts repeated `name` fields with term ids.
 */
export function TagPicker({
  terms,
  selected,
  name = 'tags',
  error,
  legend,
  hint,
}: {
  terms: TermRecord[];
  selected: string[];
  name?: string;
  error?: string;
  legend?: string;
  hint?: string;
}) {
  const i18n = useT();
  const chosen = new Set(selected);
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="tag-picker" id={name} aria-describedby={error ? `${name}-error` : `${name}-hint`}>
        <legend class="field__label">
          {legend ?? i18n.t('taxonomy.picker.legend')}
          <span class="field__optional"> {i18n.t('form.optional')}</span>
        </legend>
        <p class="field__hint" id={`${name}-hint`}>
          {hint ?? i18n.t('taxonomy.picker.hint')}
        </p>
        {error ? (
          <p class="field__error" id={`${name}-error`}>
            {error}
          </p>
        ) : null}
        {TAXONOMY_SCHEMES.map((scheme) => {
          const inScheme = terms.filter((t) => t.scheme === scheme);
          if (inScheme.length === 0) return null;
          const count = inScheme.filter((t) => chosen.has(t.id)).length;
          return (
            <details class="tag-picker__group" open={count > 0 || undefined}>
              <summary>
                {schemeName(scheme, i18n)}{' '}
                <span class="muted">({i18n.t('taxonomy.picker.selected', { count })})</span>
              </summary>
              <ul class="checkboxes">
                {inScheme.map((record) => {
                  const term = presentTerm(record, i18n);
                  const id = tagFieldId(term.id);
                  return (
                    <li
                      class={term.parentId ? 'checkboxes__item checkboxes__item--child' : 'checkboxes__item'}
                    >
                      <input
                        type="checkbox"
                        id={id}
                        name={name}
                        value={term.id}
                        checked={chosen.has(term.id)}
                      />
                      <label for={id}>{term.label}</label>
                    </li>
                  );
                })}
              </ul>
            </details>
          );
        })}
      </fieldset>
    </div>
  );
}

/** Tags grouped by scheme, each as a tag with its code and name. Nothing when there are none. */
export function TagList({ terms, empty }: { terms: TermRecord[]; empty?: string }) {
  const i18n = useT();
  if (terms.length === 0) return empty ? <p class="muted">{empty}</p> : null;
  return (
    <dl class="tag-groups">
      {TAXONOMY_SCHEMES.map((scheme) => {
        const inScheme = terms.filter((t) => t.scheme === scheme).map((t) => presentTerm(t, i18n));
        if (inScheme.length === 0) return null;
        return (
          <div class="tag-groups__group">
            <dt>{schemeName(scheme, i18n)}</dt>
            <dd>
              <ul class="tag-list">
                {inScheme.map((term) => (
                  <li>
                    {term.short === term.name ? (
                      <Tag label={term.name} tone="info" />
                    ) : (
                      <>
                        <Tag label={term.short} tone="info" /> <span>{term.name}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Short tags in one line (for lists of records): "SDG 10.7", "GCM 19", "Data". */
export function TagLine({ terms }: { terms: TermRecord[] }) {
  const i18n = useT();
  if (terms.length === 0) return null;
  return (
    <ul class="tag-list tag-list--inline">
      {terms.map((record) => {
        const term = presentTerm(record, i18n);
        return (
          <li>
            <Tag label={term.short} tone="info" />
          </li>
        );
      })}
    </ul>
  );
}
