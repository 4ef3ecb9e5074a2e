import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createElement } from 'hono/jsx';
import { ANONYMOUS } from './auth/actor.ts';
import { CSRF_COOKIE, cookieAttributes, LOCALE_COOKIE, SESSION_COOKIE } from './auth/cookies.ts';
import { enforceRoutePolicy, isApiRequest, type RoutePolicy, tokenExpired } from './auth/route-policy.ts';
import { findSessionUser, findTokenUser } from './auth/session.repository.ts';
import { cookieSecret } from './auth/settings.ts';
import { type Config, trustProxyOption } from './config.ts';
import type { Db } from './db/connection.ts';
import { registerDocumentRoutes } from './documents/index.ts';
import { registerMessages } from './i18n/catalogue.ts';
import { isLocale, negotiateLocale } from './i18n/locales.ts';
import { translator } from './i18n/translator.ts';
import type { ModuleManifest } from './module-kit/manifest.ts';
import { modules as registry } from './modules/index.ts';
import { apiCacheControl } from './web/api-cache-control.ts';
import type { App } from './web/app-types.ts';
import { registerAssets } from './web/assets.ts';
import { compressNotFound } from './web/compress-not-found.ts';
import { corsFor } from './web/cors.ts';
import { errorHandler, notFoundHandler } from './web/error-handler.ts';
import { setFlash, takeFlash } from './web/flash.ts';
import { registerHealthRoutes } from './web/health.ts';
import { KERNEL_MESSAGES } from './web/kernel-messages.ts';
import {
  operationIdFor,
  problemSchema,
  securityFor,
  tagFor,
  withProblemResponses,
} from './web/openapi-contract.ts';
import { AnonymousPageCache, pageCacheLookup } from './web/page-cache.ts';
import { safeRedirect } from './web/safe-redirect.ts';
import { normaliseRequestText } from './web/text-input.ts';
import { type NavEntry, ViewContextProvider } from './web/view-context.ts';
import './web/zod-messages.ts';
import { z } from 'zod';

export { LOCALE_COOKIE, SESSION_COOKIE } from './auth/cookies.ts';

/** One registered route and its declared policy (tests walk this table to check every route). */
export interface RouteEntry {
  method: string;
  url: string;
  policy: RoutePolicy;
  /** The module that registered the route (its OpenAPI tag); undefined for the kernel's own. */
  module?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
    /** The address people use (PUBLIC_URL), for links the server writes, such as problem types. */
    publicUrl: string;
  }
}

export interface BuildOptions {
  db: Db;
  config: Config;
  logger?: boolean | FastifyBaseLogger | Record<string, unknown>;
  /** The modules to assemble: every module of src/modules/index.ts unless a test adds its own. */
  modules?: readonly ModuleManifest[];
}

let messagesRegistered = false;
const manifestsRegistered = new WeakSet<ModuleManifest>();
function registerAllMessages(modules: readonly ModuleManifest[]): void {
  if (!messagesRegistered) {
    for (const messages of KERNEL_MESSAGES) registerMessages(messages);
    messagesRegistered = true;
  }
  for (const module of modules) {
    if (manifestsRegistered.has(module)) continue;
    if (module.messages) registerMessages(module.messages);
    manifestsRegistered.add(module);
  }
}

/** Assembles the Corridor server: kernels, security plugins, then every module's routes. */
export async function buildApp({
  db,
  config,
  logger = false,
  modules = registry,
}: BuildOptions): Promise<App> {
  registerAllMessages(modules);
  const app = Fastify({
    logger: logger as boolean,
    trustProxy: trustProxyOption(config),
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every route must say who may use it; a route without a policy stops the server from starting.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.decorate('publicUrl', config.PUBLIC_URL);
  // Set while each module registers its routes, so every route knows its module.
  let registeringModule: string | undefined;
  app.addHook('onRoute', (route) => {
    // @fastify/cors answers preflights in its own hook; its catch-all OPTIONS route only lets
    // Fastify accept them, and is as public as the reads it announces (src/web/cors.ts).
    if (route.method === 'OPTIONS' && route.url === '*') route.config = { ...route.config, policy: 'public' };
    if (route.config?.policy === undefined && !route.url.startsWith('/api/openapi')) {
      throw new Error(`Route ${route.method} ${route.url} has no config.policy`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({
          method,
          url: route.url,
          policy: route.config?.policy ?? 'public',
          module: registeringModule,
        });
    }
  });

  await app.register(cookie, { secret: await cookieSecret(db.kysely) });
  await app.register(formbody);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    // HSTS only makes sense over TLS; it is added below when the request came in over https.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(compress, { threshold: 1024 });
  compressNotFound(app);
  await app.register(rateLimit, { global: false });
  await app.register(cors, { delegator: corsFor, preflight: true, strictPreflight: false });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { ...cookieAttributes(config), signed: true },
    getToken: (request: FastifyRequest) => (request.body as Record<string, string> | undefined)?._csrf,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Corridor API',
        version: '1',
        description:
          'The JSON API of Corridor. Authenticate with `Authorization: Bearer <token>` (create tokens on your account page). Public reads need no token and may be called from any web site (CORS). Errors are RFC 9457 problem+json; each `type` is a page on this instance describing the problem.',
        license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      },
      servers: [{ url: config.PUBLIC_URL.replace(/\/$/, ''), description: 'This instance' }],
      tags: [...modules.map((m) => ({ name: m.name })), { name: 'documents' }],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: { Problem: problemSchema },
      },
    },
    transform: (input) => {
      if (!input.url.startsWith('/api/v1'))
        return { schema: { ...input.schema, hide: true }, url: input.url };
      const transformed = jsonSchemaTransform(input);
      const method = [input.route.method].flat()[0] ?? 'GET';
      const entry = routeTable.find((r) => r.url === input.url && r.method === method);
      const policy = input.route.config?.policy;
      const schema = transformed.schema as Record<string, unknown>;
      return {
        url: transformed.url,
        schema: {
          ...schema,
          operationId: schema.operationId ?? operationIdFor(method, input.url),
          tags: schema.tags ?? tagFor(entry?.module),
          security: securityFor(policy),
          response: withProblemResponses(schema.response as Record<string, unknown> | undefined, policy),
        } as unknown as typeof transformed.schema,
      };
    },
  });

  // Fastify 5 refuses object defaults on decorators (they would be shared): set per request below.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('i18n', null as never);
  app.decorateRequest('flash', null);

  const assets = registerAssets(
    app,
    modules.flatMap((module) => (module.stylesheet ? [module.stylesheet] : [])),
  );
  const navigation: NavEntry[] = modules.flatMap((m) => m.navigation ?? []).sort((a, b) => a.order - b.order);
  const processTabs = modules.flatMap((m) => m.process?.tabs ?? []).sort((a, b) => a.order - b.order);

  const pageCache = config.PAGE_CACHE ? new AnonymousPageCache(config.PAGE_CACHE_MB * 1024 * 1024) : null;
  app.decorateRequest('pageCacheSlot', null);
  app.decorateReply('page', function page(this: FastifyReply, node: unknown, status = 200) {
    const request = this.request;
    const reply = this;
    // The token (and its cookie) only when the page has a form: a page without one is the same
    // for every visitor, and can be kept for the next anonymous one.
    let csrfToken: string | undefined;
    const view = {
      i18n: request.i18n,
      actor: request.actor,
      path: request.url,
      get csrfToken() {
        csrfToken ??= reply.generateCsrf();
        return csrfToken;
      },
      flash: request.flash,
      assets,
      navigation,
      processTabs,
    };
    const html = `<!doctype html>${createElement(ViewContextProvider.Provider, { value: view }, node as never).toString() as string}`;
    this.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store');
    const slot = request.pageCacheSlot;
    if (pageCache && slot && status === 200 && csrfToken === undefined && !this.hasHeader('set-cookie')) {
      pageCache.put(slot.key, slot.stamp, html);
    }
    return this.send(html);
  });
  app.decorateReply('seeOther', function seeOther(this: FastifyReply, url: string, flash?) {
    if (flash) setFlash(this, flash, config.TRUST_PROXY);
    return this.redirect(url, 303);
  });

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const chosen = request.cookies[LOCALE_COOKIE];
    request.i18n = translator(
      isLocale(chosen) ? chosen : negotiateLocale(request.headers['accept-language']),
    );
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ') && isApiRequest(request)) {
      const found = await findTokenUser(db.kysely, authorization.slice(7).trim());
      if (found?.kind === 'expired') throw tokenExpired();
      if (found) {
        const { user, tokenId, scope } = found;
        request.actor = { kind: 'user', user, via: 'token', tokenId, scope };
      }
      return;
    }
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (sessionToken) {
      const found = await findSessionUser(db.kysely, sessionToken, config.SESSION_DAYS);
      if (found)
        request.actor = { kind: 'user', user: found.user, via: 'session', sessionId: found.sessionId };
      else reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    if (!isApiRequest(request) && request.method === 'GET')
      request.flash = takeFlash(request, reply, config.TRUST_PROXY);
  });

  app.addHook('preValidation', normaliseRequestText);
  app.addHook('preValidation', async (request, reply) => {
    // Forms are protected by a CSRF token; the API is not, because it only acts on bearer tokens
    // for writes (a browser never sends those on its own).
    const unsafe = request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS';
    if (unsafe && isApiRequest(request)) {
      if (request.actor.kind === 'user' && request.actor.via === 'session') request.actor = ANONYMOUS;
    } else if (unsafe) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
      });
    }
    return enforceRoutePolicy(request, reply);
  });
  if (pageCache) app.addHook('preHandler', pageCacheLookup(pageCache, db));

  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  app.addHook('onSend', apiCacheControl);

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.get(
    '/language/:locale',
    { config: { policy: 'public' }, schema: { params: z.object({ locale: z.string() }) } },
    (request, reply) => {
      const { locale } = request.params;
      if (isLocale(locale)) {
        reply.setCookie(LOCALE_COOKIE, locale, { ...cookieAttributes(config), maxAge: 365 * 24 * 3600 });
      }
      return reply.redirect(safeRedirect((request.query as Record<string, unknown>).next), 303);
    },
  );
  registerHealthRoutes(app, db);

  const countryPanels = modules.flatMap((m) => (m.countryPanels ? [m.countryPanels] : []));
  const corridorPanels = modules.flatMap((m) => (m.corridorPanels ? [m.corridorPanels] : []));
  const organisationPanels = modules.flatMap((m) => (m.organisationPanels ? [m.organisationPanels] : []));
  const organisationRights = modules.flatMap((m) => (m.organisationRights ? [m.organisationRights] : []));
  const homeFigures = modules.flatMap((m) => (m.homeFigures ? [m.homeFigures] : []));
  const homeActivity = modules.flatMap((m) => (m.homeActivity ? [m.homeActivity] : []));
  const processSummaries = modules.flatMap((m) => (m.process?.summaries ? [m.process.summaries] : []));
  const deps = {
    db,
    config,
    manifests: modules,
    countryPanels,
    corridorPanels,
    organisationPanels,
    organisationRights,
    homeFigures,
    homeActivity,
    processSummaries,
  };
  for (const module of modules) {
    registeringModule = module.name;
    await module.routes?.(app, deps);
  }
  // The documents kernel serves every module that hosts documents; its API is tagged `documents`.
  registeringModule = 'documents';
  await registerDocumentRoutes(
    app,
    db,
    modules.flatMap((m) => m.documentHosts ?? []),
  );
  registeringModule = undefined;
  app.get('/api/openapi.json', { config: { policy: 'public' } }, async () => app.swagger());
  return app;
}
