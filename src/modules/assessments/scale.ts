import type { TagTone } from '../../web/components/tag.tsx';
import type { Scale } from './assessment.table.ts';

/** Every score value a scale accepts, in the order a form offers them. */
export const SCALE_VALUES = {
  coherence: ['not-addressed', 'partly', 'largely', 'fully', 'not-applicable'],
  presence: ['absent', 'partly-present', 'fully-present', 'not-applicable'],
} as const satisfies Record<Scale, readonly string[]>;

export type ScoreValue = (typeof SCALE_VALUES)[Scale][number];

export const ALL_SCORE_VALUES: readonly ScoreValue[] = [
  ...new Set<ScoreValue>([...SCALE_VALUES.coherence, ...SCALE_VALUES.presence]),
];

/**
 * Points out of 1 for each value; `not-applicable` has none and is left out of every average.
 * The coherence scale has four steps (0, ⅓, ⅔, 1); the presence scale three (0, ½, 1).
 */
const POINTS: Record<ScoreValue, number | null> = {
  'not-addressed': 0,
  partly: 1 / 3,
  largely: 2 / 3,
  fully: 1,
  absent: 0,
  'partly-present': 0.5,
  'fully-present': 1,
  'not-applicable': null,
};

/** A gap: an item not addressed or only partly addressed (absent or partly present). */
const GAPS = new Set<string>(['not-addressed', 'partly', 'absent', 'partly-present']);

export function isScoreOf(scale: Scale, value: string): value is ScoreValue {
  return (SCALE_VALUES[scale] as readonly string[]).includes(value);
}

export function pointsOf(value: string | null): number | null {
  if (value === null) return null;
  return POINTS[value as ScoreValue] ?? null;
}

export function isGap(value: string | null): boolean {
  return value !== null && GAPS.has(value);
}

/** The mean of the points as a whole number from 0 to 100, or null when nothing counts. */
export function percent(points: (number | null)[]): number | null {
  const counted = points.filter((p): p is number => p !== null);
  if (counted.length === 0) return null;
  return Math.round((counted.reduce((a, b) => a + b, 0) / counted.length) * 100);
}

/** Tone of a score tag: the label always says the value in words, the colour only repeats it. */
export function scoreTone(value: string | null): TagTone {
  if (value === null || value === 'not-applicable') return 'neutral';
  const points = pointsOf(value) ?? 0;
  if (points >= 1) return 'success';
  if (points >= 0.5) return 'info';
  if (points > 0) return 'warning';
  return 'error';
}
