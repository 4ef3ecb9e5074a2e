import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { countryChoices } from '../programmes/index.ts';
import { allTerms, presentTerm } from '../taxonomy/index.ts';

type Option = { value: string; label: string };

// Countries and taxonomy terms are reference data, loaded at start and never changed while the
// server runs: their options are built once per language rather than on every page.
const countries = new Map<string, Promise<Option[]>>();
const themes = new Map<string, Promise<Option[]>>();

/** Every country as a select's options, sorted by name in the reader's language. */
export function countryOptions(db: Db, i18n: Translator): Promise<Option[]> {
  let options = countries.get(i18n.locale);
  if (!options) {
    options = countryChoices(db, i18n).then((list) => list.map((c) => ({ value: c.alpha3, label: c.name })));
    options.catch(() => countries.delete(i18n.locale));
    countries.set(i18n.locale, options);
  }
  return options;
}

/** Every theme, SDG target and Global Compact objective as a select's options. */
export function themeOptions(db: Db, i18n: Translator): Promise<Option[]> {
  let options = themes.get(i18n.locale);
  if (!options) {
    options = allTerms(db.kysely).then((terms) =>
      terms.map((term) => ({ value: term.id, label: presentTerm(term, i18n).label })),
    );
    options.catch(() => themes.delete(i18n.locale));
    themes.set(i18n.locale, options);
  }
  return options;
}
