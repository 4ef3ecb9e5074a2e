import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/modules/accounts/api-token.service.ts';
import type { App } from '../../src/web/app-types.ts';
import { PROBLEM_TYPES } from '../../src/web/problem-types.ts';
import { API_TYPES_FILE, generateApiTypes } from '../support/api-types.ts';
import { DIALECTS } from '../support/databases.ts';
import { buildUser, testApp } from '../support/http.ts';
import type { paths } from '../support/openapi-types.generated.ts';

const PUBLIC_URL = 'https://corridor.example.org';
const ROOT = new URL('../../', import.meta.url).pathname;

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, unknown>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

/** A `fetch` that answers through `app.inject`, so the generated client talks to the app itself. */
function injectFetch(app: App) {
  return async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
    const answer = await app.inject({
      method: input.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(input.headers),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    return new Response(answer.statusCode === 204 ? null : new Uint8Array(answer.rawPayload), {
      status: answer.statusCode,
      headers,
    });
  };
}

/** Every problem code written in the source: `new HttpProblem(404, 'NotFound'`, `code: 'NotFound'`. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/(?:HttpProblem\(\s*\d{3},\s*|\bcode: )'([A-Z][a-z][A-Za-z]+)'/g)) {
          codes.add(match[1]!);
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return codes;
}

describe('the API contract', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let document: Document;
  beforeAll(async () => {
    ctx = await testApp('sqlite', { PUBLIC_URL });
    document = (await ctx.app.inject('/api/openapi.json')).json();
  });
  afterAll(() => ctx.close());

  it('gives every operation a unique id, a tag and its security', () => {
    const ids: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
        ids.push(operation.operationId!);
        expect(operation.tags?.length, where).toBeGreaterThan(0);
        expect(operation.security, where).toBeDefined();
        expect(
          Object.keys(operation.responses ?? {}).some((s) => s.startsWith('4')),
          where,
        ).toBe(true);
      }
    }
    expect(ids.length).toBeGreaterThan(60);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares public reads as needing no credentials, and the rest the bearer token', () => {
    const routes = ctx.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}').replace(/\{(\w+)\}:\{?(\w+)\}?/, '{$1}:$2');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      if (!operation) continue;
      expect(operation.security, `${route.method} ${route.url}`).toEqual(
        route.policy === 'public' ? [] : [{ bearer: [] }],
      );
    }
  });

  it('passes redocly lint with its recommended rules, with no error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corridor-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const run = spawnSync(join(ROOT, 'node_modules/.bin/redocly'), ['lint', file, '--format=summary'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        timeout: 60_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(output, output).not.toMatch(/^error\s/m);
      expect(run.status, output).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('points every problem at a page of this instance that describes it', async () => {
    const missing = await ctx.app.inject('/api/v1/processes/nope');
    expect(missing.statusCode).toBe(404);
    const problem = missing.json();
    expect(problem.type).toBe(`${PUBLIC_URL}/problems/NotFound`);
    const page = await ctx.app.inject(new URL(problem.type).pathname);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1');
    expect(page.body).toContain('NotFound');
    const index = await ctx.app.inject('/problems');
    expect(index.statusCode).toBe(200);
    for (const code of Object.keys(PROBLEM_TYPES)) expect(index.body).toContain(`/problems/${code}`);
    expect((await ctx.app.inject('/problems/NoSuchProblem')).statusCode).toBe(404);
    const arabic = await ctx.app.inject({
      url: '/problems/VersionConflict',
      headers: { 'accept-language': 'ar' },
    });
    expect(arabic.body).toContain('dir="rtl"');
  });

  it('has a page for every problem code the source answers with', () => {
    const missing = [...codesInSource()].filter((code) => !(code in PROBLEM_TYPES));
    expect(missing, 'add these to src/web/problem-types.ts with a description in four languages').toEqual([]);
  });

  it('lets any site read public API answers, never with credentials, and nothing else', async () => {
    const origin = 'https://dashboard.example.net';
    const read = await ctx.app.inject({ url: '/api/v1/countries', headers: { origin } });
    expect(read.statusCode).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/countries',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
    const privateRead = await ctx.app.inject({ url: '/api/v1/me', headers: { origin } });
    expect(privateRead.headers['access-control-allow-origin']).toBeUndefined();
    const write = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/processes',
      headers: { origin },
      payload: {},
    });
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
    const page = await ctx.app.inject({ url: '/countries', headers: { origin } });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps the generated API types current (npm run api:types writes them)', async () => {
    const fresh = await generateApiTypes();
    expect(
      fresh === readFileSync(API_TYPES_FILE, 'utf8'),
      'run `npm run api:types` and commit the file',
    ).toBe(true);
  });
});

describe.each(DIALECTS)('a client generated from the document, on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { PUBLIC_URL });
  });
  afterAll(() => ctx.close());

  it('lists countries, reads one and reads the caller, typed by the document', async () => {
    const user = await buildUser(ctx.db, { name: 'Amina Diallo' });
    const token = await createApiToken(ctx.db.kysely, user.id, { name: 'client', scope: 'read' });
    const client = createClient<paths>({
      baseUrl: PUBLIC_URL,
      fetch: injectFetch(ctx.app),
      headers: { authorization: `Bearer ${token.secret}` },
    });

    const list = await client.GET('/api/v1/countries', { params: { query: { region: '002' } } });
    expect(list.response.status).toBe(200);
    expect(list.data?.data.map((country) => country.alpha3)).toContain('MAR');

    const morocco = await client.GET('/api/v1/countries/{alpha3}', { params: { path: { alpha3: 'MAR' } } });
    expect(morocco.data?.alpha3).toBe('MAR');

    const me = await client.GET('/api/v1/me');
    expect(me.data?.name).toBe('Amina Diallo');

    const missing = await client.GET('/api/v1/countries/{alpha3}', { params: { path: { alpha3: 'ZZZ' } } });
    expect(missing.response.status).toBe(404);
  });
});
