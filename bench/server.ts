import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/connection.ts';
import { negotiateEncoding } from '../src/web/compress-not-found.ts';

/**
 * The server under test, in its own process so autocannon does not share its CPU. For each page
 * it adds a ceiling route returning a copy of that page made at start (with the page's headers, so
 * a signed-in page is copied as its user sees it), compressed once then: the same bytes and
 * content type, with no work per request, neither rendering nor compressing. It is the fastest
 * answer the server can give for those bytes, so a page's requests/s over its ceiling's says what
 * the page costs, however busy the machine is.
 */
const pages = JSON.parse(process.env.BENCH_PAGES ?? '[]') as {
  name: string;
  path: string;
  headers?: Record<string, string>;
}[];
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT: 'false' });
const db = openDb(config.DATABASE_URL);
const app = await buildApp({ db, config, logger: { level: 'warn' } });
const copies = new Map<
  string,
  { type: string; disposition?: string; body: Buffer; gzip: Buffer; br: Buffer }
>();
app.get(
  '/__ceiling/:name',
  // No anonymous page cache: its lookup reads the content version, which is work.
  { config: { policy: 'public', pageCache: false } },
  async (request, reply) => {
    const copy = copies.get((request.params as { name: string }).name);
    if (!copy) return reply.code(404).send();
    reply.type(copy.type).header('cache-control', 'no-store').header('vary', 'Accept-Encoding');
    if (copy.disposition) reply.header('content-disposition', copy.disposition);
    // Already compressed: @fastify/compress leaves an answer with a content-encoding alone.
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (encoding) return reply.header('content-encoding', encoding).send(copy[encoding]);
    return reply.send(copy.body);
  },
);
await app.ready();
for (const page of pages) {
  const response = await app.inject({
    url: page.path,
    headers: { ...page.headers, 'accept-encoding': 'identity' },
  });
  if (response.statusCode !== 200) throw new Error(`${page.path} answered ${response.statusCode}`);
  const body = response.rawPayload;
  const disposition = response.headers['content-disposition'];
  copies.set(page.name, {
    type: String(response.headers['content-type'] ?? 'text/html; charset=utf-8'),
    disposition: disposition === undefined ? undefined : String(disposition),
    body,
    gzip: gzipSync(body),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  });
}
await app.listen({ port: config.PORT, host: '127.0.0.1' });
process.stdout.write('READY\n');
process.on('message', (message) => {
  if (message === 'rss') process.send?.({ rss: process.memoryUsage().rss });
  // Exits cleanly (a signal would not), so that `--cpu-prof` writes its profile.
  if (message === 'exit') process.exit(0);
});
