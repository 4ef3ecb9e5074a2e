import { sql } from 'kysely';
import type { Db } from '../src/db/connection.ts';
import { newId, now } from '../src/db/ids.ts';
import * as codes from '../src/modules/data/series-codes.ts';

/**
 * Fills the indicator store for the data-view benchmark: a synthetic bilateral migrant stock of
 * `countries² × years × 3 sexes` values (232 × 232 × 31 × 3 ≈ 5 million), plus country series and
 * corridor costs for every country. Generated inside the database (INSERT … SELECT over a cross
 * join), so filling takes seconds on both dialects.
 */
export async function fillDataBench(db: Db, options: { countries?: number; years?: number } = {}) {
  const countries = options.countries ?? 232;
  const years = options.years ?? 31;
  const k = db.kysely;
  const at = now();
  const indicators: [string, 'country' | 'bilateral', string][] = [
    [codes.IMS_STOCK_DESTINATION, 'country', 'persons'],
    [codes.IMS_STOCK_ORIGIN, 'country', 'persons'],
    [codes.IMS_STOCK_BILATERAL, 'bilateral', 'persons'],
    [codes.UNHCR_REFUGEES, 'bilateral', 'persons'],
    [codes.REMITTANCES_RECEIVED_USD, 'country', 'USD'],
    [codes.REMITTANCES_RECEIVED_GDP, 'country', 'percent of GDP'],
    [codes.REMITTANCES_PAID_USD, 'country', 'USD'],
    [codes.COST_INBOUND, 'country', 'percent'],
    [codes.RPW_CORRIDOR_COST, 'bilateral', 'percent'],
    [codes.RECRUITMENT_COST, 'country', 'months of earnings'],
  ];
  for (const [code, shape, unit] of indicators) {
    await k
      .insertInto('indicators')
      .values({
        code,
        name_en: code,
        name_fr: code,
        name_es: code,
        name_ar: code,
        unit,
        shape,
        source: 'Synthetic',
        licence: 'CC0',
        definition: '',
        sdg: null,
        owner_country: null,
        created_at: at,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  const datasetId = newId();
  await k
    .insertInto('datasets')
    .values({
      id: datasetId,
      code: `bench-${datasetId}`,
      title: 'Synthetic benchmark data',
      publisher: 'Corridor',
      licence: 'CC0',
      url: null,
      created_at: at,
    })
    .execute();
  const releaseId = newId();
  await k
    .insertInto('releases')
    .values({
      id: releaseId,
      dataset_id: datasetId,
      label: 'bench',
      file_name: 'synthetic',
      file_sha256: newId(),
      status: 'complete',
      is_current: 1,
      rows_read: 0,
      values_stored: 0,
      rows_skipped: 0,
      report_json: '[]',
      imported_by: null,
      started_at: at,
      finished_at: at,
    })
    .execute();
  const firstYear = 2021 - years;
  // Generated in SQL: a country list, a year list and the three sexes, cross joined.
  const ctes = sql`
    c AS (SELECT alpha3, row_number() OVER (ORDER BY alpha3) AS n FROM countries ORDER BY alpha3 LIMIT ${sql.lit(countries)}),
    y AS (SELECT CAST(${firstYear} AS integer) AS year UNION ALL SELECT year + 1 FROM y WHERE year < 2020),
    s AS (SELECT '_T' AS sex UNION ALL SELECT 'F' UNION ALL SELECT 'M')`;
  const yearText = db.dialect === 'postgres' ? sql`y.year::text` : sql`CAST(y.year AS TEXT)`;
  await sql`WITH RECURSIVE ${ctes}
    INSERT INTO observations (release_id, indicator_code, area, counterpart, sex, age, period, value, source_row)
    SELECT ${releaseId}, ${codes.IMS_STOCK_BILATERAL}, a.alpha3, b.alpha3, s.sex, '_T', ${yearText},
           ((a.n * 7919 + b.n * 104729 + y.year) % 100000) + 1, NULL
    FROM c a CROSS JOIN c b CROSS JOIN y CROSS JOIN s WHERE a.alpha3 <> b.alpha3`.execute(k);
  for (const code of [
    codes.IMS_STOCK_DESTINATION,
    codes.IMS_STOCK_ORIGIN,
    codes.REMITTANCES_RECEIVED_USD,
    codes.REMITTANCES_RECEIVED_GDP,
    codes.REMITTANCES_PAID_USD,
    codes.COST_INBOUND,
  ]) {
    await sql`WITH RECURSIVE ${ctes}
      INSERT INTO observations (release_id, indicator_code, area, counterpart, sex, age, period, value, source_row)
      SELECT ${releaseId}, ${code}, a.alpha3, '', s.sex, '_T', ${yearText}, (a.n * 31 + y.year) % 1000 + 1, NULL
      FROM c a CROSS JOIN y CROSS JOIN s`.execute(k);
  }
  // Corridor costs: each country sends to its next ten neighbours in code order, four quarters a year.
  await sql`WITH RECURSIVE ${ctes}
    INSERT INTO observations (release_id, indicator_code, area, counterpart, sex, age, period, value, source_row)
    SELECT ${releaseId}, ${codes.RPW_CORRIDOR_COST}, a.alpha3, b.alpha3, '_T', '_T',
           ${yearText} || '-Q' || q.q, ((a.n + b.n + y.year + q.q) % 90) / 10.0 + 1, NULL
    FROM c a JOIN c b ON b.n > a.n AND b.n <= a.n + 10
    CROSS JOIN y CROSS JOIN (SELECT 1 AS q UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) q
    WHERE y.year >= 2011`.execute(k);
  await sql`ANALYZE`.execute(k);
  const count = await k
    .selectFrom('observations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { releaseId, observations: Number(count.n) };
}
