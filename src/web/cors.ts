import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';

/**
 * Cross-origin reads of the open API (issue 8, item 10): a dashboard on another site may read
 * every public `GET /api/v1/…` answer, without credentials (a wildcard origin never carries
 * cookies, so a visitor's session cannot be used by another site). Everything else, pages, writes
 * and reads that need an account, gets no CORS headers at all, so browsers keep it same-origin.
 */
export function corsFor(
  request: FastifyRequest,
  callback: (error: Error | null, options?: FastifyCorsOptions) => void,
) {
  const method =
    request.method === 'OPTIONS' ? request.headers['access-control-request-method'] : request.method;
  const publicRead =
    request.url.startsWith('/api/v1/') &&
    (method === 'GET' || method === 'HEAD') &&
    (request.method === 'OPTIONS' || request.routeOptions.config?.policy === 'public');
  if (!publicRead) return callback(null, { origin: false });
  callback(null, {
    origin: '*',
    methods: ['GET', 'HEAD'],
    credentials: false,
    exposedHeaders: ['Link', 'ETag', 'Content-Disposition'],
    maxAge: 86_400,
  });
}
