import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { CountriesTable } from './country.table.ts';
import { m49Of } from './m49.ts';

/**
 * The ISO 3166-1 list from the `world-countries` package, with UN M49 areas. Kosovo has no ISO
 * numeric code and is left out, as in UN M49.
 */
// The package ships CommonJS with an ESM-style typing; require() reads it as published.
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

export function referenceCountries(): CountriesTable[] {
  return worldCountries
    .filter((c) => c.ccn3 !== '')
    .map((c) => {
      const { region, subregion } = m49Of(c.cca3, c.region, c.subregion);
      return {
        alpha3: c.cca3,
        alpha2: c.cca2,
        m49: c.ccn3,
        name_en: c.name.common,
        region_code: region?.code ?? null,
        region_name: region?.name ?? null,
        subregion_code: subregion?.code ?? null,
        subregion_name: subregion?.name ?? null,
        un_member: c.unMember ? 1 : 0,
      };
    })
    .sort((a, b) => a.alpha3.localeCompare(b.alpha3));
}
