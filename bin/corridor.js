#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx corridor` works without a build step.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from './server-flags.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// tsx is resolved from here, not from the working directory, so the command works from anywhere.
const tsx = import.meta.resolve('tsx');
const args = process.argv.slice(2);
const flags = args[0] === 'serve' ? serverNodeFlags() : [];
const result = spawnSync(
  process.execPath,
  [...flags, '--import', tsx, join(root, 'src/cli/main.ts'), ...args],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
