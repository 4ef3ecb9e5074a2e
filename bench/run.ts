import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataSection } from './data.ts';
import { documentsSection } from './documents.ts';
import { foundationSection } from './foundation.ts';
import { learningSection } from './learning.ts';
import { practicesSection } from './practices.ts';
import { processesSection } from './processes.ts';
import {
  type BenchSettings,
  type PageFigures,
  type SectionResult,
  type TargetRow,
  verdict,
} from './support.ts';

/**
 * `npm run bench`: the benchmarks of issues 2, 3 and 4, each section on its own SQLite database
 * with the server in a child process driven by autocannon (50 connections):
 *
 * - `foundation` (issue 2): 100,000 users, 20,000 organisations; home, country and organisation pages.
 * - `processes` (issue 3): 2,000 full processes; workspace, assessment result, cross-country
 *   lessons, PDF report.
 * - `practices` (issue 9): 100,000 practices with themes, places and reviews; catalogue and page.
 * - `data` (issue 4): a synthetic 5-million-value bilateral import against a plain INSERT loop,
 *   at 1 and 5 million values for memory, every published file, profile and series API.
 * - `documents` (issue 9): 10 MB documents uploaded and downloaded through the API, memory flat.
 * - `learning` (issue 9): 2,000 courses, 50,000 learners; a course page for a signed-in learner.
 *
 * Settings (environment, or `--only=…` / `--scale=…` / `--seconds=…` on the command line):
 * `BENCH_ONLY=foundation,processes,data` picks sections; `BENCH_SCALE=0.02` shrinks every total
 * (for checking the bench itself: the targets hold at 1); `BENCH_SECONDS` per page (default 5);
 * `BENCH_DIR` keeps the databases there instead of a temporary directory.
 * Every driven page is measured right after its ceiling, the same bytes sent precompressed with
 * no work (support.ts), and has two targets: a p99 in ms, which a busy machine can miss, and a
 * share of the ceiling's requests/s, which only the page's own cost can miss (README, "Benchmark").
 * Prints every figure with its target and pass or fail, and writes bench/results.json.
 */
const SECTIONS = {
  foundation: foundationSection,
  processes: processesSection,
  data: dataSection,
  documents: documentsSection,
  learning: learningSection,
  practices: practicesSection,
} as const;
type SectionName = keyof typeof SECTIONS;

function option(name: string): string | undefined {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : process.env[`BENCH_${name.toUpperCase()}`];
}

const only = option('only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only?.filter((s) => !(s in SECTIONS)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown section ${unknown.join(', ')}; choose among ${Object.keys(SECTIONS).join(', ')}\n`,
  );
  process.exit(2);
}
const chosen = (Object.keys(SECTIONS) as SectionName[]).filter((s) => !only || only.includes(s));
const scale = Number(option('scale') ?? 1);
const seconds = Number(option('seconds') ?? 5);
if (!(scale > 0) || !(seconds > 0)) {
  process.stderr.write('BENCH_SCALE and BENCH_SECONDS must be positive numbers\n');
  process.exit(2);
}
const keep = option('dir');
const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'corridor-bench-'));
mkdirSync(dir, { recursive: true });

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const settings: BenchSettings = {
  scale,
  seconds,
  connections: 50,
  dir,
  log: (line) => process.stdout.write(`${line}\n`),
};

if (scale !== 1)
  process.stdout.write(
    `BENCH_SCALE=${scale}: smaller data than the issues ask; the targets are for scale 1.\n`,
  );
const results: SectionResult[] = [];
try {
  for (const name of chosen) {
    process.stdout.write(`\n== ${name} (${elapsed()})\n`);
    try {
      results.push(await SECTIONS[name](settings));
    } catch (error) {
      // One section failing (a page answering 500, a refused fill) still leaves the others' figures.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.stack : message}\n`);
      results.push({
        name,
        details: { error: message },
        targets: [
          { section: name, measure: 'the section ran', figure: message, target: 'no error', pass: false },
        ],
      });
    }
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

for (const section of results) {
  const pages = section.details.pages as PageFigures[] | undefined;
  if (!pages) continue;
  process.stdout.write(
    `\n${section.name}: pages beside their ceilings (50 connections, ${seconds} s each; ratio = req/s ÷ ceiling req/s)\n`,
  );
  console.table(
    pages.map((p) => ({
      page: `${p.path.length > 50 ? `${p.path.slice(0, 47)}…` : p.path}${p.signedIn ? ' (signed in)' : ''}`,
      'req/s': p.reqPerSec,
      'p50 ms': p.p50Ms,
      'p99 ms': p.p99Ms,
      'ceiling req/s': p.ceilingReqPerSec,
      'ceiling p99': p.ceilingP99Ms,
      'p99 target': `< ${p.p99Target}${p.p99Met ? ' ✓' : ' ✗'}`,
      ratio: p.ratio,
      'ratio target': `≥ ${p.ratioTarget}${p.ratioMet ? ' ✓' : ' ✗'}`,
      verdict: verdict(p),
      errors: p.errors,
    })),
  );
}

const targets: TargetRow[] = results.flatMap((r) => r.targets);
process.stdout.write('\nTargets\n');
console.table(
  targets.map((t) => ({
    section: t.section,
    measure: t.measure,
    figure: t.figure,
    target: t.target,
    result: t.pass === null ? '' : t.pass ? 'pass' : 'FAIL',
  })),
);
const scored = targets.filter((t) => t.pass !== null);
const pass = scored.every((t) => t.pass);
const output = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  settings: { sections: chosen, scale, durationSeconds: seconds, connections: 50, database: 'sqlite' },
  totalSeconds: Math.round((Date.now() - started) / 1000),
  sections: Object.fromEntries(results.map((r) => [r.name, r.details])),
  targets,
  pass,
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(output, null, 2)}\n`);
process.stdout.write(
  `\n${scored.filter((t) => t.pass).length} of ${scored.length} targets met in ${elapsed()}` +
    `${scale !== 1 ? ` (scale ${scale}: not the issues' sizes)` : ''}. Written to bench/results.json.\n`,
);
