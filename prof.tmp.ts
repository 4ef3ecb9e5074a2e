import { buildApp } from './src/app.ts';
import { loadConfig } from './src/config.ts';
import { openDb } from './src/db/connection.ts';
const config = loadConfig({ DATABASE_URL: '/tmp/dv/plans.db', LOG_LEVEL: 'silent', RATE_LIMIT: 'false' });
const db = openDb(config.DATABASE_URL);
const app = await buildApp({ db, config });
await app.ready();
const urls = ['/healthz', '/countries/BGD', '/countries/BGD/profile', '/api/v1/series?country=BGD', '/api/v1/bilateral?origin=BGD&destination=IND', '/corridors/ranking', '/data/map?indicator=ims.stock.destination'];
for (const url of urls) await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
for (const url of urls) {
  const n = 40;
  const t0 = performance.now();
  let size = 0;
  for (let i = 0; i < n; i++) size = (await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })).rawPayload.length;
  console.log(((performance.now() - t0) / n).toFixed(2), 'ms', size, 'bytes gz', url);
}
await app.close();
