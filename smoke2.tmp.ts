import { testApp } from './test/support/http.ts';
import { loadDataFixtures } from './test/support/data-fixtures.ts';
const ctx = await testApp('sqlite');
await loadDataFixtures(ctx.db);
for (let i = 0; i < 3; i++) {
  for (const url of ['/corridors?origin=MEX&destination=USA', '/corridors?origin=BGD&destination=SAU', '/data', '/corridors/ranking', '/countries/JAM/profile', '/countries/MDA/profile', '/countries/MDA/profile']) {
    const t0 = performance.now();
    const r = await ctx.app.inject({ url, headers: { 'accept-language': 'en' } });
    console.log(i, r.statusCode, url, (performance.now() - t0).toFixed(1), 'ms');
  }
}
await ctx.close();
