import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** Prints the ten slowest test files after a run, with their project, so slow growth is seen early. */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => ({
        file: relative(process.cwd(), module.moduleId),
        project: module.project.name,
        ms: module.diagnostic().duration,
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    if (timed.length === 0) return;
    const lines = timed.map(
      ({ file, project, ms }) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${project.padEnd(5)}  ${file}`,
    );
    process.stdout.write(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}
