import { buildApp } from './app.ts';
import { firstStart, prepareDatabase } from './bootstrap.ts';
import type { Config } from './config.ts';
import { openDb } from './db/connection.ts';

/** Starts Corridor: migrate, first-start setup, listen. Stops cleanly on SIGINT/SIGTERM. */
export async function startServer(config: Config): Promise<void> {
  const db = openDb(config.DATABASE_URL);
  await prepareDatabase(db);
  const created = await firstStart(db, { demo: true });
  const app = await buildApp({ db, config, logger: { level: config.LOG_LEVEL } });
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = config.PUBLIC_URL;
  if (created) {
    process.stdout.write(
      `\nCorridor is ready at ${url}\n\nA first administrator account was created. This password is shown only once:\n  email:    ${created.email}\n  password: ${created.password}\n\n`,
    );
  } else {
    process.stdout.write(`\nCorridor is running at ${url}\n\n`);
  }
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
