import { open } from 'node:fs/promises';
import { fileFormat } from './importers/format.ts';

/**
 * Why a release must not become current without the user's say (decision 35). A release that
 * is much smaller than the current one, covers fewer areas or years, is older, or was cut
 * short could silently replace good data; rows with text in a number cell would silently lose
 * values. Each reason has a catalogue message `data.release.hold.<code>`.
 */
export const HOLD_CODES = [
  'ends-mid-row',
  'fewer-values',
  'fewer-areas',
  'fewer-years',
  'older',
  'row-errors',
] as const;
export type HoldCode = (typeof HOLD_CODES)[number];

export interface HoldReason {
  code: HoldCode;
  values: Record<string, string | number>;
}

/** What confirms a reason: `--replace` (the "replace" checkbox) or `--accept-errors`. */
export type Confirmation = 'replace' | 'acceptErrors';

export function confirmedBy(reason: Pick<HoldReason, 'code'>): Confirmation {
  return reason.code === 'row-errors' ? 'acceptErrors' : 'replace';
}

/** The user's confirmations for one import or one "make current". */
export interface Confirmations {
  replace?: boolean;
  acceptErrors?: boolean;
}

/** The reasons the user has not confirmed. */
export function unconfirmed(reasons: HoldReason[], confirm: Confirmations = {}): HoldReason[] {
  return reasons.filter((reason) => !confirm[confirmedBy(reason)]);
}

/** What a release holds, for comparing it with another release of its dataset. */
export interface Coverage {
  values: number;
  /** Areas and counterparts (ISO alpha-3 or `AGG:` codes). */
  areas: ReadonlySet<string>;
  /** Years (`2020`; a quarter counts for its year). */
  years: ReadonlySet<string>;
}

/** A release as the checks see it. */
export interface ReleaseFacts {
  label: string;
  coverage: Coverage;
  /** The last line of a text file that does not end with a line break. */
  endsMidRow?: number;
  /** Rows or cells with text in a number column (skip reason `not-a-number`). */
  rowErrors: number;
}

/** Below this share of the current release's values, a new release "shrank". */
export const MIN_VALUES_SHARE = 0.9;
const LISTED = 12;

/** The reasons `release` needs confirmation to replace `current` (null when the dataset has none). */
export function holdReasons(release: ReleaseFacts, current: ReleaseFacts | null): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (release.endsMidRow) reasons.push({ code: 'ends-mid-row', values: { line: release.endsMidRow } });
  if (current) {
    const now = release.coverage;
    const before = current.coverage;
    if (now.values < before.values * MIN_VALUES_SHARE) {
      reasons.push({
        code: 'fewer-values',
        values: {
          values: now.values,
          current: before.values,
          percent: before.values === 0 ? 0 : Math.floor((now.values / before.values) * 100),
        },
      });
    }
    const lostAreas = [...before.areas].filter((a) => !now.areas.has(a)).sort();
    if (lostAreas.length > 0) {
      reasons.push({ code: 'fewer-areas', values: { count: lostAreas.length, areas: list(lostAreas) } });
    }
    const lostYears = [...before.years].filter((y) => !now.years.has(y)).sort();
    if (lostYears.length > 0) {
      reasons.push({ code: 'fewer-years', values: { count: lostYears.length, years: list(lostYears) } });
    }
    const older = isOlder(release, current);
    if (older) reasons.push({ code: 'older', values: older });
  }
  if (release.rowErrors > 0) reasons.push({ code: 'row-errors', values: { count: release.rowErrors } });
  return reasons;
}

/** The first few items, then how many more: `ABW, AND, ARE (+121)`. */
function list(items: string[]): string {
  const shown = items.slice(0, LISTED).join(', ');
  return items.length > LISTED ? `${shown} (+${items.length - LISTED})` : shown;
}

function latest(years: ReadonlySet<string>): string {
  return [...years].sort().at(-1) ?? '';
}

/**
 * A release is older when its data end in an earlier year than the current one's, or when both
 * labels are publication dates (`2021-09-15`, `June 2023`, `2020`) and its date is earlier.
 */
function isOlder(release: ReleaseFacts, current: ReleaseFacts): Record<string, string> | null {
  const last = latest(release.coverage.years);
  const currentLast = latest(current.coverage.years);
  const date = labelDate(release.label);
  const currentDate = labelDate(current.label);
  const earlierData = last !== '' && currentLast !== '' && last < currentLast;
  const earlierDate = date !== null && currentDate !== null && date < currentDate;
  if (!earlierData && !earlierDate) return null;
  return { label: release.label, current: current.label, year: last, currentYear: currentLast };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `2021-09-15`, `June 2023` or `2020` as a sortable `YYYY-MM-DD`; null for other labels. */
export function labelDate(label: string): string | null {
  const text = label.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3] ?? '01'}`;
  const named = /^([a-z]+)\.? (\d{4})$/.exec(text);
  const month = named ? MONTHS.findIndex((m) => m.startsWith(named[1]!) && named[1]!.length >= 3) : -1;
  if (named && month >= 0) return `${named[2]}-${String(month + 1).padStart(2, '0')}-01`;
  if (/^\d{4}$/.test(text)) return `${text}-01-01`;
  return null;
}

/**
 * Whether a text file (CSV) ends mid-row: its last byte is not a line break. Every publisher's
 * CSV ends its last row with one; a file cut by a failed download or `head -c` does not, and its
 * last value may be a prefix of the real one (482,571 read as 4), which no parser can tell.
 * Workbooks are zip or OLE2 containers: cut, they do not open at all. The engine does not ask
 * this of hand-made tables (`generic`): spreadsheet apps often omit the final line break.
 */
export async function endsMidRow(path: string): Promise<boolean> {
  if (!path || (await fileFormat(path)) !== 'text') return false;
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] !== 0x0a && buffer[0] !== 0x0d;
  } finally {
    await handle.close();
  }
}
