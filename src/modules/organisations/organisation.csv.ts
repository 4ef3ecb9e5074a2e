import type { Organisation } from './organisation.presenter.ts';

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
export function organisationsCsv(organisations: Organisation[], baseUrl: string): string {
  const lines = [HEADER.join(',')];
  for (const o of organisations) {
    lines.push(
      [
        o.id,
        o.name,
        o.acronym,
        o.type,
        o.typeLabel,
        o.country,
        o.countryName,
        o.website,
        `${baseUrl}/organisations/${o.id}`,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
