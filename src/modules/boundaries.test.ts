import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Modules meet only through their index.ts (STYLE.md): the shared checker counts the imports that
// reach into another module's files. Until dependency-cruiser enforces it (issue 8), this keeps it at 0.
it('no module imports another module’s files, only its index.ts', () => {
  const run = spawnSync(process.execPath, ['../shared/tools/boundaries.mjs', '.', '--list'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(JSON.parse(lines.at(-1) ?? '{}'), lines.slice(0, -1).join('\n')).toMatchObject({ deepImports: 0 });
});
