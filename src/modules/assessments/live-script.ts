import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { App } from '../../web/app-types.ts';

/**
 * Serves the scoring page's small script under a content-hashed name, like the site's own assets
 * (CSP allows scripts from this origin only, never inline).
 */
export function registerLiveScript(app: App): string {
  const body = readFileSync(new URL('./assets/live.js', import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const path = `/assets/assessments-live.${hash}.js`;
  app.get(path, { config: { policy: 'public' } }, (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type('text/javascript; charset=utf-8')
      .send(body),
  );
  return path;
}
