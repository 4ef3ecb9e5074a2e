import { buildApp } from './app.ts';
import { firstStart, prepareDatabase } from './bootstrap.ts';
import type { Config } from './config.ts';
import { openDb } from './db/connection.ts';

/** Seconds past `STOP_SECONDS` after which a stop that still hangs (a stuck database) exits anyway. */
const LAST_RESORT_SECONDS = 5;

/** Starts Corridor: migrate, first-start setup, listen. Stops gracefully on SIGTERM, SIGINT, SIGHUP. */
export async function startServer(config: Config): Promise<void> {
  const db = openDb(config.DATABASE_URL);
  await prepareDatabase(db);
  const created = await firstStart(db, { demo: true });
  // Logs go to process.stdout rather than pino's own file writer: that writer retries a failed
  // write forever when it flushes at exit, so a server whose log reader had gone (a closed pipe)
  // spun on EPIPE and never stopped. A lost log reader is not a reason to stop serving either.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const app = await buildApp({ db, config, logger: { level: config.LOG_LEVEL, stream: process.stdout } });
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = config.PUBLIC_URL;
  if (created) {
    process.stdout.write(
      `\nCorridor is ready at ${url}\n\nA first administrator account was created. This password is shown only once:\n  email:    ${created.email}\n  password: ${created.password}\n\n`,
    );
  } else {
    process.stdout.write(`\nCorridor is running at ${url}\n\n`);
  }

  // Graceful stop: stop accepting (new requests on open connections get 503), let requests in
  // flight finish for up to STOP_SECONDS, then close what is left, close the database, exit 0.
  // A second signal (Ctrl-C reaches both the launcher and the server) is the same request.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: no new connections, finishing requests in flight');
    const graceMs = config.STOP_SECONDS * 1000;
    const cutOff = setTimeout(() => {
      app.log.warn(`requests still running after ${config.STOP_SECONDS} s: closing their connections`);
      app.server.closeAllConnections();
    }, graceMs);
    const lastResort = setTimeout(
      () => {
        app.log.error('the server did not stop in time: exiting without closing the database');
        process.exit(1);
      },
      graceMs + LAST_RESORT_SECONDS * 1000,
    );
    cutOff.unref();
    lastResort.unref();
    try {
      await app.close();
      clearTimeout(cutOff);
      await db.close();
      app.log.info('stopped');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
}
