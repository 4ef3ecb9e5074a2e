/**
 * The indicator codes the views, charts and open data read. The importers' catalogue
 * (`catalogue.ts`) creates indicators with exactly these codes; `SERIES_CODES` lets a test check
 * the two lists agree.
 */

/** International migrant stock living in a country (area = the country), persons, by sex. */
export const IMS_STOCK_DESTINATION = 'ims.stock.destination';
/** Emigrants: persons born in a country living abroad (area = the origin), by sex. */
export const IMS_STOCK_ORIGIN = 'ims.stock.origin';
/** Bilateral migrant stock, area = origin, counterpart = destination, persons, by sex. */
export const IMS_STOCK_BILATERAL = 'ims.stock.bilateral';
/** Refugees, area = origin, counterpart = country of asylum, persons. */
export const UNHCR_REFUGEES = 'unhcr.refugees';
/** Asylum seekers, area = origin, counterpart = country of asylum, persons. */
export const UNHCR_ASYLUM = 'unhcr.asylum';
/** Personal remittances received, current US$ (WDI). */
export const REMITTANCES_RECEIVED_USD = 'BX.TRF.PWKR.CD.DT';
/** Personal remittances received, % of GDP (WDI). */
export const REMITTANCES_RECEIVED_GDP = 'BX.TRF.PWKR.DT.GD.ZS';
/** Personal remittances paid, current US$ (WDI). */
export const REMITTANCES_PAID_USD = 'BM.TRF.PWKR.CD.DT';
/** Remittance inflows, US$ million (KNOMAD). */
export const KNOMAD_INFLOWS = 'knomad.inflows';
/** Remittance outflows, US$ million (KNOMAD). */
export const KNOMAD_OUTFLOWS = 'knomad.outflows';
/** Bilateral remittance estimate, area = sending country, counterpart = receiving, US$ million. */
export const KNOMAD_BILATERAL = 'knomad.bilateral';
/** Average cost of sending USD 200 TO the country, % (SDG 10.c.1). */
export const COST_INBOUND = 'SI.RMT.COST.IB.ZS';
/** Average cost of sending USD 200 FROM the country, %. */
export const COST_OUTBOUND = 'SI.RMT.COST.OB.ZS';
/** Cost of sending USD 200 per corridor, area = sending, counterpart = receiving, quarterly, %. */
export const RPW_CORRIDOR_COST = 'rpw.corridor.cost';
/** Recruitment cost borne by the employee (SDG 10.7.1), entered by a country. */
export const RECRUITMENT_COST = 'recruitment.cost';

/** Every code above, for checking the importers' catalogue against the views. */
export const SERIES_CODES = [
  IMS_STOCK_DESTINATION,
  IMS_STOCK_ORIGIN,
  IMS_STOCK_BILATERAL,
  UNHCR_REFUGEES,
  UNHCR_ASYLUM,
  REMITTANCES_RECEIVED_USD,
  REMITTANCES_RECEIVED_GDP,
  REMITTANCES_PAID_USD,
  KNOMAD_INFLOWS,
  KNOMAD_OUTFLOWS,
  KNOMAD_BILATERAL,
  COST_INBOUND,
  COST_OUTBOUND,
  RPW_CORRIDOR_COST,
  RECRUITMENT_COST,
] as const;

export type SeriesCode = (typeof SERIES_CODES)[number];

/** The codes whose observations are bilateral (area = origin, counterpart = destination). */
export const BILATERAL_CODES: readonly string[] = [
  IMS_STOCK_BILATERAL,
  UNHCR_REFUGEES,
  UNHCR_ASYLUM,
  KNOMAD_BILATERAL,
  RPW_CORRIDOR_COST,
];

/** SDG 10.c: the average cost of sending remittances should fall under 3%… */
export const SDG_COST_TARGET = 3;
/** …and no corridor should cost more than 5%. */
export const CORRIDOR_COST_CEILING = 5;
