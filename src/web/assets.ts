import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { App } from './app-types.ts';

/**
 * The stylesheet and script, served under content-hashed names with a one-year immutable cache.
 * Two files do not justify a build step or @fastify/static: they are read once and kept in memory.
 * The stylesheet is the kernel's app.css followed by each module's own, in module order: one
 * request, and one hash that changes when any of them does.
 */
interface Asset {
  path: string;
  body: Buffer;
  gzip: Buffer;
  type: string;
}

function load(file: string, ext: string, type: string, extra: readonly URL[] = []): Asset {
  const body = Buffer.concat(
    [new URL(`./assets/${file}`, import.meta.url), ...extra].map((url) => readFileSync(url)),
  );
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    path: `/assets/${file.replace(`.${ext}`, '')}.${hash}.${ext}`,
    body,
    gzip: gzipSync(body, { level: 9 }),
    type,
  };
}

export interface Assets {
  css: string;
  js: string;
}

/** `stylesheets`: the modules' own CSS files, appended to app.css in this order. */
export function registerAssets(app: App, stylesheets: readonly URL[] = []): Assets {
  const css = load('app.css', 'css', 'text/css; charset=utf-8', stylesheets);
  const js = load('app.js', 'js', 'text/javascript; charset=utf-8');
  for (const asset of [css, js]) {
    app.get(asset.path, { config: { policy: 'public' } }, (request, reply) => {
      reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.type);
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        reply.header('content-encoding', 'gzip').header('vary', 'accept-encoding');
        return reply.send(asset.gzip);
      }
      return reply.send(asset.body);
    });
  }
  return { css: css.path, js: js.path };
}
