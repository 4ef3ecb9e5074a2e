import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { buildProgram } from '../../src/cli/program.ts';
import { loadConfig } from '../../src/config.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loadDemo } from '../../src/demo.ts';
import { translator } from '../../src/i18n/translator.ts';
import { modules } from '../../src/modules/index.ts';
import type { App } from '../../src/web/app-types.ts';
import { tempDir, withDb } from '../support/cli.ts';
import { freshDb } from '../support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, type TestDb } from '../support/http.ts';
import { noticeboardModule } from '../support/noticeboard/index.ts';
import { insertNotice } from '../support/noticeboard/noticeboard.repository.ts';

// The one line docs/adding-a-module.md adds to src/modules/index.ts, made here in the test's own
// list: everything else of the module lives in its folder (test/support/noticeboard/).
const withNoticeboard = [...modules, noticeboardModule];

describe('a new module is its folder plus one line (docs/adding-a-module.md)', () => {
  let db: TestDb;
  let app: App;
  beforeAll(async () => {
    db = await freshDb('sqlite');
    await migrateToLatest(db, withNoticeboard);
    const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', PAGE_CACHE: 'false' });
    app = await buildApp({ db, config, modules: withNoticeboard });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('runs its migrations and loads its demo through its own code', async () => {
    const context = await loadDemo(db, null, [noticeboardModule]);
    expect(context.refs.get('notice:welcome')).toBeTruthy();
    const rows = await db.kysely.selectFrom('noticeboard_notices').select('text').execute();
    expect(rows).toEqual([{ text: 'Welcome to the board' }]);
  });

  it('serves its routes with their policies, in the four languages, with its menu entry', async () => {
    const route = (method: string) =>
      app.routeTable.find((r) => r.url === '/noticeboard' && r.method === method)?.policy;
    expect([route('GET'), route('POST')]).toEqual(['public', 'signed-in']);
    const browser = new Browser(app);
    for (const [lang, title] of [
      ['en', 'Notice board'],
      ['fr', 'Tableau d’affichage'],
      ['es', 'Tablón de anuncios'],
      ['ar', 'لوحة الإعلانات'],
    ] as const) {
      const page = await browser.get('/noticeboard', { 'accept-language': lang });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<h1>${title}</h1>`);
      expect(page.body).toContain('href="/noticeboard"');
    }
    // Signed out, the signed-in policy answers before the route runs; signed in, it pins.
    const count = async () =>
      (await db.kysely.selectFrom('noticeboard_notices').select('id').execute()).length;
    const before = await count();
    const anonymous = await browser.form('/noticeboard', { text: 'Hello' }, '/sign-in');
    expect(anonymous.headers.location ?? '').not.toBe('/noticeboard');
    expect(await count()).toBe(before);
    const user = await buildUser(db);
    await browser.form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
    const pinned = await browser.form('/noticeboard', { text: 'Hello' }, '/noticeboard');
    expect(pinned.statusCode).toBe(303);
    expect((await browser.get('/noticeboard')).body).toContain('Hello');
    expect(translator('fr').t('noticeboard.pinned')).toBe('Annonce épinglée.');
  });

  it('ships its stylesheet in the one hashed file, after app.css', async () => {
    const page = await new Browser(app).get('/noticeboard');
    const href = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec(page.body)?.[1];
    expect(href).toBeTruthy();
    const css = (await app.inject({ url: href ?? '' })).body;
    expect(css.indexOf('.noticeboard__notice')).toBeGreaterThan(css.indexOf('.site-header'));
  });

  it('adds its corridor subcommand, which prepares the database with the module', async () => {
    expect(buildProgram().commands.some((c: Command) => c.name() === 'noticeboard')).toBe(false);
    const command = buildProgram(withNoticeboard).commands.find((c: Command) => c.name() === 'noticeboard');
    expect(command?.description()).toBe('print the notices pinned to the board');
    const dir = tempDir();
    const file = dir.path('noticeboard.db');
    const run = async () => {
      let out = '';
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        out += String(chunk);
        return true;
      });
      try {
        await buildProgram(withNoticeboard).parseAsync([
          'node',
          'corridor',
          '--database',
          file,
          'noticeboard',
        ]);
      } finally {
        write.mockRestore();
      }
      return out;
    };
    try {
      expect(await run()).toBe('');
      await withDb(file, (fileDb) => insertNotice(fileDb.kysely, 'From the command line'));
      expect(await run()).toBe('From the command line\n');
    } finally {
      dir.remove();
    }
  });
});
