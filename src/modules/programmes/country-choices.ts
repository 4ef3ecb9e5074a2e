import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { listCountries, presentCountry, sortByName } from '../countries/index.ts';

/** A country a form offers, named in the reader's language, with its UN M49 region. */
export interface CountryChoice {
  alpha3: string;
  name: string;
  regionCode: string | null;
}

/** Every country, sorted by its name in the reader's language (programme and event forms). */
export async function countryChoices(db: Db, i18n: Translator): Promise<CountryChoice[]> {
  const rows = await listCountries(db.kysely);
  const named = sortByName(
    rows.map((r) => presentCountry(r, i18n)),
    i18n.locale,
  );
  return named.map((c) => ({ alpha3: c.alpha3, name: c.name, regionCode: c.region?.code ?? null }));
}
