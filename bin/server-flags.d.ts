/** Node flags for `corridor serve`; see server-flags.js. */
export function serverNodeFlags(env?: Record<string, string | undefined>): string[];
