import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test files cut from the real UNHCR extract in ../shared/data, as `head -c` would cut them.
 * `good` is its last 500 KB from a line boundary, with the header: a complete, smaller release
 * (about 25,000 rows) that still holds VEN→PER 2020 (482,571 asylum seekers) and SYR→TUR 2020
 * (3,576,370 refugees), quick enough to import on both databases.
 */
export const DATA = join(process.cwd(), '../shared/data');
export const UNHCR_FILE = join(DATA, 'unhcr/unhcr_2020.csv');

export function unhcrCuts() {
  const full = readFileSync(UNHCR_FILE);
  const header = full.subarray(0, full.indexOf('\n') + 1);
  const start = full.indexOf('\n', full.length - 500_000) + 1;
  const good = Buffer.concat([header, full.subarray(start)]);
  if (!good.toString('utf8').endsWith('1999,,,0,1027400\n')) throw new Error('unexpected UNHCR file');
  return {
    good,
    /**
     * `head -c` inside the last field of the last row: `1999,,,0,1027400` (asylum seekers of
     * unknown origin in unknown countries) becomes `1999,,,0,1`, with no line break.
     */
    cutInField: good.subarray(0, good.length - '027400\n'.length),
    /** `head -c 40000`: cut inside a row, which then has fewer fields than the header. */
    head40k: good.subarray(0, 40_000),
    /** `head -c` about 40,000 bytes in, inside the last field of a row (every field there). */
    headInField: good.subarray(0, good.indexOf('\n', 40_000) - 1),
    /** The header and two rows, ending with a line break. */
    twoRows: Buffer.from(`${good.toString('utf8').split('\n').slice(0, 3).join('\n')}\n`),
    /** SYR→TUR 2020 refugees written `3576370x`. */
    textInNumber: Buffer.from(
      good.toString('utf8').replace('2020,SYR,TUR,3576370,0', '2020,SYR,TUR,3576370x,0'),
    ),
  };
}

/** A temporary folder for files written by a test. */
export function scratch(): { write(name: string, content: Buffer | string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-releases-'));
  return {
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
