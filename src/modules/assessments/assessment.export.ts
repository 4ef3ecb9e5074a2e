import type { Translator } from '../../i18n/translator.ts';
import type { Cell, Sheet } from '../../tables/index.ts';
import { type ScoredItem, scoreLabel } from './assessment.presenter.ts';
import type { RoundResult } from './assessment.results.ts';
import { pointsOf } from './scale.ts';

const ITEM_HEADER = [
  'round',
  'area',
  'template_key',
  'item_key',
  'question',
  'score',
  'score_label',
  'points',
  'gap',
  'evidence',
  'comment',
  'updated_at',
  'updated_by',
];

function itemRows(round: number, items: ScoredItem[], i18n: Translator): Cell[][] {
  return items.map((item) => {
    const points = pointsOf(item.score);
    return [
      round,
      item.area.label,
      item.templateSlug,
      item.itemKey,
      item.question.text,
      item.score,
      scoreLabel(i18n, item.score),
      points === null ? null : Math.round(points * 100),
      item.gap ? 'yes' : 'no',
      item.evidence,
      item.comment,
      item.updatedAt,
      item.updatedByName,
    ];
  });
}

const AREA_HEADER = ['round', 'area_key', 'area', 'score', 'scored', 'not_applicable', 'total', 'gaps'];

function areaRows(round: number, result: RoundResult): Cell[][] {
  return result.areas.map((a) => [
    round,
    a.key,
    a.label,
    a.score,
    a.scored,
    a.notApplicable,
    a.total,
    a.gaps,
  ]);
}

/** One round's items and their result, for the downloads that cover several rounds. */
export interface ExportRound {
  round: number;
  items: ScoredItem[];
  result: RoundResult;
}

/** The two sheets of one round: its area results and its items (see `roundsSheets`). */
export function roundSheets(
  round: number,
  items: ScoredItem[],
  result: RoundResult,
  i18n: Translator,
): Sheet[] {
  return roundsSheets([{ round, items, result }], i18n);
}

/**
 * The area results (the chart's data: the score of each sector or domain) and the items of every
 * round given, oldest round first: two sheets of a workbook. A CSV holds the items (`ITEMS`).
 */
export function roundsSheets(rounds: ExportRound[], i18n: Translator): Sheet[] {
  return [
    {
      name: i18n.t('assessment.xlsx.areas'),
      header: AREA_HEADER,
      rows: rounds.flatMap((r) => areaRows(r.round, r.result)),
    },
    {
      name: i18n.t('assessment.xlsx.items'),
      header: ITEM_HEADER,
      rows: rounds.flatMap((r) => itemRows(r.round, r.items, i18n)),
    },
  ];
}

/** Which of `roundsSheets` holds the area results, and which the items. */
export const AREAS = 0;
export const ITEMS = 1;
