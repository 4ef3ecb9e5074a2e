import { InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { invalid, ok, type Problems, problemsOf, type Result } from '../../commands/index.ts';
import { problemsFromZod } from '../../web/form/index.ts';
import { GENERIC_FIELDS, type GenericField, IMPORT_KINDS, type ImportOptions } from './import.types.ts';
import type { UploadedFile } from './import.upload.ts';

/** Inputs of an import, the same for the upload form and the API (`POST /api/v1/imports`). */

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().max(max).optional());
const flag = z.preprocess(
  (value) => value === true || value === 'true' || value === 'on' || value === '1',
  z.boolean(),
);

export const importInput = z.object({
  /** Which importer reads the file. */
  kind: z.enum(IMPORT_KINDS, { message: 'data.import.error.kind' }),
  /** Release label; by default read from the file. */
  release: optionalText(100),
  /** matrix: the indicator when the title does not name it; generic: the indicator of every row. */
  indicator: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9._-]+$/, { message: 'data.import.error.indicator' })
      .optional(),
  ),
  /** matrix: what the rows are when the corner cell does not say. */
  rows: z.preprocess(blankToUndefined, z.enum(['origin', 'destination']).optional()),
  /** matrix: the year when the title does not give one. */
  period: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}$/, { message: 'data.import.error.period' })
      .optional(),
  ),
  /** The sheet to read in a workbook. */
  sheet: optionalText(100),
  /** generic: dataset code, `generic:<letters, digits, dashes>`. */
  dataset: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(100)
      .regex(/^generic:[a-z0-9][a-z0-9-]*$/, { message: 'data.import.error.dataset' })
      .optional(),
  ),
  /** generic: column mapping, `field=Column` per line or separated by `;`. */
  columns: optionalText(2000),
  /** wdi: store a latest-year value that looks partial. */
  keepPartial: flag.optional(),
  /** Read and check everything; store nothing. */
  dryRun: flag.optional(),
  /** The dataset's publisher, when the file does not say it (matrices) or says it wrongly. */
  publisher: optionalText(200),
  /** Make the release current even if it is smaller, older or cut short compared with the current one. */
  replace: flag.optional(),
  /** Make the release current even though some number cells hold text (those values are not stored). */
  acceptErrors: flag.optional(),
});
export type ImportInput = z.infer<typeof importInput>;

/** The API takes the same inputs in the query string, with the file's name (its format is sniffed). */
export const importQuery = importInput.extend({
  fileName: z.preprocess(blankToUndefined, z.string().max(200).optional()),
});

export const releaseParams = z.object({ id: z.string().regex(/^[a-z0-9]{16}$/) });

/**
 * Reads `value=Valeur; country=Pays` (or one per line) into a mapping. Throws
 * `InvalidArgumentError` with a sentence saying how to fix it.
 */
export function parseColumnMapping(text: string): Partial<Record<GenericField, string>> {
  const mapping: Partial<Record<GenericField, string>> = {};
  for (const part of text.split(/[;\n]/)) {
    if (!part.trim()) continue;
    const [field = '', ...rest] = part.split('=');
    const column = rest.join('=').trim();
    const key = field.trim().toLowerCase() as GenericField;
    if (!(GENERIC_FIELDS as readonly string[]).includes(key) || !column) {
      throw new InvalidArgumentError(
        `cannot read "${part.trim()}": write field=Column Name, with a field among ${GENERIC_FIELDS.join(', ')}`,
      );
    }
    mapping[key] = column;
  }
  return mapping;
}

/** The importer options from validated input; throws when the column mapping cannot be read. */
function toImportOptions(input: ImportInput): ImportOptions {
  const options: ImportOptions = {
    release: input.release,
    indicator: input.indicator,
    rows: input.rows,
    period: input.period,
    sheet: input.sheet,
    dataset: input.dataset,
    columns: input.columns ? parseColumnMapping(input.columns) : undefined,
    keepPartial: input.keepPartial || undefined,
    publisher: input.publisher,
  };
  return JSON.parse(JSON.stringify(options)) as ImportOptions;
}

/** The importer options from validated input; a column mapping that cannot be read is a problem. */
export function readImportOptions(input: ImportInput): Result<ImportOptions> {
  try {
    return ok(toImportOptions(input));
  } catch {
    return invalid({ columns: 'data.import.error.columns' });
  }
}

/**
 * The upload form read as an import request: its input, the importer options and the file, or
 * every problem at once (the fields the schema refuses, a missing file, an unreadable mapping).
 */
export function readImportForm(
  fields: Record<string, string>,
  file: UploadedFile | null,
): Result<{ input: ImportInput; options: ImportOptions; file: UploadedFile }> {
  const parsed = importInput.safeParse(fields);
  const problems: Problems = parsed.success ? {} : problemsFromZod(parsed.error);
  if (!file || file.size === 0 || !file.fileName) problems.file = { key: 'data.import.error.file' };
  const options = parsed.success ? readImportOptions(parsed.data) : null;
  if (options && !options.ok) Object.assign(problems, problemsOf(options));
  if (!parsed.success || !options?.ok || !file || Object.keys(problems).length > 0) return invalid(problems);
  return ok({ input: parsed.data, options: options.value, file });
}
