import type { Area, ScoredItem } from './assessment.presenter.ts';
import { isGap, percent, pointsOf } from './scale.ts';

/** A sector's (or governance domain's) result in one round. */
export interface AreaResult extends Area {
  /** Items with a score other than "not applicable". */
  scored: number;
  total: number;
  notApplicable: number;
  /** 0–100 from the scale, "not applicable" and unscored items left out; null when none counts. */
  score: number | null;
  gaps: number;
}

export interface RoundResult {
  areas: AreaResult[];
  overall: number | null;
  total: number;
  /** Items with any score, "not applicable" included. */
  answered: number;
  /** Gaps (not addressed or partly; absent or partly present), in area order. */
  gaps: ScoredItem[];
}

/** Groups items by area, in the order they first appear (the round's template order). */
function byArea(items: ScoredItem[]): Map<string, { area: Area; items: ScoredItem[] }> {
  const groups = new Map<string, { area: Area; items: ScoredItem[] }>();
  for (const item of items) {
    const group = groups.get(item.area.key) ?? { area: item.area, items: [] };
    group.items.push(item);
    groups.set(item.area.key, group);
  }
  return groups;
}

/** Per-area scores, the overall score and the gaps of one round. */
export function roundResult(items: ScoredItem[]): RoundResult {
  const areas: AreaResult[] = [];
  for (const { area, items: group } of byArea(items).values()) {
    const points = group.map((i) => pointsOf(i.score));
    areas.push({
      ...area,
      total: group.length,
      scored: points.filter((p) => p !== null).length,
      notApplicable: group.filter((i) => i.score === 'not-applicable').length,
      score: percent(points),
      gaps: group.filter((i) => isGap(i.score)).length,
    });
  }
  return {
    areas,
    overall: percent(items.map((i) => pointsOf(i.score))),
    total: items.length,
    answered: items.filter((i) => i.score !== null).length,
    gaps: items.filter((i) => isGap(i.score)),
  };
}

/** The overall score and gap count from bare score values (workspace overview, round list). */
export function quickResult(scores: (string | null)[]): {
  overall: number | null;
  gaps: number;
  answered: number;
} {
  return {
    overall: percent(scores.map(pointsOf)),
    gaps: scores.filter(isGap).length,
    answered: scores.filter((s) => s !== null).length,
  };
}

export const CHANGE_KINDS = [
  'improved',
  'slipped',
  'still-open',
  'unchanged',
  'new',
  'dropped',
  'not-compared',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ItemChange {
  /** `<template key>/<item key>`: the same question across versions of a template. */
  key: string;
  area: Area;
  from: ScoredItem | null;
  to: ScoredItem | null;
  change: ChangeKind;
}

export interface AreaChange extends Area {
  from: number | null;
  to: number | null;
  delta: number | null;
  counts: Record<ChangeKind, number>;
}

export interface Comparison {
  items: ItemChange[];
  areas: AreaChange[];
  counts: Record<ChangeKind, number>;
}

function classify(from: ScoredItem | null, to: ScoredItem | null): ChangeKind {
  if (!from) return 'new';
  if (!to) return 'dropped';
  const before = pointsOf(from.score);
  const after = pointsOf(to.score);
  if (before === null || after === null) return 'not-compared';
  if (after > before) return 'improved';
  if (after < before) return 'slipped';
  return isGap(to.score) ? 'still-open' : 'unchanged';
}

const emptyCounts = (): Record<ChangeKind, number> =>
  Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;

/**
 * Item by item and area by area, what changed between two rounds. Items are matched on their
 * template key and item key, so a round made with a newer template version still compares.
 */
export function compareRounds(fromItems: ScoredItem[], toItems: ScoredItem[]): Comparison {
  const keyOf = (i: ScoredItem) => `${i.templateSlug}/${i.itemKey}`;
  const before = new Map(fromItems.map((i) => [keyOf(i), i]));
  const after = new Map(toItems.map((i) => [keyOf(i), i]));
  const items: ItemChange[] = [];
  for (const to of toItems) {
    const from = before.get(keyOf(to)) ?? null;
    items.push({ key: keyOf(to), area: to.area, from, to, change: classify(from, to) });
  }
  for (const from of fromItems)
    if (!after.has(keyOf(from)))
      items.push({ key: keyOf(from), area: from.area, from, to: null, change: 'dropped' });
  const fromResult = new Map(roundResult(fromItems).areas.map((a) => [a.key, a]));
  const toResult = new Map(roundResult(toItems).areas.map((a) => [a.key, a]));
  const areas = new Map<string, AreaChange>();
  for (const change of items) {
    let area = areas.get(change.area.key);
    if (!area) {
      const from = fromResult.get(change.area.key)?.score ?? null;
      const to = toResult.get(change.area.key)?.score ?? null;
      area = {
        ...change.area,
        from,
        to,
        delta: from !== null && to !== null ? to - from : null,
        counts: emptyCounts(),
      };
      areas.set(change.area.key, area);
    }
    area.counts[change.change] += 1;
  }
  const counts = emptyCounts();
  for (const change of items) counts[change.change] += 1;
  return { items, areas: [...areas.values()], counts };
}
