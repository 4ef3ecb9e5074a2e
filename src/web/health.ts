import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { App } from './app-types.ts';

/** How long `/readyz` waits for the database before it calls it unreachable. */
const DATABASE_CHECK_MS = 2000;

/**
 * Probes for supervisors and load balancers (docs/deploy.md): `/healthz` says the process is up
 * and answering, `/readyz` that it can also reach its database, so a balancer stops sending
 * requests to a process that cannot serve them. Neither touches sessions, the page cache or the
 * audit log, and neither is ever cached.
 */
export function registerHealthRoutes(app: App, db: Db): void {
  app.get('/healthz', { config: { policy: 'public' } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { ok: true };
  });

  app.get('/readyz', { config: { policy: 'public' } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const started = performance.now();
    try {
      await withTimeout(sql`select 1`.execute(db.kysely), DATABASE_CHECK_MS);
      return { ok: true, database: 'reachable', ms: Math.round(performance.now() - started) };
    } catch (error) {
      reply.log.error({ err: error }, 'readiness check: the database did not answer');
      return reply
        .code(503)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: `The database did not answer within ${DATABASE_CHECK_MS} ms.`,
          ok: false,
          database: 'unreachable',
        });
    }
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
