/**
 * Periods as stored (`2020`, `2020-Q3`) placed on a continuous time axis: a year sits at its
 * start, a quarter a quarter of a year later per quarter.
 */
export function periodPosition(period: string): number {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  if (!match) return Number.NaN;
  return Number(match[1]) + (match[2] ? (Number(match[2]) - 1) / 4 : 0);
}

/** Whole years between two positions, thinned to at most `max` ticks. */
export function yearTicks(min: number, max: number, maxTicks = 8): number[] {
  const first = Math.ceil(min);
  const last = Math.floor(max);
  if (last < first) return [Math.round(min)];
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s < maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks.length ? ticks : [first];
}

/** A number above `value` that makes round axis ticks: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (factor * magnitude >= value) return factor * magnitude;
  }
  return 10 * magnitude;
}

/** Room for y-axis tick labels: about 7 px a character at 12 px, plus the tick, within bounds. */
export function tickRoom(tick: (value: number) => string, top: number): number {
  const longest = Math.max(...[0, 0.2, 0.4, 0.5, 0.6, 0.8, 1].map((f) => tick(top * f).length));
  return Math.min(120, Math.max(40, 16 + 7 * longest));
}
