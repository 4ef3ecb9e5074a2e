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
