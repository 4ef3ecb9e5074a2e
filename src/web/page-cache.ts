import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentVersion } from '../audit/audit.repository.ts';
import type { Db } from '../db/connection.ts';

/**
 * Pages as sent to anonymous visitors, kept compressed and served again until content changes.
 *
 * Most readers have no account, and every one of them sees the same page for an address and a
 * language; rendering it costs milliseconds, sending a kept copy a fraction of one. A copy is valid
 * while the content version (raised by every audited write, in the database, so that all app
 * processes agree: src/audit/audit.repository.ts) and the UTC day (pages say "overdue" and "today")
 * are those it was made with.
 *
 * Only pages that are the same for every anonymous visitor are kept: `reply.page` answers of 200,
 * without a flash message, without a form token (a form carries the visitor's own CSRF token) and
 * without a cookie set. A route opts out with `config: { pageCache: false }`.
 */
export class AnonymousPageCache {
  private readonly entries = new Map<string, { stamp: string; gzip: Buffer }>();
  private bytes = 0;

  /** `maxPageBytes`: a page bigger than this (compressed) is not kept, so it cannot push out many. */
  constructor(
    private readonly maxBytes: number,
    private readonly maxPageBytes = maxBytes / 10,
  ) {}

  get(key: string, stamp: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.stamp !== stamp) {
      this.remove(key);
      return undefined;
    }
    // Least recently used last out: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.gzip;
  }

  put(key: string, stamp: string, html: string): void {
    const gzip = gzipSync(html);
    if (gzip.length > this.maxPageBytes) return;
    this.remove(key);
    this.entries.set(key, { stamp, gzip });
    this.bytes += gzip.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.gzip.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.gzip.length;
  }
}

/** Where a page that missed the cache is to be kept once rendered. */
export interface PageCacheSlot {
  key: string;
  stamp: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    pageCacheSlot: PageCacheSlot | null;
  }
  interface FastifyContextConfig {
    /** `false`: never keep this route's pages for anonymous visitors. */
    pageCache?: boolean;
  }
}

function acceptsGzip(request: FastifyRequest): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

/**
 * The `preHandler` part: for an anonymous GET of a public page, sends the kept copy when it is
 * still valid, or marks where `reply.page` should keep the page it renders.
 */
export function pageCacheLookup(cache: AnonymousPageCache, db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.pageCacheSlot = null;
    const config = request.routeOptions.config as { policy?: string; pageCache?: boolean };
    if (request.method !== 'GET' || config.policy !== 'public' || config.pageCache === false) return;
    if (request.actor.kind !== 'anonymous' || request.flash || request.url.startsWith('/api')) return;
    const key = `${request.i18n.locale}|${request.url}`;
    const stamp = `${await contentVersion(db.kysely)}|${new Date().toISOString().slice(0, 10)}`;
    const gzip = cache.get(key, stamp);
    if (!gzip) {
      request.pageCacheSlot = { key, stamp };
      return;
    }
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('vary', 'Accept-Encoding')
      .header('x-page-cache', 'hit');
    if (acceptsGzip(request)) return reply.header('content-encoding', 'gzip').send(gzip);
    return reply.send(gunzipSync(gzip).toString('utf8'));
  };
}
