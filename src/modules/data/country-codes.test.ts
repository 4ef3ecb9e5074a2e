import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceCountries } from '../countries/country.reference.ts';
import { type AreaMatch, type AreaResolver, createAreaResolver, normaliseName } from './country-codes.ts';

/** The real files, as published (never copied into the repository). */
const DATA = join(process.cwd(), '../shared/data');

const code = (match: AreaMatch) => (match.kind === 'unknown' ? `UNKNOWN:${match.input}` : match.code);

function csvRows(file: string, from: number): string[][] {
  const text = readFileSync(join(DATA, file), 'utf8');
  return (parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]).slice(
    from,
  );
}

/** Rows of a sheet as plain values (first column dropped: exceljs rows are 1-based). */
async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(DATA, file));
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('country-code normalisation', () => {
  let areas: AreaResolver;
  beforeAll(() => {
    areas = createAreaResolver(referenceCountries());
  });

  it('reads ISO alpha-3, alpha-2 (only when asked), M49 numeric and AGG: codes', () => {
    expect(code(areas.byCode('bgd'))).toBe('BGD');
    // Two-letter codes are read only where a file declares them: NA is Namibia or "not available".
    expect(code(areas.byCode('JM'))).toBe('UNKNOWN:JM');
    expect(code(areas.resolve('NA'))).toBe('UNKNOWN:NA');
    expect(code(areas.byAlpha2('JM'))).toBe('JAM');
    expect(code(areas.byAlpha2('NA'))).toBe('NAM');
    expect(code(areas.byM49('498'))).toBe('MDA');
    expect(code(areas.byM49(4))).toBe('AFG');
    expect(code(areas.byM49('004'))).toBe('AFG');
    expect(code(areas.byCode('AGG:WLD'))).toBe('AGG:WLD');
    expect(code(areas.byCode('AGG:NOPE'))).toBe('UNKNOWN:AGG:NOPE');
    expect(code(areas.byCode('WLD'))).toBe('AGG:WLD');
    expect(code(areas.byCode('SSF'))).toBe('AGG:WB-SSF');
    expect(code(areas.byM49(900))).toBe('AGG:WLD');
    expect(code(areas.byM49(947))).toBe('AGG:SDG-947');
    expect(code(areas.byM49(1503))).toBe('AGG:WB-HIC');
    expect(code(areas.byCode('QQQ'))).toBe('UNKNOWN:QQQ');
  });

  it('reads World Bank and UN spellings, including the ones that are easy to get wrong', () => {
    const cases: Record<string, string> = {
      'Bahamas, The': 'BHS',
      Bahamas: 'BHS',
      'Egypt, Arab Rep.': 'EGY',
      "Korea, Dem. People's Rep.": 'PRK',
      'Korea, Rep.': 'KOR',
      'Republic of Korea': 'KOR',
      'Congo, Dem. Rep.': 'COD',
      'Congo, Rep.': 'COG',
      Congo: 'COG',
      'Democratic Republic of the Congo': 'COD',
      'Yemen, Rep.': 'YEM',
      'Venezuela, RB': 'VEN',
      'Venezuela (Bolivarian Republic of)': 'VEN',
      'Micronesia, Fed. Sts.': 'FSM',
      'Micronesia (Fed. States of)': 'FSM',
      'St. Lucia': 'LCA',
      'Saint Lucia': 'LCA',
      Turkiye: 'TUR',
      Türkiye: 'TUR',
      "Cote d'Ivoire": 'CIV',
      "Côte d'Ivoire": 'CIV',
      'Côte d’Ivoire': 'CIV',
      Curacao: 'CUW',
      'Curaçao*': 'CUW',
      Niger: 'NER',
      Nigeria: 'NGA',
      Guinea: 'GIN',
      'Equatorial Guinea': 'GNQ',
      Dominica: 'DMA',
      'Dominican Republic': 'DOM',
      Sudan: 'SDN',
      'South Sudan': 'SSD',
      'China, Hong Kong SAR': 'HKG',
      'Hong Kong SAR, China': 'HKG',
      'West Bank and Gaza': 'PSE',
      'State of Palestine': 'PSE',
      Kosovo: 'AGG:XKX',
      'Channel Islands': 'AGG:CHI',
      World: 'AGG:WLD',
      WORLD: 'AGG:WLD',
    };
    for (const [name, expected] of Object.entries(cases))
      expect(`${name} → ${code(areas.byName(name))}`).toBe(`${name} → ${expected}`);
  });

  it('answers unknown (with the name as found) rather than guess', () => {
    expect(areas.byName('Atlantis')).toEqual({ kind: 'unknown', input: 'Atlantis' });
    expect(areas.byName('Sub-Saharan Africa').kind).toBe('unknown');
    expect(areas.resolve('  Narnia ')).toEqual({ kind: 'unknown', input: 'Narnia' });
    expect(code(areas.resolve('USA'))).toBe('USA');
    expect(code(areas.resolve('840'))).toBe('USA');
    expect(code(areas.resolve('United States'))).toBe('USA');
    expect(normaliseName('  Côte d’Ivoire* ')).toBe('cote d ivoire');
  });

  it('reports names of two areas with both, never one of them', () => {
    expect(areas.byName('Virgin Islands')).toEqual({
      kind: 'unknown',
      input: 'Virgin Islands',
      ambiguous: ['VGB', 'VIR'],
    });
    expect(areas.byName('Korea')).toMatchObject({ ambiguous: ['KOR', 'PRK'] });
    expect(code(areas.byName('British Virgin Islands'))).toBe('VGB');
    expect(code(areas.byName('Virgin Islands (U.S.)'))).toBe('VIR');
    expect(code(areas.byName('United States Virgin Islands'))).toBe('VIR');
  });

  it('resolves every code and name of the WDI CSV (266 economies and aggregates) the same way', () => {
    const rows = csvRows('worldbank/API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv', 3).filter(
      (r) => r[0] !== 'Country Name',
    );
    expect(rows.length).toBe(266);
    for (const [name = '', wbCode = ''] of rows) {
      const byCode = code(areas.byCode(wbCode));
      expect(byCode, `${wbCode} ${name}`).not.toMatch(/^UNKNOWN/);
      const byName = areas.byName(name);
      // Aggregates whose plain name is shared by two groupings (Sub-Saharan Africa) resolve only by code.
      if (byName.kind !== 'unknown') expect(code(byName), name).toBe(byCode);
    }
    expect(code(areas.byCode('XKX'))).toBe('AGG:XKX');
    expect(code(areas.byCode('CHI'))).toBe('AGG:CHI');
  });

  it('resolves every corridor end of Remittance Prices Worldwide by code, and by name to the same area', () => {
    const rows = csvRows('rpw/rpw_corridors_databank_2011Q1-2020.csv', 1).filter((r) => r[1]);
    const pairs = new Map<string, string>();
    for (const r of rows) {
      pairs.set(r[1]!, r[0]!);
      pairs.set(r[5]!, r[4]!);
    }
    expect(pairs.size).toBeGreaterThan(100);
    for (const [rpwCode, name] of pairs) {
      const byCode = code(areas.byCode(rpwCode));
      expect(byCode, `${rpwCode} ${name}`).not.toMatch(/^UNKNOWN/);
      expect(code(areas.byName(name)), name).toBe(byCode);
    }
  });

  it('resolves every UNHCR origin and asylum code', () => {
    const rows = csvRows('unhcr/unhcr_2020.csv', 1);
    // An empty origin or asylum country is UNHCR's "various or unknown": the importer maps it to AGG:UNK.
    const codes = new Set(rows.flatMap((r) => [r[1]!, r[2]!]).filter((c) => c !== ''));
    const unknown = [...codes].filter((c) => areas.byCode(c).kind === 'unknown');
    expect(unknown).toEqual([]);
    expect(code(areas.byCode('XXA'))).toBe('AGG:XXA');
    expect(code(areas.byCode('TIB'))).toBe('AGG:TIB');
  });

  it('resolves every location code of UN DESA, and names to the same country', async () => {
    const rows = (await sheetRows('undesa/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx', 'Table 1'))
      .filter((r) => typeof r[3] === 'number')
      .map((r) => ({ name: String(r[1]).trim(), location: r[3] as number }));
    expect(rows.length).toBe(283);
    for (const { name, location } of rows) {
      const byCode = areas.byM49(location);
      expect(code(byCode), `${location} ${name}`).not.toMatch(/^UNKNOWN/);
      if (byCode.kind === 'country') expect(code(areas.byName(name)), name).toBe(byCode.code);
    }
  });

  it('resolves every name of the KNOMAD flows and the bilateral matrix (World Bank spelling)', async () => {
    const names = new Set<string>();
    for (const [file, sheet] of [
      ['knomad/remittance-inflows.xlsx', 'Inward remittance flows'],
      ['knomad/remittance-outflows.xlsx', 'Outward remittance flows'],
    ] as const) {
      for (const row of await sheetRows(file, sheet)) {
        if (typeof row[0] === 'string' && row.slice(1).some((v) => typeof v === 'number' || v === null)) {
          if (!/^Remittance (in|out)flows/.test(row[0])) names.add(row[0].trim());
        }
      }
    }
    const matrix = await sheetRows(
      'knomad/WB_Bilateral_Remittance_Estimates_2017.xlsx',
      'Bilateral_Remittances_2017',
    );
    const header = matrix[1]!.slice(1).map((v) => String(v).trim());
    for (const name of header) names.add(name);
    for (const row of matrix.slice(2)) if (typeof row[1] === 'number') names.add(String(row[0]).trim());
    expect(names.size).toBeGreaterThan(214);
    const unknown = [...names].filter((n) => areas.byName(n).kind === 'unknown');
    expect(unknown).toEqual([]);
    expect(code(areas.byName('Türkiye, Rep. of'))).toBe('TUR');
    expect(code(areas.byName('Low-and Middle-Income Countries'))).toBe('AGG:WB-LMY');
  });
});
