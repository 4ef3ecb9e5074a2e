import { describeError } from './errors.ts';
import { buildProgram } from './program.ts';

// One line and an exit code for every failure: mistakes carry their own code (2 for bad input),
// anything else exits 1. Stack traces are for bugs, not for people typing commands.
buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`corridor: ${describeError(error)}\n`);
    const code = (error as { exitCode?: unknown }).exitCode;
    process.exit(typeof code === 'number' && code > 0 ? code : 1);
  });
