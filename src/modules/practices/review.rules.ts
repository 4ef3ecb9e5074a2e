import { CRITERIA, type Criterion } from './practice.table.ts';

/** At least this many submitted reviews before a practice can be published (decision 112). */
export const MIN_REVIEWS = 2;
/** Average score (of 5) from which a practice is promising. */
export const PROMISING_AT = 4;
/** A spread of reviewers' averages wider than this asks for a third reviewer. */
export const WIDE_SPREAD = 1.5;

/** The overall standing of a practice from its submitted reviews, each a map of criterion → score. */
export function reviewStanding(reviews: readonly Partial<Record<Criterion, number>>[]): {
  count: number;
  /** Mean of the reviewers' means, rounded to hundredths; null without reviews. */
  average: number | null;
  /** Highest reviewer mean minus the lowest. */
  spread: number | null;
  promising: boolean;
  needsThird: boolean;
} {
  const means = reviews.map((r) => {
    const scores = CRITERIA.map((c) => r[c]).filter((s): s is number => typeof s === 'number');
    return scores.reduce((a, b) => a + b, 0) / Math.max(scores.length, 1);
  });
  if (means.length === 0)
    return { count: 0, average: null, spread: null, promising: false, needsThird: false };
  const round = (n: number) => Math.round(n * 100) / 100;
  const average = round(means.reduce((a, b) => a + b, 0) / means.length);
  const spread = round(Math.max(...means) - Math.min(...means));
  const wide = spread > WIDE_SPREAD;
  // A wide spread between two reviewers is settled by a third before anything is promised.
  const needsThird = wide && means.length === MIN_REVIEWS;
  return {
    count: means.length,
    average,
    spread,
    promising: means.length >= MIN_REVIEWS && !needsThird && average >= PROMISING_AT,
    needsThird,
  };
}

/** Per criterion: the mean score of the submitted reviews, for the review summary. */
export function criterionMeans(
  reviews: readonly Partial<Record<Criterion, number>>[],
): { criterion: Criterion; mean: number | null }[] {
  return CRITERIA.map((criterion) => {
    const scores = reviews.map((r) => r[criterion]).filter((s): s is number => typeof s === 'number');
    return {
      criterion,
      mean: scores.length
        ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100
        : null,
    };
  });
}
