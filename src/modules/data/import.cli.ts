import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import { prepareDatabase } from '../../bootstrap.ts';
import { openDb } from '../../db/connection.ts';
import { registerMessages } from '../../i18n/catalogue.ts';
import { translator } from '../../i18n/translator.ts';
import { type ImportCliOptions as CliOptions, EXIT } from './import.command.ts';
import { importMessages } from './import.messages.ts';
import { describeFailure, reportLines } from './import.presenter.ts';
import { parseColumnMapping } from './import.schema.ts';
import { type ImportProgress, runImport } from './import.service.ts';
import type { ImportKind, ImportOptions } from './import.types.ts';
import { IMPORTERS } from './importers/index.ts';

/** Runs one import against the database at `databaseUrl`; returns the exit code. */
export async function importCommand(
  kind: ImportKind,
  file: string,
  cli: CliOptions,
  databaseUrl: string,
): Promise<number> {
  registerMessages(importMessages);
  const i18n = translator('en');
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    process.stderr.write(`corridor: no file at ${path}\n`);
    return EXIT.usage;
  }
  let columns: ImportOptions['columns'];
  try {
    columns = cli.map ? parseColumnMapping(cli.map.join('\n')) : undefined;
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    process.stderr.write(`corridor: ${error.message}\n`);
    return EXIT.usage;
  }
  const options: ImportOptions = {
    indicator: cli.indicator,
    rows: cli.rows,
    period: cli.period,
    sheet: cli.sheet,
    release: cli.release,
    dataset: cli.dataset,
    columns,
    keepPartial: cli.keepPartial,
  };
  const db = openDb(databaseUrl);
  const bar = process.stderr.isTTY ? progressBar() : null;
  try {
    await prepareDatabase(db);
    bar?.start(100, 0, { rows: '0', values: '0', skipped: '0' });
    const outcome = await runImport(db, {
      importer: IMPORTERS[kind],
      path,
      fileName: basename(path),
      options: JSON.parse(JSON.stringify(options)) as ImportOptions,
      actorId: null,
      dryRun: cli.dryRun,
      onProgress: bar ? (p) => bar.update(percent(p), payload(i18n, p)) : undefined,
    });
    bar?.stop();
    const out = outcome.status === 'failed' ? process.stderr : process.stdout;
    if (outcome.dataset) {
      out.write(
        `${i18n.t('data.import.cli.dataset', { title: outcome.dataset.title, code: outcome.dataset.code, label: outcome.label ?? '' })}\n`,
      );
    }
    for (const line of reportLines(i18n, outcome.report, outcome.status, { limit: 50 }))
      out.write(`${line}\n`);
    if (outcome.releaseId && outcome.status !== 'unchanged')
      out.write(`${i18n.t('data.import.cli.release', { id: outcome.releaseId })}\n`);
    return outcome.status === 'failed' ? EXIT.failed : EXIT.ok;
  } catch (error) {
    bar?.stop();
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${describeFailure(i18n, { code: 'unexpected', values: { message } })}\n`);
    return EXIT.failed;
  } finally {
    await db.close();
  }
}

function progressBar() {
  return new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {rows} rows | {values} values | {skipped} skipped',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
}

function percent(progress: ImportProgress): number {
  return progress.fraction === null ? 0 : Math.round(progress.fraction * 100);
}

function payload(i18n: ReturnType<typeof translator>, progress: ImportProgress) {
  return {
    rows: i18n.number(progress.rowsRead),
    values: i18n.number(progress.valuesStored),
    skipped: i18n.number(progress.skipped),
  };
}
