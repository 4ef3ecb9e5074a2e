import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.ts';
import { csvCell, toCsv } from '../../tables/index.ts';
import { organisationsSheet } from './organisation.csv.ts';
import { isHttpUrl, organisationInput, organisationPatch } from './organisation.schema.ts';

describe('organisation input', () => {
  it('accepts only absolute http(s) addresses as websites', () => {
    expect(isHttpUrl('https://www.undp.org')).toBe(true);
    expect(isHttpUrl('http://www.iom.int/path?q=1')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'ftp://example.org',
      '//example.org',
      'www.example.org',
      'https://localhost',
      'https://exa mple.org',
      'https://',
    ])
      expect(isHttpUrl(bad), bad).toBe(false);
  });

  it('reads an HTML form: empty optional fields become null, the country code upper case', () => {
    const parsed = organisationInput.parse({
      name: '  Government of Jamaica ',
      acronym: '',
      type: 'national-government',
      country: 'jam',
      website: '',
      description: '',
    });
    expect(parsed).toEqual({
      name: 'Government of Jamaica',
      acronym: null,
      type: 'national-government',
      country: 'JAM',
      website: null,
      description: null,
    });
  });

  it('keeps absent fields absent in a PATCH, so they stay unchanged', () => {
    expect(organisationPatch.parse({ version: 2, acronym: null })).toEqual({ version: 2, acronym: null });
  });

  it('refuses a javascript: website, a wrong type and text over the limits, naming a catalogue key', () => {
    const result = organisationInput.safeParse({
      name: 'x'.repeat(201),
      acronym: 'A'.repeat(21),
      type: 'club',
      country: 'Jamaica',
      website: 'javascript:alert(1)',
      description: 'd'.repeat(5001),
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField.type).toBe('org.error.type');
    expect(byField.country).toBe('org.error.country');
    expect(byField.website).toBe('org.error.website');
    expect(Object.keys(byField).sort()).toEqual([
      'acronym',
      'country',
      'description',
      'name',
      'type',
      'website',
    ]);
  });
});

describe('organisations CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(null)).toBe('');
  });

  it('starts with a byte-order mark and a header row', () => {
    const sheet = organisationsSheet(
      [],
      translator('en'),
      { name: () => null, options: [] },
      'http://localhost:3000',
    );
    const csv = toCsv(sheet.header, sheet.rows);
    expect(csv).toBe('\uFEFFid,name,acronym,type,type_label,country,country_name,website,url\r\n');
  });
});
