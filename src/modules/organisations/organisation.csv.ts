import type { Translator } from '../../i18n/translator.ts';
import type { Sheet } from '../../tables/index.ts';
import type { CountryNames } from './organisation.countries.ts';
import type { DirectoryEntry } from './organisation.repository.ts';

const HEADER = ['id', 'name', 'acronym', 'type', 'type_label', 'country', 'country_name', 'website', 'url'];

/** The directory as a table (sent as CSV). */
export function organisationsSheet(
  rows: DirectoryEntry[],
  i18n: Translator,
  names: CountryNames,
  baseUrl: string,
): Sheet {
  return {
    name: 'Organisations',
    header: HEADER,
    rows: rows.map((o) => [
      o.id,
      o.name,
      o.acronym,
      o.type,
      i18n.t(`org.type.${o.type}`),
      o.country_alpha3,
      names.name(o.country_alpha3),
      o.website,
      `${baseUrl}/organisations/${o.id}`,
    ]),
  };
}
