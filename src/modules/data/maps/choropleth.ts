import { NO_DATA_FILL, NO_DATA_HATCH, SEQUENTIAL } from '../../../charts/index.ts';
import { baseMap, countryPoint, esc } from './base-map.ts';

export interface ChoroplethInput {
  /** Values by ISO alpha-3. A country without a value is "no data", never zero. */
  values: Map<string, number>;
  /** ISO alpha-3 by M49 code, to match world-atlas ids. */
  alpha3ByM49: Map<string, string>;
  /** Country names in the reader's language, by alpha-3. */
  nameOf: (alpha3: string) => string;
  format: (value: number) => string;
  noDataLabel: string;
  title: string;
  description: string;
  /** Unique on the page: prefixes the hatch pattern's id. */
  id: string;
  width?: number;
}

export interface ClassBin {
  min: number;
  max: number;
  colour: string;
}

/** Up to five classes at quantiles of the values, so each colour holds about as many countries. */
export function quantileBins(values: number[], classes = SEQUENTIAL.length): ClassBin[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const cuts: number[] = [];
  for (let i = 1; i < classes; i++) {
    const cut = sorted[Math.floor((i * sorted.length) / classes)]!;
    if (cut > sorted[0]! && !cuts.includes(cut)) cuts.push(cut);
  }
  const edges = [sorted[0]!, ...cuts, sorted[sorted.length - 1]!];
  const bins: ClassBin[] = [];
  const palette = SEQUENTIAL.slice(SEQUENTIAL.length - Math.max(1, edges.length - 1));
  for (let i = 0; i < Math.max(1, edges.length - 1); i++) {
    bins.push({ min: edges[i]!, max: edges[i + 1] ?? edges[i]!, colour: palette[i]! });
  }
  return bins;
}

function binOf(bins: ClassBin[], value: number): ClassBin {
  return bins.find((b, i) => value < b.max || i === bins.length - 1)!;
}

/**
 * A world choropleth as SVG markup. Countries without data are hatched grey and titled "no
 * data"; the three unnamed world-atlas features are always no data; small states absent from
 * the 1:110m boundaries are drawn as dots when they have a value.
 */
export function choropleth(input: ChoroplethInput): { svg: string; bins: ClassBin[] } {
  const map = baseMap(input.width ?? 640);
  const bins = quantileBins([...input.values.values()]);
  const pattern = `${input.id}-nodata`;
  const drawn = new Set<string>();
  let body = '';
  for (const country of map.countries) {
    if (!country.d) continue;
    const alpha3 = country.m49 ? input.alpha3ByM49.get(country.m49) : undefined;
    const value = alpha3 ? input.values.get(alpha3) : undefined;
    const name = alpha3 ? input.nameOf(alpha3) : country.name;
    if (alpha3) drawn.add(alpha3);
    if (value === undefined) {
      body += `<path d="${country.d}" fill="url(#${pattern})"><title>${esc(`${name}: ${input.noDataLabel}`)}</title></path>`;
    } else {
      body += `<path d="${country.d}" fill="${binOf(bins, value).colour}"><title>${esc(`${name}: ${input.format(value)}`)}</title></path>`;
    }
  }
  for (const [alpha3, value] of input.values) {
    if (drawn.has(alpha3)) continue;
    const point = countryPoint(alpha3);
    const xy = point ? map.project(point.lon, point.lat) : null;
    if (!xy) continue;
    body += `<circle cx="${xy[0]}" cy="${xy[1]}" r="3.5" fill="${binOf(bins, value).colour}" stroke="#1b1f24" stroke-width="0.75"><title>${esc(`${input.nameOf(alpha3)}: ${input.format(value)}`)}</title></circle>`;
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg map" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-label="${esc(input.description)}" direction="ltr">` +
    `<title>${esc(input.title)}</title>` +
    `<defs><pattern id="${pattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA_FILL}"/><path d="M0 0V6" stroke="${NO_DATA_HATCH}" stroke-width="1.5"/></pattern></defs>` +
    `<g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">${body}</g></svg>`;
  return { svg, bins };
}
