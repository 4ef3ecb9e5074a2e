import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import { confirm } from '../../cli/io.ts';
import { openDb } from '../../db/connection.ts';
import { registerMessages } from '../../i18n/catalogue.ts';
import { translator } from '../../i18n/translator.ts';
import type { CliKit } from '../../module-kit/cli-kit.ts';
import { type ImportCliOptions as CliOptions, EXIT } from './import.cli-options.ts';
import { importMessages } from './import.messages.ts';
import { describeFailure, describeHold, holdOption, reportLines } from './import.presenter.ts';
import { findRelease } from './import.repository.ts';
import { parseColumnMapping, releaseParams } from './import.schema.ts';
import { type ImportOutcome, type ImportProgress, runImport } from './import.service.ts';
import type { ImportKind, ImportOptions } from './import.types.ts';
import { IMPORTERS } from './importers/index.ts';
import { releaseMessages } from './release.messages.ts';
import { checkMakeCurrent, makeReleaseCurrent } from './release.service.ts';

/** Runs one import against the database at `databaseUrl`; returns the exit code. */
export async function importCommand(
  kind: ImportKind,
  file: string,
  cli: CliOptions,
  databaseUrl: string,
  kit: CliKit,
): Promise<number> {
  registerMessages(importMessages);
  registerMessages(releaseMessages);
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
    publisher: cli.publisher,
  };
  const db = openDb(databaseUrl);
  const bar = process.stderr.isTTY ? progressBar() : null;
  try {
    await kit.prepareDatabase(db);
    bar?.start(100, 0, { rows: '0', values: '0', skipped: '0' });
    const outcome = await runImport(db, {
      importer: IMPORTERS[kind],
      path,
      fileName: basename(path),
      options: JSON.parse(JSON.stringify(options)) as ImportOptions,
      actorId: null,
      dryRun: cli.dryRun,
      confirm: { replace: cli.replace, acceptErrors: cli.acceptErrors },
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
    const held = outcome.report.held ?? [];
    if (outcome.releaseId && held.length > 0 && outcome.status !== 'dry-run') {
      const options = [...new Set(held.map(holdOption))].join(' ');
      out.write(`${i18n.t('data.release.cli.howToConfirm', { options, id: outcome.releaseId })}\n`);
    }
    return exitCode(outcome);
  } catch (error) {
    bar?.stop();
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${describeFailure(i18n, { code: 'unexpected', values: { message } })}\n`);
    return EXIT.failed;
  } finally {
    await db.close();
  }
}

/** 0, or 1 when the import failed, or 3 / 4 when the release was (or would be) held. */
function exitCode(outcome: ImportOutcome): number {
  if (outcome.status === 'failed') return EXIT.failed;
  const held = outcome.report.held ?? [];
  if (held.length === 0) return EXIT.ok;
  return held.some((r) => holdOption(r) === '--accept-errors') ? EXIT.rowErrors : EXIT.needsReplace;
}

/**
 * `corridor import make-current <release>`: shows what the release lacks against the current one,
 * asks (or needs `--yes`), and switches. Exit 0 when it is current, 2 for an unknown id, 1 when
 * the release cannot be made current (still running, failed) or the question was declined.
 */
export async function makeCurrentCommand(
  releaseId: string,
  options: { yes?: boolean },
  databaseUrl: string,
  kit: CliKit,
): Promise<number> {
  registerMessages(importMessages);
  registerMessages(releaseMessages);
  const i18n = translator('en');
  if (!releaseParams.safeParse({ id: releaseId }).success) {
    process.stderr.write(`corridor: "${releaseId}" is not a release id (16 letters and digits)\n`);
    return EXIT.usage;
  }
  const db = openDb(databaseUrl);
  try {
    await kit.prepareDatabase(db);
    const row = await findRelease(db.kysely, releaseId);
    const check = await checkMakeCurrent(db.kysely, releaseId);
    if (!row || !check.ok) {
      const message = !row ? `no release ${releaseId}` : i18n.t('data.release.error.notFinished');
      process.stderr.write(`corridor: ${message}\n`);
      return row ? EXIT.failed : EXIT.usage;
    }
    const what = { label: row.label, id: row.id, dataset: `${row.dataset_title} (${row.dataset_code})` };
    if (check.current?.id === row.id) {
      process.stdout.write(`${i18n.t('data.release.cli.alreadyCurrent', what)}\n`);
      return EXIT.ok;
    }
    if (check.current) {
      const current = { label: check.current.label, id: check.current.id };
      process.stdout.write(`${i18n.t('data.release.cli.replaces', current)}\n`);
    }
    if (check.reasons.length > 0) {
      process.stdout.write(`${i18n.t('data.release.confirm.lost')}\n`);
      for (const reason of check.reasons) process.stdout.write(`  ${describeHold(i18n, reason)}\n`);
    }
    try {
      await confirm(i18n.t('data.release.cli.question', what), options);
    } catch (error) {
      process.stderr.write(`corridor: ${(error as Error).message}\n`);
      return (error as { exitCode?: number }).exitCode === EXIT.usage ? EXIT.usage : EXIT.failed;
    }
    const made = await makeReleaseCurrent(db, {
      releaseId,
      actorId: null,
      confirm: { replace: true, acceptErrors: true },
    });
    if (!made.ok) {
      process.stderr.write(`corridor: ${i18n.t('data.release.error.notFinished')}\n`);
      return EXIT.failed;
    }
    process.stdout.write(`${i18n.t('data.release.cli.madeCurrent', what)}\n`);
    return EXIT.ok;
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
