import { newId, now } from '../../src/db/ids.ts';
import type { IndicatorsTable, ObservationsTable } from '../../src/modules/data/data.table.ts';
import * as codes from '../../src/modules/data/series-codes.ts';
import type { TestDb } from './http.ts';

/**
 * Builds indicator-store data directly in the database, without the importers: a dataset, a
 * current release, indicators and observations. `loadDataFixtures` loads a small, realistic set
 * for Bangladesh, Jamaica, Moldova, Tunisia, the United States, Mexico, France and the World
 * (figures rounded from UN DESA 2020, WDI, KNOMAD, RPW and UNHCR).
 */

export async function buildDataset(
  db: TestDb,
  overrides: {
    code?: string;
    title?: string;
    publisher?: string;
    licence?: string;
    url?: string | null;
  } = {},
) {
  const row = {
    id: newId(),
    code: overrides.code ?? `generic:test-${newId()}`,
    title: overrides.title ?? 'Test dataset',
    publisher: overrides.publisher ?? 'Test publisher',
    licence: overrides.licence ?? 'CC BY 4.0',
    url: overrides.url ?? null,
    created_at: now(),
  };
  await db.kysely.insertInto('datasets').values(row).execute();
  return row;
}

export async function buildRelease(
  db: TestDb,
  datasetId: string,
  overrides: {
    label?: string;
    current?: boolean;
    status?: 'running' | 'complete' | 'failed';
    finishedAt?: string;
  } = {},
) {
  const at = overrides.finishedAt ?? now();
  const row = {
    id: newId(),
    dataset_id: datasetId,
    label: overrides.label ?? '2020',
    file_name: 'fixture.csv',
    file_sha256: newId(),
    status: overrides.status ?? 'complete',
    is_current: (overrides.current ?? true) ? 1 : 0,
    rows_read: 0,
    values_stored: 0,
    rows_skipped: 0,
    report_json: '[]',
    imported_by: null,
    started_at: at,
    finished_at: at,
  };
  await db.kysely.insertInto('releases').values(row).execute();
  return row;
}

type IndicatorInput = Partial<IndicatorsTable> & { code: string };

export async function buildIndicator(db: TestDb, input: IndicatorInput) {
  const row: IndicatorsTable = {
    name_en: input.code,
    name_fr: input.code,
    name_es: input.code,
    name_ar: input.code,
    unit: 'persons',
    shape: 'country',
    source: 'Test source',
    licence: 'CC BY 4.0',
    definition: '',
    sdg: null,
    owner_country: null,
    created_at: now(),
    ...input,
  };
  // The catalogue (loaded on every start) already holds the real indicators: a fixture's own
  // names, unit and source replace them, so tests read what they set up.
  const { code, ...rest } = row;
  await db.kysely
    .insertInto('indicators')
    .values(row)
    .onConflict((oc) => oc.column('code').doUpdateSet(rest))
    .execute();
  return row;
}

/** A value as a test writes it: `[indicator, area, counterpart, period, value, sex?]`. */
export type ObservationTuple = [string, string, string, string, number, string?];

export async function insertObservations(db: TestDb, releaseId: string, tuples: ObservationTuple[]) {
  const rows: ObservationsTable[] = tuples.map(
    ([indicator, area, counterpart, period, value, sex], index) => ({
      release_id: releaseId,
      indicator_code: indicator,
      area,
      counterpart,
      sex: sex ?? '_T',
      age: '_T',
      period,
      value,
      source_row: index + 2,
    }),
  );
  for (let i = 0; i < rows.length; i += 200) {
    await db.kysely
      .insertInto('observations')
      .values(rows.slice(i, i + 200))
      .execute();
  }
  await db.kysely
    .updateTable('releases')
    .set({ values_stored: rows.length, rows_read: rows.length })
    .where('id', '=', releaseId)
    .execute();
}

const INDICATORS: IndicatorInput[] = [
  {
    code: codes.IMS_STOCK_DESTINATION,
    name_en: 'International migrant stock',
    name_fr: 'Nombre de migrants internationaux',
    name_es: 'Población de migrantes internacionales',
    name_ar: 'عدد المهاجرين الدوليين',
    unit: 'persons',
    source: 'UN DESA Population Division',
    licence: 'CC BY 3.0 IGO',
  },
  {
    code: codes.IMS_STOCK_ORIGIN,
    name_en: 'Emigrants (migrant stock by origin)',
    name_fr: 'Émigrés (stock de migrants par origine)',
    name_es: 'Emigrantes (población migrante por origen)',
    name_ar: 'المهاجرون إلى الخارج (حسب بلد المنشأ)',
    unit: 'persons',
    source: 'UN DESA Population Division',
    licence: 'CC BY 3.0 IGO',
  },
  {
    code: codes.IMS_STOCK_BILATERAL,
    name_en: 'Migrant stock by origin and destination',
    name_fr: 'Stock de migrants par origine et destination',
    name_es: 'Población migrante por origen y destino',
    name_ar: 'عدد المهاجرين حسب المنشأ والوجهة',
    unit: 'persons',
    shape: 'bilateral',
    source: 'UN DESA Population Division',
    licence: 'CC BY 3.0 IGO',
  },
  {
    code: codes.UNHCR_REFUGEES,
    name_en: 'Refugees',
    name_fr: 'Réfugiés',
    name_es: 'Refugiados',
    name_ar: 'اللاجئون',
    unit: 'persons',
    shape: 'bilateral',
    source: 'UNHCR',
  },
  {
    code: codes.UNHCR_ASYLUM,
    name_en: 'Asylum seekers',
    name_fr: "Demandeurs d'asile",
    name_es: 'Solicitantes de asilo',
    name_ar: 'طالبو اللجوء',
    unit: 'persons',
    shape: 'bilateral',
    source: 'UNHCR',
  },
  {
    code: codes.REMITTANCES_RECEIVED_USD,
    name_en: 'Personal remittances, received (current US$)',
    name_fr: 'Envois de fonds personnels reçus ($ US courants)',
    name_es: 'Remesas personales recibidas (US$ a precios actuales)',
    name_ar: 'التحويلات الشخصية المستلمة (بالدولار الأمريكي الجاري)',
    unit: 'USD',
    source: 'World Bank, World Development Indicators',
  },
  {
    code: codes.REMITTANCES_RECEIVED_GDP,
    name_en: 'Personal remittances, received (% of GDP)',
    name_fr: 'Envois de fonds personnels reçus (% du PIB)',
    name_es: 'Remesas personales recibidas (% del PIB)',
    name_ar: 'التحويلات الشخصية المستلمة (% من الناتج المحلي الإجمالي)',
    unit: 'percent of GDP',
    source: 'World Bank, World Development Indicators',
  },
  {
    code: codes.REMITTANCES_PAID_USD,
    name_en: 'Personal remittances, paid (current US$)',
    name_fr: 'Envois de fonds personnels versés ($ US courants)',
    name_es: 'Remesas personales pagadas (US$ a precios actuales)',
    name_ar: 'التحويلات الشخصية المدفوعة (بالدولار الأمريكي الجاري)',
    unit: 'USD',
    source: 'World Bank, World Development Indicators',
  },
  {
    code: codes.KNOMAD_BILATERAL,
    name_en: 'Bilateral remittance estimate',
    name_fr: 'Estimation des envois de fonds bilatéraux',
    name_es: 'Estimación de remesas bilaterales',
    name_ar: 'تقدير التحويلات الثنائية',
    unit: 'USD million',
    shape: 'bilateral',
    source: 'World Bank / KNOMAD',
  },
  {
    code: codes.COST_INBOUND,
    name_en: 'Average cost of sending USD 200 to the country (%)',
    name_fr: "Coût moyen de l'envoi de 200 USD vers le pays (%)",
    name_es: 'Costo promedio de enviar 200 USD al país (%)',
    name_ar: 'متوسط تكلفة إرسال 200 دولار أمريكي إلى البلد (%)',
    unit: 'percent',
    sdg: '10.c.1',
    source: 'World Bank, Remittance Prices Worldwide',
  },
  {
    code: codes.COST_OUTBOUND,
    name_en: 'Average cost of sending USD 200 from the country (%)',
    name_fr: "Coût moyen de l'envoi de 200 USD depuis le pays (%)",
    name_es: 'Costo promedio de enviar 200 USD desde el país (%)',
    name_ar: 'متوسط تكلفة إرسال 200 دولار أمريكي من البلد (%)',
    unit: 'percent',
    source: 'World Bank, Remittance Prices Worldwide',
  },
  {
    code: codes.RPW_CORRIDOR_COST,
    name_en: 'Cost of sending USD 200 in the corridor (%)',
    name_fr: "Coût de l'envoi de 200 USD dans le corridor (%)",
    name_es: 'Costo de enviar 200 USD en el corredor (%)',
    name_ar: 'تكلفة إرسال 200 دولار أمريكي في الممر (%)',
    unit: 'percent',
    shape: 'bilateral',
    sdg: '10.c.1',
    source: 'World Bank, Remittance Prices Worldwide',
  },
  {
    code: codes.RECRUITMENT_COST,
    name_en: 'Recruitment cost borne by the employee',
    name_fr: 'Coûts de recrutement à la charge du salarié',
    name_es: 'Costo de contratación sufragado por el empleado',
    name_ar: 'تكاليف التوظيف التي يتحملها العامل',
    unit: 'months of earnings',
    sdg: '10.7.1',
    source: 'Country data',
  },
];

/** The standard data set most data tests start from. Returns the ids a test may need. */
export async function loadDataFixtures(db: TestDb) {
  for (const indicator of INDICATORS) await buildIndicator(db, indicator);

  const undesa = await buildDataset(db, {
    code: 'undesa-ims',
    title: 'International Migrant Stock 2020',
    publisher: 'UN DESA Population Division',
    licence: 'CC BY 3.0 IGO',
    url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
  });
  // An older release that is no longer current: its values must never show.
  const undesaOld = await buildRelease(db, undesa.id, {
    label: '2019',
    current: false,
    finishedAt: '2026-01-01T00:00:00.000Z',
  });
  await insertObservations(db, undesaOld.id, [[codes.IMS_STOCK_DESTINATION, 'BGD', '', '2020', 999]]);
  const undesaRelease = await buildRelease(db, undesa.id, { label: '2020' });
  const stock: [string, number[]][] = [
    ['BGD', [987_853, 1_076_000, 1_345_546, 1_422_805, 2_115_408]],
    ['JAM', [21_000, 22_300, 23_200, 23_300, 23_468]],
    ['MDA', [470_000, 420_000, 137_000, 106_000, 104_412]],
    ['TUN', [38_000, 35_000, 45_000, 57_000, 60_140]],
    ['USA', [34_814_053, 39_258_293, 44_183_643, 48_178_877, 50_632_836]],
    ['MEX', [538_051, 712_487, 969_538, 1_192_163, 1_197_624]],
    ['FRA', [6_278_718, 6_737_600, 7_309_914, 7_877_679, 8_524_876]],
    ['AGG:WLD', [173_230_585, 191_446_431, 220_983_187, 247_958_644, 280_598_105]],
  ];
  const years = ['2000', '2005', '2010', '2015', '2020'];
  const stockRows: ObservationTuple[] = [];
  for (const [area, values] of stock) {
    values.forEach((value, i) => {
      stockRows.push([codes.IMS_STOCK_DESTINATION, area, '', years[i]!, value]);
      stockRows.push([codes.IMS_STOCK_DESTINATION, area, '', years[i]!, Math.round(value * 0.48), 'F']);
      stockRows.push([
        codes.IMS_STOCK_DESTINATION,
        area,
        '',
        years[i]!,
        value - Math.round(value * 0.48),
        'M',
      ]);
    });
  }
  const emigrants: [string, number][] = [
    ['BGD', 7_401_570],
    ['JAM', 1_129_410],
    ['MDA', 1_159_445],
    ['TUN', 880_537],
    ['MEX', 11_185_737],
    ['USA', 2_996_820],
    ['FRA', 2_302_181],
  ];
  for (const [area, value] of emigrants) {
    stockRows.push([codes.IMS_STOCK_ORIGIN, area, '', '2015', Math.round(value * 0.9)]);
    stockRows.push([codes.IMS_STOCK_ORIGIN, area, '', '2020', value]);
  }
  const bilateral: [string, string, number][] = [
    ['MEX', 'USA', 10_853_105],
    ['USA', 'MEX', 797_266],
    ['BGD', 'IND', 2_482_172],
    ['BGD', 'SAU', 1_246_052],
    ['BGD', 'ARE', 1_079_013],
    ['BGD', 'GBR', 250_000],
    ['BGD', 'USA', 262_000],
    ['IND', 'BGD', 1_000_000],
    ['MMR', 'BGD', 935_000],
    ['PAK', 'BGD', 21_000],
    ['JAM', 'USA', 782_000],
    ['JAM', 'GBR', 152_000],
    ['JAM', 'CAN', 145_000],
    ['MDA', 'RUS', 320_000],
    ['MDA', 'ITA', 150_000],
    ['TUN', 'FRA', 430_000],
    ['TUN', 'ITA', 200_000],
    ['TUN', 'DEU', 40_000],
    ['FRA', 'TUN', 21_000],
    ['MEX', 'CAN', 90_000],
    ['BGD', 'AGG:WLD', 7_401_570],
  ];
  for (const [origin, destination, value] of bilateral) {
    stockRows.push([codes.IMS_STOCK_BILATERAL, origin, destination, '2015', Math.round(value * 0.9)]);
    stockRows.push([codes.IMS_STOCK_BILATERAL, origin, destination, '2020', value]);
  }
  stockRows.push([codes.IMS_STOCK_BILATERAL, 'MEX', 'USA', '2020', 5_200_000, 'F']);
  stockRows.push([codes.IMS_STOCK_BILATERAL, 'MEX', 'USA', '2020', 5_653_105, 'M']);
  await insertObservations(db, undesaRelease.id, stockRows);

  const wdi = await buildDataset(db, {
    code: 'wdi',
    title: 'World Development Indicators',
    publisher: 'World Bank',
    licence: 'CC BY 4.0',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
  });
  const wdiRelease = await buildRelease(db, wdi.id, { label: '2023-05-10' });
  const wdiRows: ObservationTuple[] = [];
  const received: [string, number[]][] = [
    ['BGD', [13_574_000_000, 13_502_000_000, 15_566_000_000, 18_364_000_000, 21_750_000_000]],
    ['JAM', [2_291_000_000, 2_308_000_000, 2_346_000_000, 2_406_000_000, 2_905_000_000]],
    ['MDA', [1_223_000_000, 1_366_000_000, 1_538_000_000, 1_595_000_000, 1_870_000_000]],
    ['TUN', [1_896_000_000, 1_894_000_000, 1_903_000_000, 1_867_000_000, 2_007_000_000]],
    ['MEX', [28_690_000_000, 32_270_000_000, 35_770_000_000, 38_700_000_000, 42_880_000_000]],
  ];
  const wdiYears = ['2016', '2017', '2018', '2019', '2020'];
  for (const [area, values] of received) {
    values.forEach((v, i) => {
      wdiRows.push([codes.REMITTANCES_RECEIVED_USD, area, '', wdiYears[i]!, v]);
    });
  }
  const gdpShare: [string, number[]][] = [
    ['BGD', [5.1, 4.6, 5.7, 6.1, 6.6]],
    ['JAM', [16.2, 15.8, 15.1, 15.2, 21.1]],
    ['MDA', [12.4, 11.6, 11.1, 10.6, 15.9]],
    ['TUN', [4.4, 4.6, 4.5, 4.8, 4.8]],
    ['MEX', [2.7, 2.8, 2.9, 3.0, 3.9]],
  ];
  for (const [area, values] of gdpShare) {
    values.forEach((v, i) => {
      wdiRows.push([codes.REMITTANCES_RECEIVED_GDP, area, '', wdiYears[i]!, v]);
    });
  }
  const paid: [string, number[]][] = [
    ['USA', [62_000_000_000, 64_200_000_000, 68_000_000_000, 71_600_000_000, 68_000_000_000]],
    ['FRA', [12_400_000_000, 13_000_000_000, 13_500_000_000, 13_700_000_000, 13_800_000_000]],
    ['BGD', [170_000_000, 180_000_000, 190_000_000, 200_000_000, 210_000_000]],
  ];
  for (const [area, values] of paid) {
    values.forEach((v, i) => {
      wdiRows.push([codes.REMITTANCES_PAID_USD, area, '', wdiYears[i]!, v]);
    });
  }
  const costIn: [string, number[]][] = [
    ['BGD', [5.6, 5.3, 5.1, 4.6, 4.3]],
    ['JAM', [8.1, 7.9, 7.8, 7.7, 7.6]],
    ['MDA', [3.7, 3.6, 3.5, 3.4, 3.4]],
    ['TUN', [9.9, 9.6, 9.4, 9.3, 9.2]],
    ['MEX', [5.0, 4.9, 4.8, 4.6, 4.5]],
  ];
  for (const [area, values] of costIn) {
    values.forEach((v, i) => {
      wdiRows.push([codes.COST_INBOUND, area, '', wdiYears[i]!, v]);
    });
  }
  wdiRows.push([codes.COST_OUTBOUND, 'USA', '', '2020', 5.4]);
  wdiRows.push([codes.COST_OUTBOUND, 'FRA', '', '2020', 6.9]);
  await insertObservations(db, wdiRelease.id, wdiRows);

  const knomad = await buildDataset(db, {
    code: 'knomad-bilateral',
    title: 'Bilateral Remittance Estimates 2017',
    publisher: 'World Bank / KNOMAD',
    licence: 'CC BY 4.0',
  });
  const knomadRelease = await buildRelease(db, knomad.id, { label: 'April 2018' });
  await insertObservations(db, knomadRelease.id, [
    [codes.KNOMAD_BILATERAL, 'USA', 'MEX', '2017', 30_015],
    [codes.KNOMAD_BILATERAL, 'MEX', 'USA', '2017', 51],
    [codes.KNOMAD_BILATERAL, 'USA', 'JAM', '2017', 1_503],
    [codes.KNOMAD_BILATERAL, 'FRA', 'TUN', '2017', 779],
    [codes.KNOMAD_BILATERAL, 'SAU', 'BGD', '2017', 3_880],
    [codes.KNOMAD_BILATERAL, 'ARE', 'BGD', '2017', 2_540],
    [codes.KNOMAD_BILATERAL, 'RUS', 'MDA', '2017', 597],
  ]);

  const rpw = await buildDataset(db, {
    code: 'rpw',
    title: 'Remittance Prices Worldwide (Corridors)',
    publisher: 'World Bank',
    licence: 'CC BY 4.0',
    url: 'https://remittanceprices.worldbank.org',
  });
  const rpwRelease = await buildRelease(db, rpw.id, { label: '2020-12-07' });
  const corridors: [string, string, number[]][] = [
    ['USA', 'MEX', [5.3, 5.1, 4.9, 4.5]],
    ['FRA', 'TUN', [10.1, 9.8, 9.5, 9.2]],
    ['USA', 'JAM', [8.0, 7.9, 7.7, 7.6]],
    ['SAU', 'BGD', [3.6, 3.5, 3.3, 3.2]],
    ['ARE', 'BGD', [4.0, 3.8, 3.9, 3.7]],
    ['GBR', 'BGD', [4.9, 4.8, 4.5, 4.3]],
    ['ITA', 'MDA', [6.2, 6.0, 5.8, 5.7]],
    ['RUS', 'MDA', [2.1, 2.0, 1.9, 1.9]],
  ];
  const quarters = ['2019-Q3', '2020-Q1', '2020-Q2', '2020-Q3'];
  const rpwRows: ObservationTuple[] = [];
  for (const [from, to, values] of corridors) {
    values.forEach((v, i) => {
      rpwRows.push([codes.RPW_CORRIDOR_COST, from, to, quarters[i]!, v]);
    });
  }
  await insertObservations(db, rpwRelease.id, rpwRows);

  const unhcr = await buildDataset(db, {
    code: 'unhcr',
    title: 'Refugee Data Finder',
    publisher: 'UNHCR',
    licence: 'CC BY 4.0',
  });
  const unhcrRelease = await buildRelease(db, unhcr.id, { label: '2020' });
  await insertObservations(db, unhcrRelease.id, [
    [codes.UNHCR_REFUGEES, 'MMR', 'BGD', '2018', 906_635],
    [codes.UNHCR_REFUGEES, 'MMR', 'BGD', '2020', 866_457],
    [codes.UNHCR_REFUGEES, 'BGD', 'FRA', '2020', 4_100],
    [codes.UNHCR_REFUGEES, 'BGD', 'GBR', '2020', 3_200],
    [codes.UNHCR_REFUGEES, 'MEX', 'USA', '2020', 18_000],
    [codes.UNHCR_ASYLUM, 'BGD', 'FRA', '2020', 9_000],
    [codes.UNHCR_ASYLUM, 'MMR', 'BGD', '2020', 20],
    [codes.UNHCR_ASYLUM, 'MEX', 'USA', '2020', 120_000],
  ]);

  return {
    datasets: { undesa, wdi, knomad, rpw, unhcr },
    releases: { undesaOld, undesa: undesaRelease, wdi: wdiRelease, knomad: knomadRelease, rpw: rpwRelease },
  };
}
