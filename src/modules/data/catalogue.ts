import type { Db } from '../../db/connection.ts';
import { now } from '../../db/ids.ts';
import type { AggregatesTable, IndicatorsTable } from './data.table.ts';

/**
 * The indicator catalogue and the aggregate areas (issue 4). Loaded by the data module's
 * `reference` hook on every start: an idempotent upsert, so editing a name here and restarting
 * is enough. Indicators a country defines itself are not here (they carry `owner_country`).
 *
 * Bilateral indicators store the origin in `observations.area` and the destination in
 * `observations.counterpart`; each definition says what origin means for that series.
 */
export type CatalogueIndicator = Omit<IndicatorsTable, 'created_at' | 'owner_country'>;

const UNDESA = 'UN DESA Population Division, International Migrant Stock';
const CC_BY_IGO = 'CC BY 3.0 IGO';
const WDI = 'World Bank, World Development Indicators';
const KNOMAD = 'World Bank–KNOMAD, Migration and Remittances Data';
const RPW = 'World Bank, Remittance Prices Worldwide';
const UNHCR = 'UNHCR, Refugee Data Finder';
const CC_BY = 'CC BY 4.0';

export const INDICATORS: CatalogueIndicator[] = [
  {
    code: 'ims.stock.destination',
    name_en: 'International migrant stock (by country of destination)',
    name_fr: 'Stock de migrants internationaux (par pays de destination)',
    name_es: 'Stock de migrantes internacionales (por país de destino)',
    name_ar: 'عدد المهاجرين الدوليين (حسب بلد المقصد)',
    unit: 'persons',
    shape: 'country',
    source: UNDESA,
    licence: CC_BY_IGO,
    definition:
      'People living at mid-year in a country other than their country of birth (or of citizenship where place of birth is not recorded), counted in the country where they live; by sex.',
    sdg: null,
  },
  {
    code: 'ims.stock.origin',
    name_en: 'International migrant stock by country of origin (emigrants)',
    name_fr: "Stock de migrants internationaux par pays d'origine (émigrés)",
    name_es: 'Stock de migrantes internacionales por país de origen (emigrantes)',
    name_ar: 'عدد المهاجرين الدوليين حسب بلد المنشأ (المهاجرون إلى الخارج)',
    unit: 'persons',
    shape: 'country',
    source: UNDESA,
    licence: CC_BY_IGO,
    definition:
      'International migrants born in (or citizens of) the country and living abroad at mid-year, summed over all destinations; by sex.',
    sdg: null,
  },
  {
    code: 'ims.stock.bilateral',
    name_en: 'International migrant stock by origin and destination',
    name_fr: 'Stock de migrants internationaux par origine et destination',
    name_es: 'Stock de migrantes internacionales por origen y destino',
    name_ar: 'عدد المهاجرين الدوليين حسب المنشأ والمقصد',
    unit: 'persons',
    shape: 'bilateral',
    source: UNDESA,
    licence: CC_BY_IGO,
    definition:
      'International migrants at mid-year by country of origin (birth or citizenship: the area) and country of destination (where they live: the counterpart); by sex.',
    sdg: null,
  },
  {
    code: 'ims.stock.share',
    name_en: 'International migrant stock as a percentage of the total population',
    name_fr: 'Stock de migrants internationaux en pourcentage de la population totale',
    name_es: 'Stock de migrantes internacionales como porcentaje de la población total',
    name_ar: 'عدد المهاجرين الدوليين كنسبة مئوية من مجموع السكان',
    unit: 'percent',
    shape: 'country',
    source: UNDESA,
    licence: CC_BY_IGO,
    definition:
      'International migrants living in the country at mid-year as a percentage of its total population; by sex.',
    sdg: null,
  },
  {
    code: 'ims.refugees',
    name_en: 'Refugees and asylum seekers (estimate, by country of destination)',
    name_fr: "Réfugiés et demandeurs d'asile (estimation, par pays de destination)",
    name_es: 'Refugiados y solicitantes de asilo (estimación, por país de destino)',
    name_ar: 'اللاجئون وطالبو اللجوء (تقديرات، حسب بلد المقصد)',
    unit: 'persons',
    shape: 'country',
    source: UNDESA,
    licence: CC_BY_IGO,
    definition:
      'Estimated refugee stock, including asylum seekers, at mid-year in the country where they live (UN DESA, from UNHCR and UNRWA figures).',
    sdg: null,
  },
  {
    code: 'unhcr.refugees',
    name_en: 'Refugees by country of origin and country of asylum',
    name_fr: "Réfugiés par pays d'origine et pays d'asile",
    name_es: 'Refugiados por país de origen y país de asilo',
    name_ar: 'اللاجئون حسب بلد المنشأ وبلد اللجوء',
    unit: 'persons',
    shape: 'bilateral',
    source: UNHCR,
    licence: CC_BY,
    definition:
      'Refugees under UNHCR’s mandate at the end of the year, by country of origin (the area) and country of asylum (the counterpart).',
    sdg: '10.7.4',
  },
  {
    code: 'unhcr.asylum',
    name_en: 'Asylum seekers by country of origin and country of asylum',
    name_fr: "Demandeurs d'asile par pays d'origine et pays d'asile",
    name_es: 'Solicitantes de asilo por país de origen y país de asilo',
    name_ar: 'طالبو اللجوء حسب بلد المنشأ وبلد اللجوء',
    unit: 'persons',
    shape: 'bilateral',
    source: UNHCR,
    licence: CC_BY,
    definition:
      'People whose application for international protection had not been decided at the end of the year, by country of origin (the area) and country of asylum (the counterpart).',
    sdg: null,
  },
  {
    code: 'BX.TRF.PWKR.CD.DT',
    name_en: 'Personal remittances, received (current US$)',
    name_fr: 'Envois de fonds personnels, reçus ($ US courants)',
    name_es: 'Remesas personales, recibidas (US$ a precios actuales)',
    name_ar: 'التحويلات الشخصية، المتلقاة (بالدولار الأمريكي بالأسعار الجارية)',
    unit: 'USD',
    shape: 'country',
    source: WDI,
    licence: CC_BY,
    definition:
      'Personal transfers and compensation of employees received by resident households from non-resident households and employers, in current US dollars (balance of payments).',
    sdg: null,
  },
  {
    code: 'BX.TRF.PWKR.DT.GD.ZS',
    name_en: 'Personal remittances, received (% of GDP)',
    name_fr: 'Envois de fonds personnels, reçus (% du PIB)',
    name_es: 'Remesas personales, recibidas (% del PIB)',
    name_ar: 'التحويلات الشخصية، المتلقاة (% من الناتج المحلي الإجمالي)',
    unit: 'percent of GDP',
    shape: 'country',
    source: WDI,
    licence: CC_BY,
    definition: 'Personal remittances received as a percentage of gross domestic product.',
    sdg: null,
  },
  {
    code: 'BM.TRF.PWKR.CD.DT',
    name_en: 'Personal remittances, paid (current US$)',
    name_fr: 'Envois de fonds personnels, versés ($ US courants)',
    name_es: 'Remesas personales, pagadas (US$ a precios actuales)',
    name_ar: 'التحويلات الشخصية، المدفوعة (بالدولار الأمريكي بالأسعار الجارية)',
    unit: 'USD',
    shape: 'country',
    source: WDI,
    licence: CC_BY,
    definition:
      'Personal transfers and compensation of employees paid by resident households and employers to non-resident households, in current US dollars (balance of payments).',
    sdg: null,
  },
  {
    code: 'knomad.inflows',
    name_en: 'Remittance inflows (US$ million)',
    name_fr: 'Envois de fonds reçus (millions de $ US)',
    name_es: 'Entradas de remesas (millones de US$)',
    name_ar: 'تدفقات التحويلات الواردة (بملايين الدولارات الأمريكية)',
    unit: 'USD million',
    shape: 'country',
    source: KNOMAD,
    licence: CC_BY,
    definition:
      'Annual remittance inflows to the country in millions of current US dollars, as compiled by the World Bank and KNOMAD from balance-of-payments data.',
    sdg: null,
  },
  {
    code: 'knomad.outflows',
    name_en: 'Remittance outflows (US$ million)',
    name_fr: 'Envois de fonds versés (millions de $ US)',
    name_es: 'Salidas de remesas (millones de US$)',
    name_ar: 'تدفقات التحويلات الصادرة (بملايين الدولارات الأمريكية)',
    unit: 'USD million',
    shape: 'country',
    source: KNOMAD,
    licence: CC_BY,
    definition:
      'Annual remittance outflows from the country in millions of current US dollars, as compiled by the World Bank and KNOMAD from balance-of-payments data.',
    sdg: null,
  },
  {
    code: 'knomad.bilateral',
    name_en: 'Bilateral remittance estimates (US$ million)',
    name_fr: 'Estimations des envois de fonds bilatéraux (millions de $ US)',
    name_es: 'Estimaciones de remesas bilaterales (millones de US$)',
    name_ar: 'تقديرات التحويلات الثنائية (بملايين الدولارات الأمريكية)',
    unit: 'USD million',
    shape: 'bilateral',
    source: KNOMAD,
    licence: CC_BY,
    definition:
      'Estimated remittances sent from the country where migrants live (the area: the sending country) to their country of origin (the counterpart: the receiving country), from migrant stocks and incomes in both countries. Analytical estimates, not reported data.',
    sdg: null,
  },
  {
    code: 'SI.RMT.COST.IB.ZS',
    name_en: 'Average cost of sending USD 200 to the country (%)',
    name_fr: "Coût moyen de l'envoi de 200 USD vers le pays (%)",
    name_es: 'Costo promedio de enviar 200 USD al país (%)',
    name_ar: 'متوسط تكلفة إرسال 200 دولار أمريكي إلى البلد (%)',
    unit: 'percent',
    shape: 'country',
    source: WDI,
    licence: CC_BY,
    definition:
      'Average total cost, as a percentage of the amount sent, of sending USD 200 to the country, over every remittance service provider and corridor surveyed. SDG target 10.c: below 3%.',
    sdg: '10.c.1',
  },
  {
    code: 'SI.RMT.COST.OB.ZS',
    name_en: 'Average cost of sending USD 200 from the country (%)',
    name_fr: "Coût moyen de l'envoi de 200 USD depuis le pays (%)",
    name_es: 'Costo promedio de enviar 200 USD desde el país (%)',
    name_ar: 'متوسط تكلفة إرسال 200 دولار أمريكي من البلد (%)',
    unit: 'percent',
    shape: 'country',
    source: WDI,
    licence: CC_BY,
    definition:
      'Average total cost, as a percentage of the amount sent, of sending USD 200 from the country, over every remittance service provider and corridor surveyed. SDG target 10.c: below 3%.',
    sdg: '10.c.1',
  },
  {
    code: 'rpw.corridor.cost',
    name_en: 'Average total cost of sending USD 200 in a corridor (%)',
    name_fr: "Coût total moyen de l'envoi de 200 USD dans un corridor (%)",
    name_es: 'Costo total promedio de enviar 200 USD en un corredor (%)',
    name_ar: 'متوسط التكلفة الإجمالية لإرسال 200 دولار أمريكي في ممر (%)',
    unit: 'percent',
    shape: 'bilateral',
    source: RPW,
    licence: CC_BY,
    definition:
      'Average total cost (fee and exchange-rate margin) of sending USD 200 from the sending country (the area) to the receiving country (the counterpart), by quarter. SDG target 10.c: no corridor above 5%.',
    sdg: '10.c.1',
  },
  {
    code: 'recruitment.cost',
    name_en: 'Recruitment cost borne by the worker (% of monthly income in the country of destination)',
    name_fr:
      'Coût du recrutement à la charge du travailleur (% du revenu mensuel dans le pays de destination)',
    name_es:
      'Costo de contratación sufragado por el trabajador (% del ingreso mensual en el país de destino)',
    name_ar: 'تكاليف التوظيف التي يتحملها العامل (% من الدخل الشهري في بلد المقصد)',
    unit: 'percent',
    shape: 'country',
    source: 'Entered by the country team (labour migration survey)',
    licence: 'As published by the reporting government',
    definition:
      'Recruitment cost paid by a worker as a proportion of the monthly income earned in the country of destination, for the country of origin of the workers. Entered by the country, not imported from an international source.',
    sdg: '10.7.1',
  },
];

/**
 * Where an aggregate comes from in the sources: its World Bank or UNHCR code, its UN DESA
 * location code(s) (International Migrant Stock tables), and names used in files without codes.
 */
export interface CatalogueAggregate extends AggregatesTable {
  kind: 'world' | 'region' | 'income' | 'other' | 'area';
  /** Three-letter codes the sources use for it (World Bank economy codes, UNHCR codes). */
  codes?: string[];
  desa?: number[];
  /** Extra names (beyond `name_en`) that identify this aggregate without ambiguity. */
  names?: string[];
}

const region = (code: string, name: string, extra: Partial<CatalogueAggregate> = {}): CatalogueAggregate => ({
  code,
  name_en: name,
  kind: 'region',
  ...extra,
});

/**
 * The aggregate areas. Codes: `AGG:WLD`; UN M49 regions and sub-regions `AGG:M49-<code>`;
 * SDG regions `AGG:SDG-<UN DESA code>`; UN development groups `AGG:UN-…`; World Bank regions,
 * income and lending groups `AGG:WB-<code>`. `area` is a territory a source reports as its own
 * economy but that has no ISO 3166-1 entry (Kosovo, the Channel Islands, the former Netherlands
 * Antilles) or a group of people with no country (stateless persons): see docs/decisions.md.
 */
export const AGGREGATES: CatalogueAggregate[] = [
  { code: 'AGG:WLD', name_en: 'World', kind: 'world', codes: ['WLD'], desa: [900] },
  // UN M49 geographic regions (UN DESA uses its own location codes for them).
  region('AGG:M49-002', 'Africa', { desa: [903] }),
  region('AGG:M49-019', 'Americas'),
  region('AGG:M49-142', 'Asia', { desa: [935] }),
  region('AGG:M49-150', 'Europe', { desa: [908] }),
  region('AGG:M49-009', 'Oceania', { desa: [909] }),
  region('AGG:M49-419', 'Latin America and the Caribbean', { desa: [904] }),
  region('AGG:M49-202', 'Sub-Saharan Africa (M49)'),
  region('AGG:M49-014', 'Eastern Africa', { desa: [910] }),
  region('AGG:M49-017', 'Middle Africa', { desa: [911] }),
  region('AGG:M49-015', 'Northern Africa', { desa: [912] }),
  region('AGG:M49-018', 'Southern Africa', { desa: [913] }),
  region('AGG:M49-011', 'Western Africa', { desa: [914] }),
  region('AGG:M49-029', 'Caribbean', { desa: [915] }),
  region('AGG:M49-013', 'Central America', { desa: [916] }),
  region('AGG:M49-005', 'South America', { desa: [931] }),
  region('AGG:M49-021', 'Northern America', { desa: [905] }),
  region('AGG:M49-143', 'Central Asia', { desa: [5500] }),
  region('AGG:M49-030', 'Eastern Asia', { desa: [906] }),
  region('AGG:M49-035', 'South-eastern Asia', { desa: [920] }),
  region('AGG:M49-034', 'Southern Asia', { desa: [5501] }),
  region('AGG:M49-145', 'Western Asia', { desa: [922] }),
  region('AGG:M49-151', 'Eastern Europe', { desa: [923] }),
  region('AGG:M49-154', 'Northern Europe', { desa: [924] }),
  region('AGG:M49-039', 'Southern Europe', { desa: [925] }),
  region('AGG:M49-155', 'Western Europe', { desa: [926] }),
  // Australia and New Zealand is both an M49 sub-region and an SDG region (UN DESA code 927).
  region('AGG:M49-053', 'Australia and New Zealand', { desa: [927] }),
  region('AGG:M49-054', 'Melanesia', { desa: [928] }),
  region('AGG:M49-057', 'Micronesia (region)', { desa: [954] }),
  region('AGG:M49-061', 'Polynesia', { desa: [957] }),
  // SDG regional groups (UN DESA location codes).
  region('AGG:SDG-947', 'Sub-Saharan Africa (SDG region)', { desa: [947] }),
  region('AGG:SDG-1833', 'Northern Africa and Western Asia', { desa: [1833] }),
  region('AGG:SDG-921', 'Central and Southern Asia', { desa: [921] }),
  region('AGG:SDG-1832', 'Eastern and South-Eastern Asia', { desa: [1832] }),
  region('AGG:SDG-1830', 'Latin America and the Caribbean (SDG region)', { desa: [1830] }),
  region('AGG:SDG-1835', 'Oceania (excluding Australia and New Zealand)', { desa: [1835] }),
  region('AGG:SDG-1829', 'Europe and Northern America', { desa: [1829] }),
  // UN development groups.
  { code: 'AGG:UN-DEVELOPED', name_en: 'Developed regions', kind: 'other', desa: [901] },
  { code: 'AGG:UN-LESS-DEVELOPED', name_en: 'Less developed regions', kind: 'other', desa: [902] },
  {
    code: 'AGG:UN-LDR-EXCL-LDC',
    name_en: 'Less developed regions, excluding least developed countries',
    kind: 'other',
    desa: [934],
  },
  {
    code: 'AGG:UN-LDR-EXCL-CHN',
    name_en: 'Less developed regions, excluding China',
    kind: 'other',
    desa: [948],
  },
  {
    code: 'AGG:UN-LDC',
    name_en: 'Least developed countries',
    kind: 'other',
    desa: [941],
    codes: ['LDC'],
    names: ['Least developed countries: UN classification'],
  },
  {
    code: 'AGG:UN-LLDC',
    name_en: 'Land-locked developing countries (LLDC)',
    kind: 'other',
    desa: [1636],
  },
  { code: 'AGG:UN-SIDS', name_en: 'Small island developing States (SIDS)', kind: 'other', desa: [1637] },
  // World Bank income groups (UN DESA groups countries by the same classification).
  { code: 'AGG:WB-HIC', name_en: 'High income', kind: 'income', codes: ['HIC'], desa: [1503] },
  { code: 'AGG:WB-MIC', name_en: 'Middle income', kind: 'income', codes: ['MIC'], desa: [1517] },
  { code: 'AGG:WB-UMC', name_en: 'Upper middle income', kind: 'income', codes: ['UMC'], desa: [1502] },
  { code: 'AGG:WB-LMC', name_en: 'Lower middle income', kind: 'income', codes: ['LMC'], desa: [1501] },
  { code: 'AGG:WB-LIC', name_en: 'Low income', kind: 'income', codes: ['LIC'], desa: [1500] },
  {
    code: 'AGG:WB-LMY',
    name_en: 'Low & middle income',
    kind: 'income',
    codes: ['LMY'],
    names: ['Low- and middle-income countries', 'Low-and Middle-Income Countries', 'Low and middle income'],
  },
  { code: 'AGG:WB-INX', name_en: 'Not classified', kind: 'income', codes: ['INX'] },
  // World Bank regions.
  region('AGG:WB-EAS', 'East Asia & Pacific', { codes: ['EAS'] }),
  region('AGG:WB-ECS', 'Europe & Central Asia', { codes: ['ECS'] }),
  region('AGG:WB-LCN', 'Latin America & Caribbean', { codes: ['LCN'] }),
  region('AGG:WB-MEA', 'Middle East & North Africa', { codes: ['MEA'] }),
  region('AGG:WB-NAC', 'North America', { codes: ['NAC'] }),
  region('AGG:WB-SAS', 'South Asia', { codes: ['SAS'] }),
  region('AGG:WB-SSF', 'Sub-Saharan Africa (World Bank)', { codes: ['SSF'] }),
  region('AGG:WB-AFE', 'Africa Eastern and Southern', { codes: ['AFE'] }),
  region('AGG:WB-AFW', 'Africa Western and Central', { codes: ['AFW'] }),
  region('AGG:WB-EAP', 'East Asia & Pacific (excluding high income)', { codes: ['EAP'] }),
  region('AGG:WB-ECA', 'Europe & Central Asia (excluding high income)', { codes: ['ECA'] }),
  region('AGG:WB-LAC', 'Latin America & Caribbean (excluding high income)', { codes: ['LAC'] }),
  region('AGG:WB-MNA', 'Middle East & North Africa (excluding high income)', { codes: ['MNA'] }),
  region('AGG:WB-SSA', 'Sub-Saharan Africa (excluding high income)', { codes: ['SSA'] }),
  // Other World Bank groups.
  ...(
    [
      ['ARB', 'Arab World'],
      ['CEB', 'Central Europe and the Baltics'],
      ['CSS', 'Caribbean small states'],
      ['EAR', 'Early-demographic dividend'],
      ['EMU', 'Euro area'],
      ['EUU', 'European Union'],
      ['FCS', 'Fragile and conflict affected situations'],
      ['HPC', 'Heavily indebted poor countries (HIPC)'],
      ['IBD', 'IBRD only'],
      ['IBT', 'IDA & IBRD total'],
      ['IDA', 'IDA total'],
      ['IDB', 'IDA blend'],
      ['IDX', 'IDA only'],
      ['LTE', 'Late-demographic dividend'],
      ['OED', 'OECD members'],
      ['OSS', 'Other small states'],
      ['PRE', 'Pre-demographic dividend'],
      ['PSS', 'Pacific island small states'],
      ['PST', 'Post-demographic dividend'],
      ['SST', 'Small states'],
      ['TEA', 'East Asia & Pacific (IDA & IBRD countries)'],
      ['TEC', 'Europe & Central Asia (IDA & IBRD countries)'],
      ['TLA', 'Latin America & the Caribbean (IDA & IBRD countries)'],
      ['TMN', 'Middle East & North Africa (IDA & IBRD countries)'],
      ['TSA', 'South Asia (IDA & IBRD)'],
      ['TSS', 'Sub-Saharan Africa (IDA & IBRD countries)'],
    ] as const
  ).map(
    ([wb, name]): CatalogueAggregate => ({
      code: `AGG:WB-${wb}`,
      name_en: name,
      kind: 'other',
      codes: [wb],
    }),
  ),
  // Areas with data of their own but no ISO 3166-1 entry (docs/decisions.md).
  { code: 'AGG:XKX', name_en: 'Kosovo', kind: 'area', codes: ['XKX', 'KSV'] },
  {
    code: 'AGG:CHI',
    name_en: 'Channel Islands',
    kind: 'area',
    codes: ['CHI'],
    desa: [830],
  },
  {
    code: 'AGG:ANT',
    name_en: 'Netherlands Antilles (former)',
    kind: 'area',
    codes: ['ANT'],
    names: ['Netherlands-Antilles'],
  },
  {
    code: 'AGG:UNK',
    name_en: 'Various or unknown (UNHCR)',
    kind: 'area',
    codes: ['UNK'],
  },
  {
    code: 'AGG:XXA',
    name_en: 'Stateless persons',
    kind: 'area',
    codes: ['XXA'],
    names: ['Stateless'],
  },
  {
    code: 'AGG:TIB',
    name_en: 'Tibetans (UNHCR origin group)',
    kind: 'area',
    codes: ['TIB'],
    names: ['Tibetan'],
  },
];

/** Upserts the catalogue's indicators and aggregates. Safe to run on every start. */
export async function loadCatalogue(db: Db): Promise<void> {
  const at = now();
  await db.kysely.transaction().execute(async (trx) => {
    for (const indicator of INDICATORS) {
      const { code, ...rest } = indicator;
      await trx
        .insertInto('indicators')
        .values({ ...indicator, owner_country: null, created_at: at })
        .onConflict((oc) => oc.column('code').doUpdateSet(rest))
        .execute();
    }
    for (const aggregate of AGGREGATES) {
      await trx
        .insertInto('aggregates')
        .values({ code: aggregate.code, name_en: aggregate.name_en, kind: aggregate.kind })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ name_en: aggregate.name_en, kind: aggregate.kind }),
        )
        .execute();
    }
  });
}
