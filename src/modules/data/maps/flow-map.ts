import { colourAt } from '../../../charts/index.ts';
import { baseMap, countryPoint, esc } from './base-map.ts';

export interface FlowInput {
  /** The country the flows start from (`out`) or end at (`in`), ISO alpha-3. */
  focus: string;
  direction: 'in' | 'out';
  partners: { alpha3: string; value: number }[];
  alpha3ByM49: Map<string, string>;
  nameOf: (alpha3: string) => string;
  format: (value: number) => string;
  title: string;
  description: string;
  /** How many partners get a written name (the largest). */
  labelled?: number;
  width?: number;
}

const LAND = '#dde2e7';
const FOCUS = '#0b4f8a';

/**
 * A flow map as SVG markup: curved arrows between a country and its partners, wider for larger
 * values (by square root, so areas compare), over a grey world with the country highlighted.
 * The largest partners are named on the map; all are listed in the figure's data table.
 */
export function flowMap(input: FlowInput): string {
  const map = baseMap(input.width ?? 640);
  const focusM49 = [...input.alpha3ByM49].find(([, a]) => a === input.focus)?.[0];
  const focusPoint = countryPoint(input.focus);
  const to = focusPoint ? map.project(focusPoint.lon, focusPoint.lat) : null;
  let land = '';
  for (const country of map.countries) {
    if (!country.d) continue;
    land += `<path d="${country.d}"${country.m49 !== null && country.m49 === focusM49 ? ` fill="${FOCUS}"` : ''}/>`;
  }
  const max = Math.max(1, ...input.partners.map((p) => p.value));
  const colour = colourAt(1);
  let flows = '';
  let labels = '';
  const labelled = input.labelled ?? 5;
  const placed: [number, number, number][] = [];
  // Greedy placement: a name that would overlap one already written is left to the table.
  const fits = (x: number, y: number, w: number) =>
    placed.every(([px, py, pw]) => Math.abs(py - y) > 13 || Math.abs(px - x) > (pw + w) / 2 + 4);
  input.partners.forEach((partner, index) => {
    const point = countryPoint(partner.alpha3);
    const from = point ? map.project(point.lon, point.lat) : null;
    if (!from || !to) return;
    const [a, b] = input.direction === 'in' ? [from, to] : [to, from];
    // A quadratic curve bowed to one side, so flows both ways between two places do not overlap.
    const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * 0.2;
    const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * 0.2;
    const width = 1 + 7 * Math.sqrt(partner.value / max);
    const name = input.nameOf(partner.alpha3);
    flows += `<path d="M${a[0]} ${a[1]}Q${Math.round(mx)} ${Math.round(my)} ${b[0]} ${b[1]}" stroke-width="${width.toFixed(1)}"><title>${esc(`${name}: ${input.format(partner.value)}`)}</title></path>`;
    flows += `<circle cx="${from[0]}" cy="${from[1]}" r="2.5" fill="#1b1f24" stroke="none"/>`;
    const labelWidth = name.length * 6.5;
    if (index < labelled && fits(from[0], from[1] - 6, labelWidth)) {
      placed.push([from[0], from[1] - 6, labelWidth]);
      labels += `<text x="${from[0]}" y="${from[1] - 6}">${esc(name)}</text>`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg map" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-label="${esc(input.description)}" direction="ltr">` +
    `<title>${esc(input.title)}</title>` +
    `<defs><marker id="arrow-${esc(input.focus)}-${input.direction}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker></defs>` +
    `<g fill="${LAND}" stroke="#ffffff" stroke-width="0.5">${land}</g>` +
    `<g fill="none" stroke="${colour}" stroke-opacity="0.75" stroke-linecap="round" marker-end="url(#arrow-${esc(input.focus)}-${input.direction})">${flows}</g>` +
    `<g font-size="11" font-weight="600" text-anchor="middle" fill="#1b1f24" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels}</g>` +
    '</svg>'
  );
}
