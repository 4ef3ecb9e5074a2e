import { describe, expect, it } from 'vitest';
import { criterionMeans, reviewStanding } from './review.rules.ts';

const all = (score: number) => ({
  relevance: score,
  evidence: score,
  sustainability: score,
  partnership: score,
  replicability: score,
  participation: score,
});

describe('review standing', () => {
  it('needs two reviews before anything is promising', () => {
    expect(reviewStanding([])).toMatchObject({ count: 0, average: null, promising: false });
    expect(reviewStanding([all(5)])).toMatchObject({ count: 1, average: 5, promising: false });
  });

  it('is promising from an average of 4 with a narrow spread', () => {
    expect(reviewStanding([all(4), all(5)])).toEqual({
      count: 2,
      average: 4.5,
      spread: 1,
      promising: true,
      needsThird: false,
    });
    expect(reviewStanding([all(3), all(4)])).toMatchObject({ average: 3.5, promising: false });
  });

  it('asks for a third reviewer when two disagree widely, and settles with three', () => {
    expect(reviewStanding([all(2), all(5)])).toMatchObject({ spread: 3, needsThird: true, promising: false });
    expect(reviewStanding([all(2), all(5), all(5)])).toMatchObject({
      average: 4,
      needsThird: false,
      promising: true,
    });
  });

  it('averages each criterion across reviews', () => {
    const means = criterionMeans([all(3), { ...all(4), evidence: 5 }]);
    expect(means.find((m) => m.criterion === 'evidence')?.mean).toBe(4);
    expect(means.find((m) => m.criterion === 'relevance')?.mean).toBe(3.5);
  });
});
