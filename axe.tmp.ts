import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { SESSION_COOKIE } from './src/app.ts';
import { createSession } from './src/auth/session.repository.ts';
import { loadDataFixtures } from './test/support/data-fixtures.ts';
import { buildUser, testApp } from './test/support/http.ts';
const ctx = await testApp('sqlite');
await loadDataFixtures(ctx.db);
const admin = await buildUser(ctx.db, { role: 'admin' });
const token = await createSession(ctx.db.kysely, admin.id, { days: 1 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = ['/countries/BGD/profile', '/countries/ISL/profile', '/countries/BGD', '/corridors', '/corridors?origin=MEX&destination=USA', '/corridors?origin=MEX&destination=MEX', '/corridors/ranking', '/data', '/data/map', '/countries/TUN/profile/narrative'];
for (const lang of ['en', 'ar']) for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('http://corridor.test/**', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const r = await ctx.app.inject({ method: req.method() as 'GET', url: url.pathname + url.search, headers: { 'accept-language': lang, cookie: `${SESSION_COOKIE}=${token}` } });
    await route.fulfill({ status: r.statusCode, headers: r.headers as Record<string, string>, body: r.rawPayload });
  });
  const csp: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) csp.push(m.text()); });
  await page.goto(`http://corridor.test${path}`);
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(lang, path, bad.length ? bad.map((v) => `${v.id}(${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`).join('; ') : 'ok', csp.length ? `CSP: ${csp[0]}` : '');
  await context.close();
}
await browser.close();
await ctx.close();
