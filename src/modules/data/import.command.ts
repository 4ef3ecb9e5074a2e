import { type Command, Option } from 'commander';
import { cliConfig } from '../../cli/context.ts';
import type { CliKit } from '../../module-kit/cli-kit.ts';
import { EXIT, type ImportCliOptions } from './import.cli-options.ts';
import { GENERIC_FIELDS, IMPORT_KINDS, type ImportKind } from './import.types.ts';

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

const HELP_AFTER = `
A new release becomes current (what pages, PDFs and the API show) only when nothing is lost.
It is stored but not made current, with the reasons in the report, when compared with the
current release of its dataset it has under 90% of the values, lacks countries or years, or is
older (earlier data or publication date); when a CSV does not end with a line break (it may
be cut, its last value too); or when number cells hold text (those values are not stored).
  --replace        confirms the first kinds: make it current anyway
  --accept-errors  confirms text in number cells
Importing a file already stored but not current makes it current again (with the same checks).
To switch a dataset to any stored release (a held one, or an earlier one to roll back):
  corridor import make-current <release id> [--yes]

Exit codes: 0 imported and current (or already, or a clean dry run); 1 the import failed;
2 bad arguments; 3 stored, not current: confirm with --replace or make-current;
4 stored, not current: number cells hold text, confirm with --accept-errors.`;

/** `corridor import <kind> <file>`: imports a published data file, with a progress bar and a report. */
export function registerImportCommand(program: Command, kit: CliKit): void {
  const importCmd = program
    .command('import')
    .description('import a published data file into the indicator store')
    .usage('[options] <kind> <file>\n       corridor import make-current <release id> [--yes]')
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
    .option(
      '--publisher <name>',
      'who published the data, as pages and the API credit it (matrix: when the title does not say)',
    )
    .option(
      '--replace',
      'make it current even if it has fewer values, countries or years, is older, or ends mid-row',
    )
    .option('--accept-errors', 'make it current even if number cells hold text (those values are left out)')
    .option('--dry-run', 'read and check the whole file, report, store nothing')
    .addHelpText('after', HELP_AFTER + AREA_CODES_HELP)
    .exitOverride((error) => {
      if (error.exitCode === 0) process.exit(0);
      process.exit(EXIT.usage);
    })
    .action(async (kind: ImportKind, file: string, options: ImportCliOptions, command: Command) => {
      // Loaded only now: `--help` and argument mistakes answer without loading the importers.
      const { importCommand } = await import('./import.cli.ts');
      process.exitCode = await importCommand(kind, file, options, cliConfig(command).DATABASE_URL, kit);
    });
  importCmd
    .command('make-current')
    .description('make a stored release the current one of its dataset (a held import, or a rollback)')
    .argument('<release>', 'the release id, as the import printed it or the data imports page shows it')
    .option('--yes', 'do not ask (needed when there is no terminal to ask on)')
    .action(async (release: string, options: { yes?: boolean }, command: Command) => {
      const { makeCurrentCommand } = await import('./import.cli.ts');
      process.exitCode = await makeCurrentCommand(release, options, cliConfig(command).DATABASE_URL, kit);
    });
}
