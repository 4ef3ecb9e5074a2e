import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { testApp } from './test/support/http.ts';
import { loadDataFixtures } from './test/support/data-fixtures.ts';
const ctx = await testApp('sqlite');
await loadDataFixtures(ctx.db);
for (const [url, lang] of [['/countries/BGD/profile','en'],['/countries/BGD/profile','ar'],['/countries/BGD','en'],['/countries/ISL/profile','en'],['/corridors?origin=MEX&destination=USA','en'],['/corridors/ranking','fr'],['/data','es'],['/data/map','en'],['/data/map?indicator=ims.stock.destination','ar'],['/corridors?origin=MEX&destination=MEX','en']]) {
  const t0 = performance.now();
  const r = await ctx.app.inject({ url: url!, headers: { 'accept-language': lang! } });
  const ms = performance.now() - t0;
  console.log(r.statusCode, url, lang, ms.toFixed(0), 'ms', r.body.length, 'gz', gzipSync(r.body).length);
  if (r.statusCode >= 500) console.log(r.body.slice(0, 2000));
  writeFileSync(`/tmp/dv/shots/${url!.replace(/[^a-z0-9]/gi,'_')}-${lang}.html`, r.body);
}
await ctx.close();
