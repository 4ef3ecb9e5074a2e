import type { Translator } from '../../i18n/translator.ts';
import type { ImportReport, ImportSummary, ReportEntry } from './import.report.ts';
import type { findRelease, listReleases } from './import.repository.ts';
import { confirmedBy, type HoldReason } from './release.checks.ts';

/** Releases and reports as the admin pages, the API and the CLI show them (camelCase, parsed JSON). */

export type ReleaseListRow = Awaited<ReturnType<typeof listReleases>>[number];
type ReleaseDetailRow = NonNullable<Awaited<ReturnType<typeof findRelease>>>;

export interface ReleaseView {
  id: string;
  datasetCode: string;
  datasetTitle: string;
  label: string;
  fileName: string;
  kind: string;
  status: 'running' | 'complete' | 'failed' | 'held';
  isCurrent: boolean;
  progress: number | null;
  rowsRead: number;
  valuesStored: number;
  skipped: number;
  importedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export function presentReleaseRow(row: ReleaseListRow): ReleaseView {
  return {
    id: row.id,
    datasetCode: row.dataset_code,
    datasetTitle: row.dataset_title,
    label: row.label,
    fileName: row.file_name,
    kind: row.kind,
    status: row.status,
    isCurrent: Number(row.is_current) === 1,
    progress: row.progress === null ? null : Number(row.progress),
    rowsRead: Number(row.rows_read),
    valuesStored: Number(row.values_stored),
    skipped: Number(row.rows_skipped),
    importedBy: row.imported_by_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export interface ReleaseDetail extends ReleaseView {
  sha256: string;
  publisher: string;
  licence: string;
  options: Record<string, unknown>;
  summary: Partial<ImportSummary>;
  entries: ReportEntry[];
}

export function presentRelease(row: ReleaseDetailRow): ReleaseDetail {
  const summary = parseObject(row.summary_json) as Partial<ImportSummary>;
  return {
    ...presentReleaseRow(row),
    sha256: row.file_sha256,
    // The publisher this release's file credits (the dataset shows it once the release is current).
    publisher: summary.dataset?.publisher ?? row.dataset_publisher,
    licence: summary.dataset?.licence ?? row.dataset_licence,
    options: parseObject(row.options_json),
    summary,
    entries: parseArray(row.report_json) as ReportEntry[],
  };
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function parseArray(json: string): unknown[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Formats a message whose values may lack a placeholder (reports written by an older version). */
function safe(i18n: Translator, key: string, values: Record<string, string | number> = {}): string {
  try {
    return i18n.t(key, values);
  } catch {
    return i18n.t(key, new Proxy(values, { get: (target, name) => target[String(name)] ?? '' }));
  }
}

/** "Bulgaria 2022 is 43% of the year before…": why a row or cell was skipped, in the reader's language. */
export function describeEntry(i18n: Translator, entry: Pick<ReportEntry, 'reason' | 'values'>): string {
  return safe(i18n, `data.import.reason.${entry.reason}`, entry.values);
}

/** Where a skipped row or a failure is: `file.csv:12` or `file.xlsx:12 (Table 1!G12)`. */
export function describePlace(entry: { file?: string; line?: number; cell?: string }, file?: string): string {
  const name = entry.file ?? file ?? '';
  const line = entry.line ? `${name}:${entry.line}` : name;
  return entry.cell ? `${line} (${entry.cell})` : line;
}

export function describeFailure(i18n: Translator, failure: NonNullable<ImportSummary['failure']>): string {
  return safe(i18n, `data.import.failure.${failure.code}`, failure.values);
}

/** "The new release has 2% of the current one's values (4,319 of 187,860)": why a release is held. */
export function describeHold(i18n: Translator, reason: HoldReason): string {
  // Value counts in the reader's digits; `count` also goes to plural rules (as `countText` for
  // messages without one); a line number stays as the file has it.
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(reason.values)) {
    values[key] =
      typeof value === 'number' && (key === 'values' || key === 'current') ? i18n.number(value) : value;
  }
  if (typeof reason.values.count === 'number') values.countText = i18n.number(reason.values.count);
  return safe(i18n, `data.release.hold.${reason.code}`, values);
}

/** The CLI option (or form checkbox) that confirms a reason. */
export function holdOption(reason: HoldReason): '--replace' | '--accept-errors' {
  return confirmedBy(reason) === 'replace' ? '--replace' : '--accept-errors';
}

/** The report as plain text lines (the CLI prints them; tests read them). */
export function reportLines(
  i18n: Translator,
  report: ImportReport,
  status: string,
  options: { limit?: number } = {},
): string[] {
  const n = (value: number) => i18n.number(value);
  const lines = [
    i18n.t('data.import.cli.counts', {
      rows: n(report.rowsRead),
      values: n(report.valuesStored),
      missing: n(report.valuesMissing),
      skipped: n(report.skipped),
    }),
  ];
  if (report.failure) {
    lines.push(`${describePlace(report.failure, report.file)}: ${describeFailure(i18n, report.failure)}`);
  }
  if (report.unchanged && status === 'unchanged')
    lines.push(i18n.t('data.import.unchanged', { label: report.unchanged.label }));
  const reasons = Object.entries(report.reasons);
  if (reasons.length > 0) {
    lines.push(i18n.t('data.import.cli.byReason'));
    for (const [reason, count] of reasons)
      lines.push(`  ${i18n.t(`data.import.reasonName.${reason}`)}: ${n(count)}`);
    const shown = report.entries.slice(0, options.limit ?? report.entries.length);
    lines.push(i18n.t('data.import.cli.skipped', { shown: n(shown.length), total: n(report.skipped) }));
    for (const entry of shown) lines.push(`  ${describePlace(entry)}: ${describeEntry(i18n, entry)}`);
  }
  if (report.held && report.held.length > 0) {
    lines.push(i18n.t(status === 'dry-run' ? 'data.release.cli.wouldHold' : 'data.release.cli.held'));
    for (const reason of report.held) lines.push(`  ${describeHold(i18n, reason)} (${holdOption(reason)})`);
  }
  if (report.confirmed && report.confirmed.length > 0) {
    lines.push(i18n.t('data.release.cli.confirmed'));
    for (const reason of report.confirmed) lines.push(`  ${describeHold(i18n, reason)}`);
  }
  const label = report.unchanged?.label ?? '';
  lines.push(i18n.t(`data.import.cli.status.${status}`, { label }));
  return lines;
}
