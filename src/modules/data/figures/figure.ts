import type { Cell as CsvCell } from '../../../tables/index.ts';

/**
 * A chart or map as a page shows it: the SVG (null when there is nothing to draw), the words
 * around it (title, unit, source, years), a data table alternative and the CSV of the same data.
 */
export interface FigureModel {
  /** Stable id, used in the page anchor and the CSV address. */
  id: string;
  title: string;
  svg: string | null;
  /** Shown instead of the chart when there is no data: says so, never draws zeros. */
  emptyText: string;
  unit: string;
  source: string;
  /** The years the chart covers, e.g. `2000–2020`. */
  years: string;
  /** A key for charts whose series cannot be labelled directly (stacked bars, maps). */
  legend?: { label: string; colour: string; pattern?: 'hatch' }[];
  /** A chart over time: on narrow screens its frame scrolls from the latest end. */
  overTime?: boolean;
  table: { columns: { label: string; numeric?: boolean }[]; rows: string[][] };
  csv: { header: string[]; rows: CsvCell[][] };
  csvHref: string;
}
