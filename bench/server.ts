import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/connection.ts';

/**
 * The server under test, in its own process so autocannon does not share its CPU. For each page
 * it adds a baseline route returning a prebuilt copy of that page: same bytes and content type
 * (so the same compression), no work.
 */
const pages = JSON.parse(process.env.BENCH_PAGES ?? '[]') as { name: string; path: string }[];
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT: 'false' });
const db = openDb(config.DATABASE_URL);
const app = await buildApp({ db, config, logger: { level: 'warn' } });
const prebuilt = new Map<string, { type: string; body: Buffer }>();
app.get('/__baseline/:name', { config: { policy: 'public' } }, async (request, reply) => {
  const page = prebuilt.get((request.params as { name: string }).name);
  return reply
    .type(page?.type ?? 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(page?.body ?? '');
});
await app.ready();
for (const page of pages) {
  const response = await app.inject({ url: page.path });
  if (response.statusCode !== 200) throw new Error(`${page.path} answered ${response.statusCode}`);
  prebuilt.set(page.name, {
    type: String(response.headers['content-type'] ?? 'text/html; charset=utf-8'),
    body: response.rawPayload,
  });
}
await app.listen({ port: config.PORT, host: '127.0.0.1' });
process.stdout.write('READY\n');
process.on('message', (message) => {
  if (message === 'rss') process.send?.({ rss: process.memoryUsage().rss });
});
