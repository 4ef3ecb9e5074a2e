import type { Translator } from '../../i18n/translator.ts';
import type { CountryNames } from './organisation.countries.ts';
import type { DirectoryEntry } from './organisation.repository.ts';

const HEADER = ['id', 'name', 'acronym', 'type', 'type_label', 'country', 'country_name', 'website', 'url'];

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * the start) is prefixed with an apostrophe, so a downloaded list cannot carry a formula.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The directory as CSV, with a byte-order mark so spreadsheet programs read UTF-8 (Arabic) right. */
export function organisationsCsv(
  rows: DirectoryEntry[],
  i18n: Translator,
  names: CountryNames,
  baseUrl: string,
): string {
  const lines = [HEADER.join(',')];
  for (const o of rows) {
    lines.push(
      [
        o.id,
        o.name,
        o.acronym,
        o.type,
        i18n.t(`org.type.${o.type}`),
        o.country_alpha3,
        names.name(o.country_alpha3),
        o.website,
        `${baseUrl}/organisations/${o.id}`,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
