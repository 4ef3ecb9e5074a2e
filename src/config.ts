import { z } from 'zod';

/** Every setting Corridor reads from the environment, with its default. README lists the same. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** `postgres://…` selects PostgreSQL; anything else is a SQLite file path (or `:memory:`). */
  DATABASE_URL: z.string().default('./data/corridor.db'),
  /** Public base URL, used in invitation and reset links printed by the CLI. */
  PUBLIC_URL: z.string().optional(),
  /** Set when Corridor runs behind a reverse proxy that terminates TLS (enables HSTS, secure cookies). */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Sign-in attempts allowed per IP address per minute. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Set to `false` to turn every rate limit off (load benchmarks only). */
  RATE_LIMIT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Keep pages as sent to anonymous visitors until content changes (`false` turns it off). */
  PAGE_CACHE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Megabytes of compressed pages kept for anonymous visitors, per app process. */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(32),
  /**
   * Seconds a stopping server (SIGTERM, SIGINT) gives requests in flight before it closes their
   * connections; below Docker's default 10 s grace, so the server ends by itself, not by SIGKILL.
   */
  STOP_SECONDS: z.coerce.number().min(0).max(600).default(8),
  /** Days a session lives without use before it expires. */
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
});

export type Config = Omit<z.infer<typeof envSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

/** Reads the configuration from `env`; throws a readable message naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const merged = { ...parsed.data, ...overrides };
  return { ...merged, PUBLIC_URL: merged.PUBLIC_URL ?? `http://localhost:${merged.PORT}` };
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}
