// Shared by the command's declaration (import.command.ts) and its run (import.cli.ts, loaded
// lazily), so that neither imports the other back.

/**
 * Exit codes: 0 imported and current (or already current, or a clean dry run); 1 the import
 * failed; 2 bad arguments (nothing written); 3 stored but not made current, because it would
 * shrink or replace a newer release, or ends mid-row (`--replace` or make-current confirms it);
 * 4 the same, because number cells hold text (`--accept-errors`, perhaps with `--replace`).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, needsReplace: 3, rowErrors: 4 } as const;

export interface ImportCliOptions {
  indicator?: string;
  rows?: 'origin' | 'destination';
  period?: string;
  sheet?: string;
  release?: string;
  dataset?: string;
  map?: string[];
  keepPartial?: boolean;
  dryRun?: boolean;
  publisher?: string;
  replace?: boolean;
  acceptErrors?: boolean;
}
