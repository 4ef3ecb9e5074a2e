import type { Translator } from '../../i18n/translator.ts';
import { type ScoredItem, scoreLabel } from './assessment.presenter.ts';
import type { RoundResult } from './assessment.results.ts';
import { pointsOf } from './scale.ts';

/**
 * One CSV cell (RFC 4180). Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets an apostrophe in front, so a download cannot carry a formula.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: (string | number | null)[][]): string {
  // A byte-order mark so spreadsheet programs read UTF-8 (Arabic, accents) right.
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

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

function itemRows(round: number, items: ScoredItem[], i18n: Translator): (string | number | null)[][] {
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

function areaRows(round: number, result: RoundResult): (string | number | null)[][] {
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

/** Every item of a round with its score, evidence and comments. */
export function itemsCsv(round: number, items: ScoredItem[], i18n: Translator): string {
  return csv([ITEM_HEADER, ...itemRows(round, items, i18n)]);
}

/** Every item of every round given, oldest round first (the whole history of a process). */
export function roundsCsv(rounds: ExportRound[], i18n: Translator): string {
  return csv([ITEM_HEADER, ...rounds.flatMap((r) => itemRows(r.round, r.items, i18n))]);
}

/** The chart's data: the score of each sector or domain. */
export function areasCsv(round: number, result: RoundResult): string {
  return csv([AREA_HEADER, ...areaRows(round, result)]);
}

/** Both tables as a workbook: one sheet of area results, one with every item. */
export async function resultsXlsx(
  round: number,
  items: ScoredItem[],
  result: RoundResult,
  i18n: Translator,
): Promise<Buffer> {
  return roundsXlsx([{ round, items, result }], i18n);
}

/** The area results and items of every round given, as a workbook of two sheets. */
export async function roundsXlsx(rounds: ExportRound[], i18n: Translator): Promise<Buffer> {
  // Loaded on first use: exceljs is slow to import, and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Corridor';
  const areas = workbook.addWorksheet(i18n.t('assessment.xlsx.areas'), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: i18n.dir === 'rtl' }],
  });
  areas.addRow(AREA_HEADER);
  for (const r of rounds) for (const row of areaRows(r.round, r.result)) areas.addRow(row);
  const sheet = workbook.addWorksheet(i18n.t('assessment.xlsx.items'), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: i18n.dir === 'rtl' }],
  });
  sheet.addRow(ITEM_HEADER);
  for (const r of rounds) for (const row of itemRows(r.round, r.items, i18n)) sheet.addRow(row);
  for (const ws of [areas, sheet]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
