import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The import rules of .dependency-cruiser.cjs (front doors, kernels apart from modules, no cycles)
// and the checked-in graph of docs/dependency-graph.md, checked in one run of the script.
let run: { status: number | null; stdout: string; stderr: string };
beforeAll(() => {
  run = spawnSync(process.execPath, ['scripts/dependencies.mjs'], { cwd: ROOT, encoding: 'utf8' });
}, 600_000);

it('modules meet only through their index.ts; kernels import no module; no import cycles', () => {
  expect(run.stderr).toBe('');
  const summary = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
  expect(summary.violations, run.stdout).toBe(0);
  expect(summary.modules).toBeGreaterThan(300);
});

it('docs/dependency-graph.md is current (npm run deps:graph writes it)', () => {
  expect(run.stdout).not.toContain('is stale');
  expect(run.status, run.stdout).toBe(0);
});
