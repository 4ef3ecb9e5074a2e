import { afterAll, describe, expect, it } from 'vitest';
import { readWith, scratch } from './read.testing.ts';
import { blockOf, undesaImporter } from './undesa.ts';

/**
 * International Migrant Stock in the layout of each revision since 2015, built here (small, but
 * with each revision's title rows, code column, "Type of data" column, wording and years).
 * The real 2020 workbook is imported by real-files.test.ts.
 */
const files = scratch();
afterAll(() => files.done());

interface Revision {
  year: number;
  years: number[];
  /** Rows above the table, the edition's own title first. */
  titles: (table: string) => string[];
  /** Labels left of the years, in order; the code column's header differs between revisions. */
  labels: string[];
  code: string;
  /** Labels sit on the band (merged over band and years, 2015–2019) or on the row of years. */
  labelsOnBand: boolean;
  /** Block headings per table and sex, in the revision's wording. */
  blocks: Record<'stock' | 'population' | 'share' | 'female' | 'refugees', string[]>;
}

const sexes = (words: string, [t, m, f]: [string, string, string]) => [
  `${words}${t}`,
  `${words}${m}`,
  `${words}${f}`,
];
const older = (year: number, edition: string): Revision => ({
  year,
  years: [1990, 1995, 2000, 2005, 2010, 2015, ...(year > 2015 ? [year] : [])],
  titles: (table) => [
    edition,
    `${table}. International migrant stock at mid-year by sex and by major area, region, country or area, 1990-${year}`,
    `United Nations, Department of Economic and Social Affairs, Population Division (${year}).`,
  ],
  labels: [
    'Sort\norder',
    'Major area, region, country or area of destination',
    'Notes',
    'Code',
    'Type of data (a)',
  ],
  code: 'Code',
  labelsOnBand: true,
  blocks: {
    stock: sexes('International migrant stock at mid-year ', ['(both sexes)', '(male)', '(female)']),
    population: sexes('Total population at mid-year (thousands) ', ['(both sexes)', '(male)', '(female)']),
    share: sexes('International migrant stock as a percentage of the total population ', [
      '(both sexes)',
      '(male)',
      '(female)',
    ]),
    female: ['Female migrants as a percentage of the international migrant stock'],
    refugees: [
      'Estimated refugee stock at mid-year (both sexes)',
      'Refugees as a percentage of the international migrant stock',
      'Annual rate of change of the refugee stock (%)',
    ],
  },
});

const REVISIONS: Revision[] = [
  older(2015, 'Trends in International Migrant Stock: The 2015 revision'),
  older(2017, 'Trends in International Migrant Stock: The 2017 revision'),
  {
    ...older(2019, 'International migrant stock 2019'),
    labels: [
      'Sort\norder',
      'Region, development group, country or area of destination',
      'Notes',
      'Code',
      'Type of data (a)',
    ],
    blocks: {
      ...older(2019, '').blocks,
      stock: sexes('International migrant stock at mid-year ', ['(both sexes)', '(males)', '(females)']),
    },
  },
  {
    year: 2020,
    years: [1990, 1995, 2000, 2005, 2010, 2015, 2020],
    titles: (table) => [
      'International Migrant Stock 2020: Destination',
      `${table}: International migrant stock at mid-year by sex and by region, country or area of destination, 1990-2020`,
      'POP/DB/MIG/Stock/Rev.2020',
    ],
    labels: ['Index', 'Region, development group, country or area', 'Notes', 'Location code', 'Type of data'],
    code: 'Location code',
    labelsOnBand: false,
    blocks: {
      stock: sexes('International migrant stock at mid-year, ', ['both sexes combined', 'males', 'females']),
      population: sexes('Total population at mid-year, ', ['both sexes combined', 'males', 'females']),
      share: sexes('International migrant stock as a percentage of the total population, ', [
        'both sexes combined',
        'males',
        'females',
      ]),
      female: ['Female migrants as a percentage of the international migrant stock'],
      refugees: [
        'Refugee and asylum seekers at mid-year, both sexes combined',
        'Refugee and asylum seekers as a percentage of the international migrant stock',
        'Annual rate of change of the refugee and asylum seekers, both sexes combined',
      ],
    },
  },
  {
    year: 2024,
    years: [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024],
    titles: (table) => [
      'International Migrant Stock 2024: Destination',
      `${table}: International migrant stock at mid-year by sex and by region, country or area of destination, 1990-2024`,
      'UN DESA/POP/2024/DC/NO.',
    ],
    // No "Type of data" column; an alpha-3 column beside the M49 codes.
    labels: [
      'Index',
      'Region, development group, country or area',
      'Notes',
      'Location code',
      'ISO3 Alpha-code',
    ],
    code: 'Location code',
    labelsOnBand: false,
    blocks: {
      stock: sexes('International migrant stock at mid-year: ', ['both sexes', 'males', 'females']),
      population: sexes('Total population at mid-year (thousands): ', ['both sexes', 'males', 'females']),
      share: sexes('International migrant stock as a percentage of the total population: ', [
        'both sexes',
        'males',
        'females',
      ]),
      female: ['Female migrants as a percentage of the international migrant stock'],
      refugees: [
        'Refugees and asylum seekers at mid-year: both sexes',
        'Refugees and asylum seekers as a percentage of the international migrant stock',
        'Annual rate of change of refugees and asylum seekers: both sexes',
      ],
    },
  },
];

/** Areas down each table: the World, a region, two countries (one with a missing year). */
const AREAS = [
  { name: 'WORLD', code: 900, iso: '', type: null },
  { name: '  Eastern Africa', code: 910, iso: '', type: null },
  { name: '   Burundi', code: 108, iso: 'BDI', type: 'B R' },
  { name: '   South Sudan*', code: 728, iso: 'SSD', type: 'B R' },
];
/** A value per area, block, sex and year, easy to check: 1,000,000 × area + 1,000 × block + year. */
const value = (area: number, block: number, year: number) => (area + 1) * 1_000_000 + block * 1_000 + year;

function tableRows(revision: Revision, table: string, blocks: string[]): unknown[][] {
  const width = revision.labels.length;
  const years = revision.years;
  const band: unknown[] = revision.labelsOnBand ? [...revision.labels] : Array(width).fill(null);
  const yearsRow: unknown[] = revision.labelsOnBand ? Array(width).fill(null) : [...revision.labels];
  blocks.forEach((heading, b) => {
    band.push(heading, ...Array(years.length - 1).fill(null));
    // Rates of change are over periods, not years.
    const rate = /rate of change/i.test(heading);
    yearsRow.push(...years.map((y, i) => (rate ? (i === 0 ? null : `${years[i - 1]}-${y}`) : y)));
    void b;
  });
  const rows: unknown[][] = [[], ...revision.titles(table).map((t) => [t]), [], band];
  if (!revision.labelsOnBand) rows.push([], []);
  rows.push(yearsRow);
  AREAS.forEach((area, a) => {
    const labels = [
      a + 1,
      area.name,
      null,
      area.code,
      revision.labels[4]?.startsWith('ISO') ? area.iso : area.type,
    ];
    const values = blocks.flatMap((_, b) =>
      years.map((y) => (area.code === 728 && y === 1990 ? '..' : value(a, b, y))),
    );
    rows.push([...labels, ...values]);
  });
  rows.push(
    [],
    ['Notes: (a) B indicates that the estimates were derived from data on foreign-born population.'],
  );
  return rows;
}

function destinationWorkbook(revision: Revision): Promise<string> {
  const { blocks } = revision;
  return files.workbook(`undesa-${revision.year}-destination.xlsx`, {
    Contents: [
      [],
      [revision.titles('Contents')[0]],
      ['Table of contents'],
      ['Table 1', 'Table 2', 'Table 3'],
    ],
    'Table 1': tableRows(revision, 'Table 1', blocks.stock),
    'Table 2': tableRows(revision, 'Table 2', blocks.population),
    'Table 3': tableRows(revision, 'Table 3', blocks.share),
    'Table 4': tableRows(revision, 'Table 4', blocks.female),
    'Table 6': tableRows(revision, 'Table 6', blocks.refugees),
  });
}

describe('UN DESA International Migrant Stock, every revision since 2015', () => {
  it.each(REVISIONS)('reads the $year revision’s tables by their structure', async (revision) => {
    const read = await readWith(undesaImporter, await destinationWorkbook(revision));
    expect(read.failure).toBeNull();
    expect(read.meta).toMatchObject({
      label: String(revision.year),
      dataset: { code: 'undesa-ims-destination' },
    });
    expect(read.skips).toEqual([]);
    const latest = String(revision.year);
    const find = (indicator: string, area: string, sex: string, period: string) =>
      read.observations.find(
        (o) => o.indicator === indicator && o.area === area && o.sex === sex && o.period === period,
      )?.value;
    const last = revision.years.length - 1;
    const year = revision.years[last]!;
    expect(find('ims.stock.destination', 'AGG:WLD', '_T', latest)).toBe(value(0, 0, year));
    expect(find('ims.stock.destination', 'AGG:WLD', 'M', latest)).toBe(value(0, 1, year));
    expect(find('ims.stock.destination', 'BDI', 'F', latest)).toBe(value(2, 2, year));
    expect(find('ims.stock.share', 'AGG:WLD', 'M', latest)).toBe(value(0, 1, year));
    expect(find('ims.refugees', 'SSD', '_T', latest)).toBe(value(3, 0, year));
    expect(find('ims.stock.destination', 'SSD', '_T', '1990')).toBeUndefined();
    // Stock and share by three sexes, refugees for both sexes; population, female share and rates left out.
    const perArea = revision.years.length * 7;
    expect(read.observations).toHaveLength(perArea * AREAS.length - 7);
    expect(new Set(read.observations.map((o) => o.indicator))).toEqual(
      new Set(['ims.stock.destination', 'ims.stock.share', 'ims.refugees']),
    );
    expect(read.missing).toBe(7);
  });

  it.each([2015, 2017, 2019])(
    'reads the %i origin-by-destination tables (origins across, a year column)',
    async (year) => {
      const origins = ['Mexico', 'Guatemala', 'Germany', 'Spain', 'Burundi'];
      const table = (n: number, who: string) => [
        [],
        [
          year === 2019
            ? 'International migrant stock 2019'
            : `Trends in International Migrant Stock: The ${year} revision`,
        ],
        [
          `Table ${n}: ${who} migrant stock at mid-year by origin and by major area, region, country or area of destination, 1990-${year}`,
        ],
        [],
        [
          'Year',
          'Sort\norder',
          'Major area, region, country or area of destination',
          'Notes',
          'Code',
          'Type of data (a)',
          'Total',
          'Other North',
          'Other South',
          'Major area, region, country or area of origin',
        ],
        [null, null, null, null, null, null, null, null, null, ...origins],
        [
          1990,
          1,
          'WORLD',
          null,
          900,
          null,
          152_000_000,
          1,
          2,
          4_000_000,
          600_000,
          4_000_000,
          2_000_000,
          300_000,
        ],
        [
          year,
          1,
          'WORLD',
          null,
          900,
          null,
          250_000_000,
          1,
          2,
          12_000_000,
          1_000_000,
          4_000_000,
          1_500_000,
          400_000,
        ],
        [
          year,
          2,
          'United States of America',
          1,
          840,
          'B',
          50_000_000,
          1,
          2,
          11_000_000,
          900_000,
          600_000,
          '..',
          10_000,
        ],
        [year, 3, 'Atlantis', null, 999, 'B', 1, 1, 1, 1, 1, 1, 1, 1],
      ];
      const path = await files.workbook(`undesa-${year}-origin.xlsx`, {
        Contents: [['Table of contents']],
        'Table 1': table(1, 'Total'),
        'Table 2': table(2, 'Male'),
        'Table 3': table(3, 'Female'),
      });
      const read = await readWith(undesaImporter, path);
      expect(read.failure).toBeNull();
      expect(read.meta).toMatchObject({
        label: String(year),
        dataset: { code: 'undesa-ims-origin-destination' },
      });
      const mexicoToUs = read.observations.filter((o) => o.area === 'MEX' && o.counterpart === 'USA');
      expect(mexicoToUs.map((o) => [o.sex, o.period, o.value])).toEqual([
        ['_T', String(year), 11_000_000],
        ['M', String(year), 11_000_000],
        ['F', String(year), 11_000_000],
      ]);
      expect(read.observations.find((o) => o.area === 'AGG:WLD' && o.counterpart === 'USA')?.value).toBe(
        50_000_000,
      );
      expect(read.observations.every((o) => o.indicator === 'ims.stock.bilateral')).toBe(true);
      // "Other North" and "Other South" name no area: reported, their columns skipped, in each table.
      const reasons = read.skips.map((s) => `${s.cell} ${s.reason} ${s.values?.name}`);
      expect(reasons.filter((r) => r.startsWith('Table 1!'))).toEqual([
        'Table 1!H5 unknown-area Other North',
        'Table 1!I5 unknown-area Other South',
        'Table 1!E10 unknown-area Atlantis (999)',
      ]);
      expect(read.skips).toHaveLength(9);
    },
  );

  it('reads the 2024 origin-and-destination table (long, a code column of origin)', async () => {
    const path = await files.workbook('undesa-2024-origin.xlsx', {
      'Table 1': [
        [],
        ['International Migrant Stock 2024: Destination and origin'],
        [
          'Table 1: International migrant stock at mid-year by sex and by region, country or area of destination and origin, 1990-2024',
        ],
        [],
        [
          null,
          null,
          null,
          null,
          null,
          null,
          'International migrant stock at mid-year: both sexes',
          null,
          'International migrant stock at mid-year: females',
          null,
        ],
        [
          'Index',
          'Region, development group, country or area of destination',
          'Location code of destination',
          'Region, development group, country or area of origin',
          'Location code of origin',
          'ISO3 Alpha-code of origin',
          2020,
          2024,
          2020,
          2024,
        ],
        [
          1,
          'United States of America',
          840,
          'Mexico',
          484,
          'MEX',
          10_800_000,
          11_100_000,
          5_000_000,
          5_200_000,
        ],
      ],
    });
    const read = await readWith(undesaImporter, path);
    expect(read.failure).toBeNull();
    expect(read.meta).toMatchObject({ label: '2024', dataset: { code: 'undesa-ims-origin-destination' } });
    expect(read.observations.map((o) => [o.area, o.counterpart, o.sex, o.period, o.value])).toEqual([
      ['MEX', 'USA', '_T', '2020', 10_800_000],
      ['MEX', 'USA', '_T', '2024', 11_100_000],
      ['MEX', 'USA', 'F', '2020', 5_000_000],
      ['MEX', 'USA', 'F', '2024', 5_200_000],
    ]);
  });

  it('a workbook without such a table says what it looked for', async () => {
    const path = await files.workbook('not-undesa.xlsx', {
      Data: [
        ['Country', 'Value'],
        ['Mexico', 1],
      ],
    });
    const read = await readWith(undesaImporter, path);
    expect(read.failure?.code).toBe('header-not-found');
    expect(read.failure?.values.expected).toContain('both sexes, males, females');
  });

  it('reads what a block holds from its heading, in any revision’s words', () => {
    expect(blockOf('International migrant stock at mid-year (both sexes)')).toEqual({
      indicator: 'ims.stock.destination',
      sex: '_T',
    });
    expect(blockOf('International migrant stock at mid-year, females')?.sex).toBe('F');
    expect(blockOf('International migrant stock at mid-year (male)')?.sex).toBe('M');
    expect(blockOf('International migrant stock as a percentage of the total population, males')).toEqual({
      indicator: 'ims.stock.share',
      sex: 'M',
    });
    expect(blockOf('Female migrants as a percentage of the international migrant stock')).toBeNull();
    expect(blockOf('Total population at mid-year, both sexes combined (thousands)')).toBeNull();
    expect(blockOf('Annual rate of change of the migrant stock, both sexes combined')).toBeNull();
    expect(blockOf('Estimated refugee stock at mid-year (both sexes)')?.indicator).toBe('ims.refugees');
  });
});
