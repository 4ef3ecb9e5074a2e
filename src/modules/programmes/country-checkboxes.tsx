import { useT } from '../../web/view-context.ts';
import type { CountryChoice } from './country-choices.ts';

const REGION_ORDER = ['002', '019', '142', '150', '009'];

/** Countries as checkboxes, one collapsible group per UN M49 region (open where some are ticked). */
export function CountryCheckboxes({
  name,
  legend,
  hint,
  error,
  choices,
  selected,
}: {
  name: string;
  legend: string;
  hint: string;
  error?: string;
  choices: CountryChoice[];
  selected: string[];
}) {
  const { t } = useT();
  const chosen = new Set(selected);
  const regions = [...REGION_ORDER, null].map((code) => ({
    code,
    countries: choices.filter((c) =>
      code === null ? !REGION_ORDER.includes(c.regionCode ?? '') : c.regionCode === code,
    ),
  }));
  return (
    <fieldset class={error ? 'field field--error' : 'field'} id={name} aria-describedby={`${name}-hint`}>
      <legend class="field__label">{legend}</legend>
      <p class="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      {error ? (
        <p class="field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
      {regions.map((region) => {
        const ticked = region.countries.filter((c) => chosen.has(c.alpha3)).length;
        return (
          <details class="checkbox-group" open={ticked > 0}>
            <summary>
              {region.code ? t(`region.${region.code}`) : t('region.none')}
              {ticked > 0 ? (
                <span class="muted"> · {t('programme.countries.ticked', { count: ticked })}</span>
              ) : null}
            </summary>
            <div class="checkboxes">
              {region.countries.map((c) => (
                <div class="checkbox">
                  <input
                    type="checkbox"
                    id={`${name}-${c.alpha3}`}
                    name={name}
                    value={c.alpha3}
                    checked={chosen.has(c.alpha3)}
                  />
                  <label for={`${name}-${c.alpha3}`}>{c.name}</label>
                </div>
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}
