import { lineChart } from './src/modules/data/charts/line-chart.ts';
import { barChart } from './src/modules/data/charts/bar-chart.ts';
const fmt = (v: number) => String(v);
const series = [{ key: 'a', label: 'A', points: [2000,2005,2010,2015,2020].map((y, i) => ({ period: String(y), value: i * 1000 })) },{ key: 'b', label: 'B', points: [2000,2005,2010,2015,2020].map((y, i) => ({ period: String(y), value: i * 700 })) }];
for (let round = 0; round < 3; round++) {
  let t0 = performance.now();
  for (let i = 0; i < 50; i++) lineChart({ series, title: 't', description: 'd', yLabel: 'y', tick: fmt, dir: 'ltr' });
  console.log('line', ((performance.now() - t0) / 50).toFixed(2), 'ms');
  t0 = performance.now();
  for (let i = 0; i < 50; i++) barChart({ data: [{label:'x', value: 3},{label:'y', value: 5}], title: 't', description: 'd', format: fmt, dir: 'ltr' });
  console.log('bar', ((performance.now() - t0) / 50).toFixed(2), 'ms');
}
