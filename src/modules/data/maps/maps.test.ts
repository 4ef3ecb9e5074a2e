import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NO_DATA_FILL } from '../../../charts/index.ts';
import { baseMap } from './base-map.ts';
import { choropleth, quantileBins } from './choropleth.ts';
import { flowMap } from './flow-map.ts';

const worldCountries = createRequire(import.meta.url)('world-countries') as {
  cca3: string;
  ccn3: string;
  name: { common: string };
}[];
const alpha3ByM49 = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]));
const names = new Map(worldCountries.map((c) => [c.cca3, c.name.common]));
const nameOf = (alpha3: string) => names.get(alpha3) ?? alpha3;

function world(values: Map<string, number>) {
  return choropleth({
    values,
    alpha3ByM49,
    nameOf,
    format: (v) => new Intl.NumberFormat('en').format(v),
    noDataLabel: 'no data',
    title: 'International migrants, 2020',
    description: 'A world map',
    id: 'test',
  });
}

/** The fill and title of the path drawn for a country. */
function countryPath(svg: string, name: string) {
  const match = new RegExp(`<path d="[^"]+" fill="([^"]+)"><title>${name}: ([^<]+)</title>`).exec(svg);
  return match ? { fill: match[1], title: match[2] } : null;
}

describe('maps', () => {
  it('projects the world once per width, without Antarctica, small enough for a page', () => {
    const map = baseMap(640);
    expect(baseMap(640)).toBe(map);
    expect(map.countries.some((c) => c.m49 === '010')).toBe(false);
    expect(
      map.countries
        .filter((c) => c.m49 === null)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    const paths = map.countries.map((c) => `<path d="${c.d}"/>`).join('');
    expect(gzipSync(paths).length).toBeLessThan(14_000);
  });

  it('marks countries without data as "no data" with a hatch, never as zero', () => {
    const { svg } = world(
      new Map([
        ['BGD', 2_115_408],
        ['USA', 50_632_836],
        ['FRA', 8_524_876],
        ['MEX', 0],
      ]),
    );
    expect(svg).toContain('<pattern id="test-nodata"');
    expect(svg).toContain(`fill="${NO_DATA_FILL}"`);
    expect(countryPath(svg, 'Brazil')).toEqual({ fill: 'url(#test-nodata)', title: 'no data' });
    expect(countryPath(svg, 'Bangladesh')?.title).toBe('2,115,408');
    expect(countryPath(svg, 'Bangladesh')?.fill).not.toContain('nodata');
    // A real zero is a value, drawn in the lightest class, not as missing.
    expect(countryPath(svg, 'Mexico')).toMatchObject({ title: '0' });
    expect(countryPath(svg, 'Mexico')?.fill).not.toContain('nodata');
    // The features without an id are always "no data" and never break the map.
    expect(svg).toContain('<title>Somaliland: no data</title>');
    expect(svg).not.toContain('style=');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-label="A world map"/,
    );
    expect(svg).toContain('<title>International migrants, 2020</title>');
  });

  it('draws small states missing from the 1:110m boundaries as dots', () => {
    const { svg } = world(
      new Map([
        ['MUS', 28_000],
        ['SGP', 2_523_648],
      ]),
    );
    expect(svg).toMatch(/<circle [^>]*><title>Mauritius: 28,000<\/title><\/circle>/);
    expect(svg).toMatch(/<circle [^>]*><title>Singapore: 2,523,648<\/title><\/circle>/);
  });

  it('splits values into at most five classes at quantiles', () => {
    const bins = quantileBins([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bins).toHaveLength(5);
    expect(bins[0]!.min).toBe(1);
    expect(bins.at(-1)!.max).toBe(10);
    expect(quantileBins([])).toEqual([]);
    expect(quantileBins([4, 4, 4])).toHaveLength(1);
  });

  it('draws flows between a country and its partners, naming the largest', () => {
    const svg = flowMap({
      focus: 'BGD',
      direction: 'out',
      partners: [
        { alpha3: 'IND', value: 2_482_172 },
        { alpha3: 'SAU', value: 1_246_052 },
        { alpha3: 'GBR', value: 250_000 },
      ],
      alpha3ByM49,
      nameOf,
      format: String,
      title: 'Where emigrants from Bangladesh live',
      description: 'Flows to India, Saudi Arabia and the United Kingdom',
    });
    expect(svg.match(/<path d="M[^"]+Q[^"]+" stroke-width/g)).toHaveLength(3);
    expect(svg).toContain('<title>India: 2482172</title>');
    expect(svg).toContain('>United Kingdom</text>');
    expect(svg).toContain('fill="#0b4f8a"');
    expect(svg).toMatch(/role="img" aria-label="Flows to India/);
    expect(svg).not.toContain('style=');
  });
});
