/**
 * The chart kit: every chart Corridor draws, rendered on the server by Observable Plot into a
 * linkedom document and finished into CSP-safe, accessible SVG markup (role="img", a title and a
 * text alternative; no style attributes; anchors computed for the reader's direction). Modules
 * draw charts only through this file; the kit knows nothing of them.
 */
export { type BarChartInput, type BarDatum, barChart } from './bar-chart.ts';
export { type LineChartInput, type LineSeries, lineChart } from './line-chart.ts';
export {
  colourAt,
  dashAt,
  NO_DATA_FILL,
  NO_DATA_HATCH,
  PALETTE,
  RULE_COLOUR,
  SEQUENTIAL,
} from './palette.ts';
export { periodPosition } from './periods.ts';
export { type ProgressChartInput, progressChart } from './progress-chart.ts';
export { type Bar, type ScoreChartOptions, scoreBarChart } from './score-chart.ts';
export { type StackedBarChartInput, type StackedSeries, stackedBarChart } from './stacked-bar-chart.ts';
