import { createInterface } from 'node:readline/promises';
import cliProgress from 'cli-progress';
import { CliError, usageError } from './errors.ts';

/** Human output goes to stdout; prompts, progress and warnings go to stderr. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function warn(line: string): void {
  process.stderr.write(`corridor: warning: ${line}\n`);
}

/**
 * Asks before a destructive step. `--yes` skips the question; without a terminal to ask (CI,
 * cron) the command refuses rather than guess.
 */
export async function confirm(question: string, options: { yes?: boolean }): Promise<void> {
  if (options.yes) return;
  if (!process.stdin.isTTY) {
    throw usageError(`${question.replace(/\?$/, '')}: add --yes to confirm (no terminal to ask on)`);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`${question} [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('cancelled; nothing was changed');
  } finally {
    prompt.close();
  }
}

/** Plain aligned columns for a terminal. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface Progress {
  /** `fraction` from 0 to 1. */
  update(fraction: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr when it is a terminal; otherwise a line at each quarter, so logs of
 * scheduled backups stay short.
 */
export function progress(label: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: `${label} [{bar}] {percentage}%`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(100, 0);
    return {
      update: (fraction) => bar.update(Math.round(fraction * 100)),
      stop: () => {
        bar.update(100);
        bar.stop();
      },
    };
  }
  let lastQuarter = 0;
  return {
    update(fraction) {
      const quarter = Math.floor(fraction * 4);
      if (quarter > lastQuarter && quarter < 4) {
        lastQuarter = quarter;
        process.stderr.write(`${label}: ${quarter * 25}%\n`);
      }
    },
    stop() {
      process.stderr.write(`${label}: 100%\n`);
    },
  };
}
