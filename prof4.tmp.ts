import { buildApp } from './src/app.ts';
import { loadConfig } from './src/config.ts';
import { openDb } from './src/db/connection.ts';
const config = loadConfig({ DATABASE_URL: '/tmp/dv/plans.db', LOG_LEVEL: 'silent', RATE_LIMIT: 'false' });
const db = openDb(config.DATABASE_URL);
const app = await buildApp({ db, config });
await app.ready();
for (const [url, enc] of [['/healthz', 'gzip'], ['/countries/BGD/profile', 'gzip'], ['/countries/BGD/profile', 'identity'], ['/api/v1/series?country=BGD', 'gzip'], ['/api/v1/series?country=BGD', 'identity'], ['/countries/BGD', 'identity']]) {
  await app.inject({ url, headers: { 'accept-encoding': enc } });
  const n = 60;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await app.inject({ url, headers: { 'accept-encoding': enc } });
  console.log(((performance.now() - t0) / n).toFixed(2), 'ms', enc, url);
}
await app.close();
