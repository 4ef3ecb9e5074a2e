import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The default report, then the ten slowest files, so CI shows where its time goes.
    reporters: ['default', './test/support/slowest-files.reporter.ts'],
    // Browser journeys start a server each; run files two at a time on 2 cores.
    maxWorkers: 2,
    // `vitest run` runs both; `--project unit` or `--project e2e` picks one (docs/testing.md).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One migrated database per dialect per run, copied by every test file
          // (test/support/databases.ts). Only here: browser journeys start their own servers.
          globalSetup: ['./test/support/global-setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // One Chromium for the run, which every journey connects to (test/e2e/support/journey.ts).
          globalSetup: ['./test/e2e/support/chromium-server.ts'],
          include: ['test/e2e/**/*.test.ts'],
          // A journey walks several pages and runs axe on each: give it room on a busy machine.
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
