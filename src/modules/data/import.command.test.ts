import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareDatabase } from '../../bootstrap.ts';
import { importCommand } from './import.cli.ts';
import { EXIT } from './import.cli-options.ts';
import { registerImportCommand } from './import.command.ts';

/** What the program hands the import commands. */
const kit = { prepareDatabase };

const DATA = join(process.cwd(), '../shared/data');

/** Runs `fn` capturing what it writes to stdout and stderr. */
async function capture<T>(fn: () => Promise<T>): Promise<{ result: T; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { result: await fn(), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('corridor import (CLI)', () => {
  let dir: string;
  let database: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corridor-cli-'));
    database = join(dir, 'corridor.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('imports a file, prints the report, and exits 0; a second run changes nothing', async () => {
    const file = join(DATA, 'knomad/remittance-outflows.xlsx');
    const first = await capture(() => importCommand('knomad', file, {}, database, kit));
    expect(first.result).toBe(EXIT.ok);
    expect(first.out).toContain('KNOMAD annual remittance outflows (knomad-outflows), release June 2023');
    expect(first.out).toMatch(/Values stored: 4,525\./);
    expect(first.out).toContain(
      'remittance-outflows.xlsx:223 (Outward remittance flows!A223): Note, not data: “Date: June 2023”.',
    );
    expect(first.out).toContain('Imported: this release is now the current one.');
    const again = await capture(() => importCommand('knomad', file, {}, database, kit));
    expect(again.result).toBe(EXIT.ok);
    expect(again.out).toContain('This file was already imported (release June 2023). Nothing changed.');
  });

  it('exits 1 with the reason and its line when the import fails', async () => {
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(
      latin1,
      Buffer.from('indicator,country,period,value\nknomad.inflows,Côte d’Ivoire,2020,1\n', 'latin1'),
    );
    const failed = await capture(() => importCommand('generic', latin1, {}, database, kit));
    expect(failed.result).toBe(EXIT.failed);
    expect(failed.err).toContain('latin1.csv:2: Line 2 is not UTF-8 text (byte 0xF4)');
    expect(failed.err).toContain('Import failed: nothing was kept and the current release is unchanged.');
  });

  it('checks a file without storing it (--dry-run)', async () => {
    const dry = await capture(() =>
      importCommand(
        'matrix',
        join(DATA, 'knomad/WB_Bilateral_Remittance_Estimates_2017.xlsx'),
        {
          dryRun: true,
        },
        database,
        kit,
      ),
    );
    expect(dry.result).toBe(EXIT.ok);
    expect(dry.out).toContain('Dry run: nothing was stored.');
    expect(dry.out).toContain('Values stored: 46,221.');
  });

  it('exits 2 on bad arguments: unknown kind, bad --rows, missing file, bad mapping', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      for (const args of [
        ['import', 'nope', 'x.csv'],
        ['import', 'matrix', 'x.xlsx', '--rows', 'sideways'],
        ['import', 'rpw'],
      ]) {
        const program = new Command().exitOverride();
        registerImportCommand(program, kit);
        const run = await capture(() =>
          program.parseAsync(['node', 'corridor', ...args]).catch((e: Error) => e),
        );
        expect(String(run.result), args.join(' ')).toBe('Error: exit 2');
      }
    } finally {
      exit.mockRestore();
    }
    const missing = await capture(() => importCommand('rpw', join(dir, 'nothing.csv'), {}, database, kit));
    expect(missing.result).toBe(EXIT.usage);
    expect(missing.err).toContain('no file at');
    const mapping = await capture(() =>
      importCommand(
        'generic',
        join(DATA, 'unhcr/unhcr_2020.csv'),
        { map: ['colour=Couleur'] },
        database,
        kit,
      ),
    );
    expect(mapping.result).toBe(EXIT.usage);
    expect(mapping.err).toContain('cannot read "colour=Couleur"');
  });
});
