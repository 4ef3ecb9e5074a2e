import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedDb, runCli, tempDir, withDb } from '../../../test/support/cli.ts';
import { UNHCR_FILE } from '../../../test/support/unhcr-cuts.ts';

/**
 * The issue's own steps, through `corridor` as an operator runs it, on the whole UNHCR file:
 * `head -c` cuts it, the cut is imported, the good file is imported again.
 */
describe('corridor import: releases that need confirmation, and make-current', () => {
  const dir = tempDir();
  const database = dir.path('corridor.db');
  const env = { DATABASE_URL: database };
  const full = readFileSync(UNHCR_FILE);
  const write = (name: string, content: Buffer) => {
    const path = dir.path(name);
    writeFileSync(path, content);
    return path;
  };

  async function asylumVenPer() {
    return withDb(database, async (db) => {
      const row = await db.kysely
        .selectFrom('observations')
        .innerJoin('releases', 'releases.id', 'observations.release_id')
        .select('observations.value')
        .where('releases.is_current', '=', 1)
        .where('observations.indicator_code', '=', 'unhcr.asylum')
        .where('observations.area', '=', 'VEN')
        .where('observations.counterpart', '=', 'PER')
        .where('observations.period', '=', '2020')
        .executeTakeFirst();
      return row?.value;
    });
  }

  const releaseId = (stdout: string) => /^Release ([a-z0-9]{16})$/m.exec(stdout)?.[1] ?? '';

  beforeAll(() => migratedDb(database), 60_000);
  afterAll(() => dir.remove());

  it('explains --replace, --accept-errors, make-current and the exit codes in --help', () => {
    const help = runCli(['import', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--replace');
    expect(help.stdout).toContain('--accept-errors');
    expect(help.stdout).toContain('--publisher <name>');
    expect(help.stdout).toContain('corridor import make-current <release id> [--yes]');
    expect(help.stdout).toContain('3 stored, not current: confirm with --replace or make-current');
    expect(help.stdout).toContain('4 stored, not current: number cells hold text');
    const sub = runCli(['import', 'make-current', '--help']);
    expect(sub.status).toBe(0);
    expect(sub.stdout).toContain('make a stored release the current one of its dataset');
  });

  it('keeps a cut file from replacing the dataset, and offers the way back', async () => {
    const good = runCli(['import', 'unhcr', UNHCR_FILE], env);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Values stored: 187,860.');
    const goodId = releaseId(good.stdout);

    // Cut inside the last field of VEN→PER 2020: "…,1230,4" instead of "…,1230,482571".
    const at = full.indexOf('2020,VEN,PER,1230,482571\n') + '2020,VEN,PER,1230,4'.length;
    const cut = runCli(['import', 'unhcr', write('cut.csv', full.subarray(0, at))], env);
    expect(cut.status).toBe(3);
    expect(cut.stdout).toContain('Not made current, because:');
    expect(cut.stdout).toContain(
      'The file does not end with a line break: it may have been cut short, and its last line (67972) may hold a cut value. (--replace)',
    );
    expect(cut.stdout).toMatch(
      /It has 135,\d{3} values: 7\d% of the 187,860 in the current release\. \(--replace\)/,
    );
    expect(cut.stdout).toContain('Stored, but not made current');
    const cutId = releaseId(cut.stdout);
    expect(cut.stdout).toContain(`run: corridor import make-current ${cutId}`);
    expect(await asylumVenPer()).toBe(482_571);
    {
      // The good file again: already current, nothing changed.
      const again = runCli(['import', 'unhcr', UNHCR_FILE], env);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('Nothing changed');

      // make-current asks; with no terminal it needs --yes.
      const asked = runCli(['import', 'make-current', cutId], env);
      expect(asked.status).toBe(2);
      expect(asked.stdout).toContain('It replaces release unhcr_2020');
      expect(asked.stderr).toContain('add --yes to confirm');
      const made = runCli(['import', 'make-current', cutId, '--yes'], env);
      expect(made.status).toBe(0);
      expect(made.stdout).toContain(`Release cut (${cutId}) is now the current release`);
      expect(await asylumVenPer()).toBe(4);

      // The good file again is no longer "Nothing changed": it is made current again.
      const back = runCli(['import', 'unhcr', UNHCR_FILE], env);
      expect(back.status).toBe(0);
      expect(back.stdout).toContain(
        'This file was already stored (release unhcr_2020): it is the current release again.',
      );
      expect(await asylumVenPer()).toBe(482_571);
      expect(releaseId(back.stdout)).toBe(goodId);

      const unknown = runCli(['import', 'make-current', 'zzzzzzzzzzzzzzzz', '--yes'], env);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('no release zzzzzzzzzzzzzzzz');
    }
  }, 180_000);

  it('replaces the dataset with a two-row file only with --replace', async () => {
    const rows = Buffer.from(`${full.toString('utf8').split('\n').slice(0, 3).join('\n')}\n`);
    const path = write('two.csv', rows);
    const held = runCli(['import', 'unhcr', path], env);
    expect(held.status).toBe(3);
    expect(held.stdout).toContain('4 values: 0% of the 187,860 in the current release');
    const replaced = runCli(['import', 'unhcr', path, '--replace'], env);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('Made current although (confirmed):');
    expect(replaced.stdout).toContain(
      'This file was already stored (release two): it is the current release again.',
    );
    expect(await asylumVenPer()).toBeUndefined();
  }, 120_000);

  it('exits 4 on text in a number cell, and imports with --accept-errors', () => {
    const text = full.toString('utf8').replace('2020,SYR,TUR,3576370,0', '2020,SYR,TUR,3576370x,0');
    const path = write('text.csv', Buffer.from(text));
    const held = runCli(['import', 'unhcr', path], env);
    expect(held.status).toBe(4);
    expect(held.stdout).toContain('text.csv:86133: “3576370x” is not a number.');
    expect(held.stdout).toContain(
      '1 number cell holds text: that value was not stored (see the skipped rows). (--accept-errors)',
    );
    const accepted = runCli(['import', 'unhcr', path, '--accept-errors'], env);
    expect(accepted.status).toBe(0);
  }, 120_000);
});
