import { type Command, Option } from 'commander';
import { cliConfig } from '../../cli/context.ts';
import { GENERIC_FIELDS, IMPORT_KINDS, type ImportKind } from './import.types.ts';
/** Exit codes: 0 imported (or already imported, or a clean dry run), 1 the import failed, 2 bad arguments. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface ImportCliOptions {
  indicator?: string;
  rows?: 'origin' | 'destination';
  period?: string;
  sheet?: string;
  release?: string;
  dataset?: string;
  map?: string[];
  keepPartial?: boolean;
  dryRun?: boolean;
}

/** How areas are read, for `corridor import --help`: what is reported rather than guessed. */
const AREA_CODES_HELP = `
Countries and areas:
  Codes are read as ISO alpha-3 (DEU), UN M49 (276) or names in the publishers' spellings.
  Two-letter ISO alpha-2 codes (DE) are read only in a column whose header says so
  (iso2, alpha-2): some read two ways, and "NA" is both Namibia and "not available".
  Ambiguous codes and names are reported, never guessed, and their values not stored:
    NA in a column of names or codes   Namibia or "not available"? (alpha-3 columns: not available)
    Virgin Islands, Korea, St. Martin  name two areas each: use the code (VGB or VIR…)
  Missing markers are read per publisher before any code: UNHCR's empty, NA and UNK origins
  are "various or unknown" (AGG:UNK). Areas outside ISO 3166 (Kosovo XKX, Channel Islands CHI)
  are kept as areas of their own. The report lists every row skipped, with its line and reason.
`;

/** `corridor import <kind> <file>`: imports a published data file, with a progress bar and a report. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import a published data file into the indicator store')
    .addArgument(
      program.createArgument('<kind>', `importer: ${IMPORT_KINDS.join(', ')}`).choices([...IMPORT_KINDS]),
    )
    .argument('<file>', 'the file, as the publisher released it (.csv, .xlsx or .xls)')
    .option(
      '--indicator <code>',
      'matrix: the indicator when the title does not name it; generic: for every row',
    )
    .addOption(
      new Option('--rows <axis>', 'matrix: what the rows are when the corner cell does not say').choices([
        'origin',
        'destination',
      ]),
    )
    .option('--period <year>', 'matrix: the year when the title does not give it')
    .option('--sheet <name>', 'the sheet to read in a workbook')
    .option('--release <label>', 'the release label (default: read from the file)')
    .option('--dataset <code>', 'generic: the dataset code (default: generic:<file name>)')
    .option(
      '--map <field=column>',
      `generic: the column holding a field (${GENERIC_FIELDS.join(', ')}); repeat for several`,
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--keep-partial', 'wdi: store a latest-year value that looks partial')
    .option('--dry-run', 'read and check the whole file, report, store nothing')
    .addHelpText('after', AREA_CODES_HELP)
    .exitOverride((error) => {
      if (error.exitCode === 0) process.exit(0);
      process.exit(EXIT.usage);
    })
    .action(async (kind: ImportKind, file: string, options: ImportCliOptions, command: Command) => {
      // Loaded only now: `--help` and argument mistakes answer without loading the importers.
      const { importCommand } = await import('./import.cli.ts');
      process.exitCode = await importCommand(kind, file, options, cliConfig(command).DATABASE_URL);
    });
}
