import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { IndicatorRow } from './data.table.ts';
import {
  bilateralTotals,
  type CorridorCost,
  corridorCosts,
  countryObservations,
  dataCoverage,
  type IndicatorCoverage,
  type Observation,
  type Partner,
  type Total,
  topPartners,
} from './series.repository.ts';
import { ReleaseCache } from './series-cache.ts';
import * as codes from './series-codes.ts';

/**
 * Everything a country's Extended Migration Profile shows, read from the current releases in
 * one go (about ten indexed queries) and cached until the next import.
 */
export interface ProfileData {
  alpha3: string;
  /** Country-shaped values of every indicator, all sexes. */
  observations: Observation[];
  indicators: Map<string, IndicatorRow>;
  origins: { period: string | null; partners: Partner[] };
  destinations: { period: string | null; partners: Partner[] };
  refugeesHosted: Total[];
  asylumHosted: Total[];
  refugeesAbroad: Total[];
  asylumAbroad: Total[];
  /** Corridors sending to or from the country, each at its latest cost, highest first. */
  corridors: CorridorCost[];
  coverage: IndicatorCoverage[];
  /** False when nothing at all is loaded for the country. */
  hasData: boolean;
}

/** Years without a value before an indicator counts as a data gap. */
export const GAP_YEARS = 5;

const cache = new ReleaseCache<ProfileData>(300);

async function load(db: Kysely<Database>, alpha3: string, asOf: number): Promise<ProfileData> {
  const indicatorRows = await db.selectFrom('indicators').selectAll().orderBy('code').execute();
  const indicators = new Map(indicatorRows.map((r) => [r.code, r]));
  const countryCodes = indicatorRows.filter((r) => r.shape === 'country').map((r) => r.code);
  const bilateral = (role: 'origin' | 'destination', indicator: string) =>
    indicators.has(indicator)
      ? bilateralTotals(db, { indicator, country: alpha3, role })
      : Promise.resolve([]);
  const partners = (role: 'origins' | 'destinations') =>
    indicators.has(codes.IMS_STOCK_BILATERAL)
      ? topPartners(db, { indicator: codes.IMS_STOCK_BILATERAL, country: alpha3, role, limit: 10 })
      : Promise.resolve({ period: null, partners: [] });
  const [observations, origins, destinations, refugeesHosted, asylumHosted, refugeesAbroad, asylumAbroad] =
    await Promise.all([
      countryObservations(db, { area: alpha3, indicators: countryCodes }),
      partners('origins'),
      partners('destinations'),
      bilateral('destination', codes.UNHCR_REFUGEES),
      bilateral('destination', codes.UNHCR_ASYLUM),
      bilateral('origin', codes.UNHCR_REFUGEES),
      bilateral('origin', codes.UNHCR_ASYLUM),
    ]);
  const corridors = indicators.has(codes.RPW_CORRIDOR_COST)
    ? await corridorCosts(db, { country: alpha3 })
    : [];
  const coverage = await dataCoverage(db, alpha3, { years: GAP_YEARS, asOf });
  return {
    alpha3,
    observations,
    indicators,
    origins,
    destinations,
    refugeesHosted,
    asylumHosted,
    refugeesAbroad,
    asylumAbroad,
    corridors,
    coverage,
    hasData: coverage.some((c) => c.status !== 'missing'),
  };
}

/** The profile data of a country, from the cache when no import happened since. */
export function profileData(db: Kysely<Database>, alpha3: string, asOf = new Date().getUTCFullYear()) {
  return cache.get(db, `${alpha3}|${asOf}`, () => load(db, alpha3, asOf));
}
