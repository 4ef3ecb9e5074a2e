import { chromium } from 'playwright-core';
import { testApp } from '/work/wt-data-views/test/support/http.ts';
import { loadDataFixtures } from '/work/wt-data-views/test/support/data-fixtures.ts';
const ctx = await testApp('sqlite');
await loadDataFixtures(ctx.db);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = (process.env.PAGES ?? '/countries/BGD/profile').split(',');
const langs = (process.env.LANGS ?? 'en').split(',');
const width = Number(process.env.WIDTH ?? 1280);
for (const lang of langs) for (const path of pages) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, extraHTTPHeaders: { 'accept-language': lang } });
  const page = await context.newPage();
  await page.route('http://corridor.test/**', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const r = await ctx.app.inject({ method: req.method() as 'GET', url: url.pathname + url.search, headers: { 'accept-language': lang } });
    await route.fulfill({ status: r.statusCode, headers: r.headers as Record<string, string>, body: r.rawPayload });
  });
  const errors: string[] = [];
  page.on('console', (m) => errors.push(m.text()));
  await page.goto(`http://corridor.test${path}`);
  const name = `/tmp/dv/shots/page${path.replace(/[^a-z0-9]/gi, '_')}-${lang}-${width}.png`;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < height; y += 1600, i++) {
    await page.screenshot({ path: name.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1600, height - y) } });
  }
  console.log(name, errors.filter((e) => !/Cross-Origin-Opener|Origin-Agent/.test(e)).join(' | '));
  await context.close();
}
await browser.close();
await ctx.close();
