import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { OTHER_AREAS } from '../countries/index.ts';
import type { IndicatorRow } from './data.table.ts';
import type { Provenance } from './series.repository.ts';

/**
 * How indicator-store values read in the reader's language: area names, units, numbers and
 * source lines. Numbers always go through Intl (Arabic keeps Latin digits, see decisions).
 */

export interface AreaInfo {
  /** The code in addresses: ISO alpha-3, or the publishers' code of an area outside ISO 3166 (`XKX`). */
  alpha3: string;
  alpha2: string;
  m49: string;
  nameEn: string;
  /** A country of ISO 3166, or an area outside it that publishers report (kept as `AGG:<code>`). */
  kind: 'country' | 'area';
  /** An area's name in each language (countries are named by CLDR). */
  names?: Record<string, string>;
}

const areaCache = new WeakMap<object, Promise<Map<string, AreaInfo>>>();

/**
 * Countries by alpha-3, and the areas outside ISO 3166 that publishers report by their store code
 * (`AGG:XKX`), from the countries module's reference (loaded once per database handle).
 */
export function loadAreas(db: Kysely<Database>): Promise<Map<string, AreaInfo>> {
  let cached = areaCache.get(db);
  if (!cached) {
    cached = db
      .selectFrom('countries')
      .select(['alpha3', 'alpha2', 'm49', 'name_en'])
      .execute()
      .then(
        (rows) =>
          new Map<string, AreaInfo>(
            rows.map((r) => [
              r.alpha3,
              { alpha3: r.alpha3, alpha2: r.alpha2, m49: r.m49, nameEn: r.name_en, kind: 'country' },
            ]),
          ),
      )
      .then((areas) => {
        for (const area of OTHER_AREAS) {
          areas.set(`AGG:${area.code}`, {
            alpha3: area.code,
            alpha2: area.alpha2 ?? '',
            m49: area.m49 ?? '',
            nameEn: area.names.en,
            kind: 'area',
            names: area.names,
          });
        }
        return areas;
      });
    cached.catch(() => areaCache.delete(db));
    areaCache.set(db, cached);
  }
  return cached;
}

/** Names an area code in the reader's language: a country, the World, or another aggregate. */
export function areaName(i18n: Translator, areas: Map<string, AreaInfo>, code: string): string {
  const country = areas.get(code);
  if (country?.names) return country.names[i18n.locale] ?? country.nameEn;
  if (country) return i18n.countryName(country.alpha2) ?? country.nameEn;
  if (code === 'AGG:WLD') return i18n.t('data.area.world');
  return code.startsWith('AGG:') ? code.slice(4) : code;
}

/**
 * The store code of a code in an address: a country's alpha-3 as it is, an area outside ISO 3166
 * as its `AGG:` area (`XKX` → `AGG:XKX`); null when it is neither.
 */
export function areaCode(areas: Map<string, AreaInfo>, code: string): string | null {
  if (areas.get(code)?.kind === 'country') return code;
  return areas.get(`AGG:${code}`)?.kind === 'area' ? `AGG:${code}` : null;
}

/** The code of an area in addresses: `AGG:XKX` → `XKX`; a country's alpha-3 as it is. */
export function publicCode(code: string): string {
  return code.replace(/^AGG:/, '');
}

export function indicatorName(
  i18n: Translator,
  row: Pick<IndicatorRow, 'name_en' | 'name_fr' | 'name_es' | 'name_ar'>,
): string {
  const byLocale = { en: row.name_en, fr: row.name_fr, es: row.name_es, ar: row.name_ar };
  return byLocale[i18n.locale] || row.name_en;
}

const UNIT_KEYS: Record<string, string> = {
  persons: 'data.unit.persons',
  USD: 'data.unit.usd',
  'USD million': 'data.unit.usdMillion',
  percent: 'data.unit.percent',
  'percent of GDP': 'data.unit.percentGdp',
  'months of earnings': 'data.unit.monthsEarnings',
};

/** The unit in words ("persons", "US$ million"); unknown units as stored. */
export function unitLabel(i18n: Translator, unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? i18n.t(key) : unit;
}

function isPercent(unit: string): boolean {
  return unit === 'percent' || unit === 'percent of GDP';
}

/** A value in full, as a figure or a table cell shows it. */
/**
 * Percentages keep at least two significant digits, so a small share is not shown as "0 %":
 * 0.0296 % reads "0.03 %", 43.21 % still "43.2 %" (the more precise of the two roundings).
 */
function percentOptions(maximumFractionDigits: number): Intl.NumberFormatOptions {
  // `roundingPriority` (Intl.NumberFormat v3) is in Node 20 but not in TypeScript's ES2022 types.
  return {
    style: 'percent',
    maximumFractionDigits,
    maximumSignificantDigits: 2,
    roundingPriority: 'morePrecision',
  } as Intl.NumberFormatOptions;
}

export function formatValue(i18n: Translator, unit: string, value: number): string {
  if (isPercent(unit)) return i18n.number(value / 100, percentOptions(2));
  if (unit === 'USD')
    return i18n.number(value, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  if (unit === 'USD million')
    return i18n.t('data.value.usdMillion', { value: i18n.number(value, { maximumFractionDigits: 1 }) });
  return i18n.number(value, { maximumFractionDigits: 2 });
}

/** A short value for key figures and labels ("2.1M", "$21.8B", "4.3%"). */
export function formatCompact(i18n: Translator, unit: string, value: number): string {
  if (isPercent(unit)) return i18n.number(value / 100, percentOptions(1));
  const options: Intl.NumberFormatOptions = {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  };
  const usd: Intl.NumberFormatOptions = {
    ...options,
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
  };
  if (unit === 'USD') return i18n.number(value, usd);
  if (unit === 'USD million') return i18n.number(value * 1e6, usd);
  return i18n.number(value, options);
}

/** Formats axis ticks for a unit. */
export function tickFormatter(i18n: Translator, unit: string): (value: number) => string {
  return (value) => formatCompact(i18n, unit, value);
}

/** "UN DESA Population Division, International Migrant Stock 2020": where a value comes from. */
export function sourceName(provenance: Pick<Provenance, 'publisher' | 'dataset'>): string {
  if (provenance.dataset.toLowerCase().startsWith(provenance.publisher.toLowerCase()))
    return provenance.dataset;
  return `${provenance.publisher}, ${provenance.dataset}`;
}

/** Several sources, each named once, in the order met. */
export function sourceNames(list: Pick<Provenance, 'publisher' | 'dataset'>[]): string {
  return [...new Set(list.map(sourceName))].join('; ');
}

/** "2000–2020", or "2020" for a single period. */
export function periodRangeLabel(periods: string[]): string {
  if (periods.length === 0) return '';
  const sorted = [...periods].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return first === last ? first : `${first}–${last}`;
}
