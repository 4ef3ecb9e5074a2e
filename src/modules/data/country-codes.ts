import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { AGGREGATES } from './catalogue.ts';
import { AMBIGUOUS_NAMES, NAME_ALIASES } from './country-codes.aliases.ts';

/**
 * Country-code normalisation: whatever a source uses (ISO alpha-3 or alpha-2, UN M49 numeric and
 * UN DESA location codes, UN names, World Bank names), the answer is an ISO 3166 country (its
 * alpha-3 code), an aggregate (`AGG:…`, see catalogue.ts) or unknown. Unknown is an answer, not a
 * guess: importers report it with the name as found, and never store the value.
 */
export type AreaMatch =
  | { kind: 'country'; code: string }
  | { kind: 'aggregate'; code: string }
  | { kind: 'unknown'; input: string; ambiguous?: string[] };

/** The reference countries (the `countries` table, ISO 3166 via world-countries). */
export interface CountryRef {
  alpha3: string;
  alpha2: string;
  m49: string;
  name_en: string;
}

export interface AreaResolver {
  /**
   * ISO alpha-3, an `AGG:` code, or a three-letter code a source uses for an aggregate. Never a
   * two-letter code: `NA` is Namibia's alpha-2 code and the "not available" of many files, so
   * alpha-2 is read only where a file declares it (`byAlpha2`).
   */
  byCode(code: string): AreaMatch;
  /** ISO alpha-2, for a column the file declares as two-letter codes (headed `iso2`, `alpha-2`…). */
  byAlpha2(code: string): AreaMatch;
  /** UN M49 numeric code of a country, or a UN DESA location code of an aggregate. */
  byM49(code: string | number): AreaMatch;
  /** A name as a publisher spells it (UN, World Bank, ISO, CLDR). */
  byName(name: string): AreaMatch;
  /** A code (alpha-3, M49, `AGG:`; not alpha-2) or a name. For files whose users write what they like. */
  resolve(input: string): AreaMatch;
}

/** Folds case, accents, punctuation and the footnote asterisks UN DESA appends to names. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

export function createAreaResolver(countries: CountryRef[]): AreaResolver {
  const byAlpha3 = new Map(countries.map((c) => [c.alpha3, c.alpha3]));
  const byAlpha2 = new Map(countries.map((c) => [c.alpha2, c.alpha3]));
  const byNumeric = new Map(countries.map((c) => [Number(c.m49), c.alpha3]));
  const aggregateCodes = new Set(AGGREGATES.map((a) => a.code));
  const aggregateByCode = new Map<string, string>();
  const aggregateByDesa = new Map<number, string>();
  for (const aggregate of AGGREGATES) {
    for (const code of aggregate.codes ?? []) aggregateByCode.set(code, aggregate.code);
    for (const code of aggregate.desa ?? []) aggregateByDesa.set(code, aggregate.code);
  }

  // Names: a name that points at two different areas is ambiguous and resolves to nothing.
  const names = new Map<string, Set<string>>();
  const addName = (name: string | undefined, target: string) => {
    if (!name) return;
    const key = normaliseName(name);
    if (!key) return;
    const set = names.get(key) ?? new Set<string>();
    set.add(target);
    names.set(key, set);
  };
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const known = new Set(countries.map((c) => c.alpha3));
  for (const c of countries) {
    addName(c.name_en, c.alpha3);
    addName(english.of(c.alpha2), c.alpha3);
  }
  for (const c of worldCountries) {
    if (!known.has(c.cca3)) continue;
    addName(c.name.common, c.cca3);
    addName(c.name.official, c.cca3);
  }
  for (const aggregate of AGGREGATES) {
    addName(aggregate.name_en, aggregate.code);
    for (const name of aggregate.names ?? []) addName(name, aggregate.code);
  }
  // Explicit aliases win over anything derived: they were checked against the real files.
  for (const [name, target] of Object.entries(NAME_ALIASES))
    names.set(normaliseName(name), new Set([target]));
  // Names that two areas share ("Virgin Islands": British or U.S.) are reported, never mapped.
  for (const [name, targets] of Object.entries(AMBIGUOUS_NAMES))
    names.set(normaliseName(name), new Set(targets));

  const match = (code: string): AreaMatch =>
    aggregateCodes.has(code) ? { kind: 'aggregate', code } : { kind: 'country', code };

  const resolver: AreaResolver = {
    byCode(input) {
      const code = input.trim().toUpperCase();
      if (code.startsWith('AGG:')) return aggregateCodes.has(code) ? match(code) : unknown(input);
      if (/^[A-Z]{3}$/.test(code)) {
        const country = byAlpha3.get(code);
        if (country) return match(country);
        const aggregate = aggregateByCode.get(code);
        return aggregate ? match(aggregate) : unknown(input);
      }
      return unknown(input);
    },
    byAlpha2(input) {
      const country = byAlpha2.get(input.trim().toUpperCase());
      return country ? match(country) : unknown(input);
    },
    byM49(input) {
      const text = String(input).trim();
      if (!/^\d{1,4}$/.test(text)) return unknown(text);
      const numeric = Number(text);
      const country = byNumeric.get(numeric);
      if (country) return match(country);
      const aggregate = aggregateByDesa.get(numeric);
      return aggregate ? match(aggregate) : unknown(text);
    },
    byName(input) {
      const targets = names.get(normaliseName(input));
      if (!targets) return unknown(input);
      if (targets.size > 1) return { kind: 'unknown', input, ambiguous: [...targets].sort() };
      return match([...targets][0]!);
    },
    resolve(input) {
      const text = input.trim();
      if (/^\d{1,4}$/.test(text)) return resolver.byM49(text);
      if (/^(AGG:.+|[A-Za-z]{3})$/.test(text) && text === text.toUpperCase()) {
        const found = resolver.byCode(text);
        if (found.kind !== 'unknown') return found;
      }
      return resolver.byName(text);
    },
  };
  return resolver;
}

function unknown(input: string): AreaMatch {
  return { kind: 'unknown', input: input.trim() };
}
