import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { App } from './app-types.ts';

/** The same threshold @fastify/compress is registered with in app.ts: smaller bodies go as they are. */
const THRESHOLD = 1024;

/**
 * The encoding to answer with: brotli, else gzip, if the client accepts it (q > 0), else none.
 * Exported for tests.
 */
export function negotiateEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  for (const encoding of ['br', 'gzip'] as const) {
    if ((weights.get(encoding) ?? weights.get('*') ?? 0) > 0) return encoding;
  }
  return undefined;
}

/**
 * @fastify/compress attaches its hooks to each route as it is declared; Fastify's not-found
 * handler is not a route, so a 404 for an unknown address would leave uncompressed. This
 * instance-level hook compresses exactly those answers (and nothing that a route already handled).
 */
export function compressNotFound(app: App): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.is404 || request.method === 'HEAD') return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.getHeader('content-encoding')) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < THRESHOLD) return payload;
    reply.header('vary', 'accept-encoding');
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    reply.header('content-encoding', encoding).removeHeader('content-length');
    return encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
      : gzipSync(body);
  });
}
