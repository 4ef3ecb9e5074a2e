import { createRequire } from 'node:module';
import { type GeoProjection, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The world base map: Natural Earth 1:110m boundaries from the `world-atlas` package, projected
 * (Equal Earth, Antarctica left out) once per width and kept in memory. Paths are simplified for
 * the page budget: coordinates rounded to half a pixel, near-collinear points and specks under
 * two square pixels dropped, written as relative moves. A 640 px world is about 10 KB gzipped.
 */

const require = createRequire(import.meta.url);

interface CountryProps {
  name: string;
}

export interface ProjectedCountry {
  /** ISO 3166 numeric / M49 code; null for the three features world-atlas gives no id
   * (N. Cyprus, Somaliland, Kosovo), which are always drawn as "no data". */
  m49: string | null;
  name: string;
  d: string;
}

export interface BaseMap {
  width: number;
  height: number;
  countries: ProjectedCountry[];
  /** Pixel position of a longitude/latitude, rounded. */
  project(lon: number, lat: number): [number, number] | null;
}

const ANTARCTICA = '010';
const cache = new Map<number, BaseMap>();
let features: Feature<Geometry, CountryProps>[] | null = null;

function loadFeatures(): Feature<Geometry, CountryProps>[] {
  if (!features) {
    const topology = require('world-atlas/countries-110m.json') as Topology<{
      countries: GeometryCollection<CountryProps>;
    }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Geometry,
      CountryProps
    >;
    features = collection.features.filter((f) => f.id !== ANTARCTICA);
  }
  return features;
}

type Point = [number, number];

function area(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum / 2);
}

function simplify(ring: Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * 2) / 2, Math.round(y * 2) / 2];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // Drop points that bend the outline by less than ~half a square pixel.
  let changed = true;
  while (changed && out.length > 3) {
    changed = false;
    for (let i = 1; i < out.length - 1; i++) {
      const a = out[i - 1]!;
      const b = out[i]!;
      const c = out[i + 1]!;
      if (Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2 < 0.6) {
        out.splice(i, 1);
        changed = true;
      }
    }
  }
  return out;
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function ringsToPath(rings: Point[][]): string {
  let d = '';
  for (const ring of rings) {
    const points = simplify(ring);
    if (points.length < 3 || area(points) < 2) continue;
    let [px, py] = points[0]!;
    d += `M${num(px)} ${num(py)}`;
    for (const [x, y] of points.slice(1)) {
      const dx = num(x - px);
      const dy = num(y - py);
      d += `l${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      px = x;
      py = y;
    }
    d += 'z';
  }
  return d;
}

function projectRings(projection: GeoProjection, f: Feature<Geometry, CountryProps>): Point[][] {
  const rings: Point[][] = [];
  let current: Point[] = [];
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x: number, y: number) {
      current.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(f);
  return rings;
}

/** The projected world at `width` pixels (computed once per width). */
export function baseMap(width = 640): BaseMap {
  const cached = cache.get(width);
  if (cached) return cached;
  const all = loadFeatures();
  const collection: FeatureCollection<Geometry, CountryProps> = { type: 'FeatureCollection', features: all };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 2]);
  const height = Math.ceil(y1 - y0 + 4);
  const countries = all.map((f) => ({
    m49: f.id === undefined ? null : String(f.id),
    name: f.properties?.name ?? '',
    d: ringsToPath(projectRings(projection, f)),
  }));
  const map: BaseMap = {
    width,
    height,
    countries,
    project(lon, lat) {
      const p = projection([lon, lat]);
      return p ? [Math.round(p[0]), Math.round(p[1])] : null;
    },
  };
  cache.set(width, map);
  return map;
}

const countryPoints = new Map<string, [number, number]>(
  (require('world-countries') as { cca3: string; latlng: [number, number] }[]).map((c) => [c.cca3, c.latlng]),
);

/** A representative point (latitude, longitude) of a country, for flows and small states. */
export function countryPoint(alpha3: string): { lat: number; lon: number } | null {
  const p = countryPoints.get(alpha3);
  return p ? { lat: p[0], lon: p[1] } : null;
}

/** Escapes text for SVG markup built as a string. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
