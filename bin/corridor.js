#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx corridor` works without a build step.
//
// The launcher is what npm, systemd, Docker or a process manager sees, so it behaves like the
// command it runs: signals sent to it reach the child, and it ends the way the child ended (the
// same exit code, or the same signal). Without that, SIGTERM to `npm start` left the real server
// running as an orphan (issue 7).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from './server-flags.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// tsx is resolved from here, not from the working directory, so the command works from anywhere.
const tsx = import.meta.resolve('tsx');
const args = process.argv.slice(2);
const flags = args[0] === 'serve' ? serverNodeFlags() : [];
const child = spawn(process.execPath, [...flags, '--import', tsx, join(root, 'src/cli/main.ts'), ...args], {
  stdio: 'inherit',
});

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];
// A Ctrl-C in a terminal reaches the whole process group, so the child may get SIGINT twice: the
// server treats repeats as the same request to stop (src/server.ts), bounded by its stop timeout.
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of FORWARDED) process.on(signal, forward);

child.on('error', (error) => {
  process.stderr.write(`corridor: could not start Node.js: ${error.message}\n`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  for (const name of FORWARDED) process.removeListener(name, forward);
  if (signal) {
    // End by the same signal, so a supervisor sees what really happened (a kill, a crash).
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
