import { z } from 'zod';

/** Every setting Corridor reads from the environment, with its default. README lists the same. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** `postgres://…` selects PostgreSQL; anything else is a SQLite file path (or `:memory:`). */
  DATABASE_URL: z.string().default('./data/corridor.db'),
  /** Public base URL, used in invitation and reset links printed by the CLI. */
  PUBLIC_URL: z.string().optional(),
  /**
   * Set when Corridor runs behind a reverse proxy that terminates TLS (enables HSTS, secure cookies).
   * The client address is then the last `X-Forwarded-For` entry, the one our proxy added.
   */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /**
   * With TRUST_PROXY: the addresses (or CIDR ranges) of the proxies in front of Corridor, comma
   * separated, for a chain of several. The client is the first address from the right not listed.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], 'not an IP address or CIDR range'))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Sign-in attempts allowed per IP address per minute. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins for one email address, from any address, before sign-in with it pauses. */
  SIGN_IN_ACCOUNT_LIMIT: z.coerce.number().int().min(1).default(5),
  /** The window of SIGN_IN_ACCOUNT_LIMIT, in minutes: also the longest the pause lasts. */
  SIGN_IN_ACCOUNT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Sign-up requests per client address per hour. */
  SIGN_UP_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /** Consultation comments per account per hour (every address together). */
  COMMENT_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** Consultation comments per client address per hour (every account together). */
  COMMENT_ADDRESS_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
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

const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  if (env.TRUSTED_PROXIES.length > 0 && !env.TRUST_PROXY)
    ctx.addIssue({ code: 'custom', path: ['TRUSTED_PROXIES'], message: 'set TRUST_PROXY=true as well' });
});

export type Config = Omit<z.infer<typeof envSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

/** Reads the configuration from `env`; throws a readable message naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = checkedEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const merged = { ...parsed.data, ...overrides };
  return { ...merged, PUBLIC_URL: merged.PUBLIC_URL ?? `http://localhost:${merged.PORT}` };
}

/**
 * Fastify's `trustProxy` for the configuration: the listed proxies, or exactly one hop (the peer
 * that connected is our proxy, and the last `X-Forwarded-For` entry is the one it added). Earlier
 * entries are whatever the client sent, so they never decide the address rate limits count.
 * A function rather than the hop count `1`, which this Fastify treats as trusting nobody.
 */
export function trustProxyOption(config: Pick<Config, 'TRUST_PROXY' | 'TRUSTED_PROXIES'>) {
  if (!config.TRUST_PROXY) return false;
  if (config.TRUSTED_PROXIES.length > 0) return config.TRUSTED_PROXIES;
  return (_address: string, hop: number) => hop === 0;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}
