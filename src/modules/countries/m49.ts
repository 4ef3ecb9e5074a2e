/**
 * UN M49 regions and sub-regions. `world-countries` follows the UN geoscheme but names a few
 * European groupings differently and puts Mexico in North America, so those are mapped here.
 */
export interface M49Area {
  code: string;
  name: string;
}

export const M49_REGIONS: Record<string, M49Area> = {
  Africa: { code: '002', name: 'Africa' },
  Americas: { code: '019', name: 'Americas' },
  Asia: { code: '142', name: 'Asia' },
  Europe: { code: '150', name: 'Europe' },
  Oceania: { code: '009', name: 'Oceania' },
};

export const M49_SUBREGIONS: Record<string, M49Area> = {
  'Eastern Africa': { code: '014', name: 'Eastern Africa' },
  'Middle Africa': { code: '017', name: 'Middle Africa' },
  'Northern Africa': { code: '015', name: 'Northern Africa' },
  'Southern Africa': { code: '018', name: 'Southern Africa' },
  'Western Africa': { code: '011', name: 'Western Africa' },
  Caribbean: { code: '029', name: 'Caribbean' },
  'Central America': { code: '013', name: 'Central America' },
  'South America': { code: '005', name: 'South America' },
  'Northern America': { code: '021', name: 'Northern America' },
  'Central Asia': { code: '143', name: 'Central Asia' },
  'Eastern Asia': { code: '030', name: 'Eastern Asia' },
  'South-Eastern Asia': { code: '035', name: 'South-eastern Asia' },
  'Southern Asia': { code: '034', name: 'Southern Asia' },
  'Western Asia': { code: '145', name: 'Western Asia' },
  'Eastern Europe': { code: '151', name: 'Eastern Europe' },
  'Northern Europe': { code: '154', name: 'Northern Europe' },
  'Southern Europe': { code: '039', name: 'Southern Europe' },
  'Western Europe': { code: '155', name: 'Western Europe' },
  'Australia and New Zealand': { code: '053', name: 'Australia and New Zealand' },
  Melanesia: { code: '054', name: 'Melanesia' },
  Micronesia: { code: '057', name: 'Micronesia' },
  Polynesia: { code: '061', name: 'Polynesia' },
};

/** Countries whose M49 sub-region differs from the name `world-countries` gives. */
const SUBREGION_BY_COUNTRY: Record<string, string> = {
  AUT: 'Western Europe',
  CZE: 'Eastern Europe',
  HUN: 'Eastern Europe',
  POL: 'Eastern Europe',
  SVK: 'Eastern Europe',
  SVN: 'Southern Europe',
  ALB: 'Southern Europe',
  BGR: 'Eastern Europe',
  BIH: 'Southern Europe',
  HRV: 'Southern Europe',
  MKD: 'Southern Europe',
  MNE: 'Southern Europe',
  ROU: 'Eastern Europe',
  SRB: 'Southern Europe',
  MEX: 'Central America',
  BMU: 'Northern America',
  CAN: 'Northern America',
  GRL: 'Northern America',
  SPM: 'Northern America',
  USA: 'Northern America',
  UMI: 'Micronesia',
};

/** The M49 region and sub-region of a country, or nulls (Antarctica and the like). */
export function m49Of(
  alpha3: string,
  region: string,
  subregion: string,
): { region: M49Area | null; subregion: M49Area | null } {
  const sub = M49_SUBREGIONS[SUBREGION_BY_COUNTRY[alpha3] ?? subregion] ?? null;
  return { region: M49_REGIONS[region] ?? null, subregion: sub };
}
