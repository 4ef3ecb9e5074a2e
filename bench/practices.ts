import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { fillBenchData } from './fill.ts';
import { fillPracticeBench } from './practices-fill.ts';
import {
  type BenchPage,
  type BenchSettings,
  drivePages,
  freshDatabase,
  mb,
  pageTargets,
  type SectionResult,
  scaled,
  signIn,
  startServer,
  target,
  timed,
  withFormCookie,
} from './support.ts';

/**
 * Issue 9: 100,000 published practices with themes, places, partners and two reviews each; the
 * catalogue with two filters (country and theme) and a practice page (a promising one, with its
 * review summary, suggestions and family tree) at p99 under 50 ms, anonymous and signed in.
 */
export async function practicesSection(settings: BenchSettings): Promise<SectionResult> {
  const total = scaled(settings, 100_000, 200);
  const file = freshDatabase(settings, 'practices.db');
  const db = openDb(file);
  const fill = await timed(async () => {
    await prepareDatabase(db);
    await fillBenchData(db, { users: scaled(settings, 2_000, 50), organisations: scaled(settings, 500, 20) });
    return fillPracticeBench(db, total);
  });
  await db.close();
  const data = fill.value;
  settings.log(`  filled ${total} practices (${data.rows} rows) in ${fill.seconds} s`);
  // A promising practice from the middle (multiples of five are promising), with replications.
  const middle = Math.floor(data.practiceIds.length / 10) * 5;
  const practice = `/practices/${data.practiceIds[middle]}`;
  const catalogue = `/practices?country=${data.country}&theme=${encodeURIComponent(data.theme)}`;
  const user = await signIn(file);
  const pages: BenchPage[] = [
    { name: 'catalogue', path: catalogue, label: 'catalogue, country and theme', ...target(50) },
    { name: 'practice', path: practice, label: 'practice page', ...target(50) },
    {
      name: 'catalogue-user',
      path: catalogue,
      label: 'catalogue, two filters, signed in',
      headers: { cookie: user.cookie },
      ...target(50),
    },
    {
      name: 'practice-user',
      path: practice,
      label: 'practice page, signed in',
      headers: { cookie: user.cookie },
      ...target(50),
    },
  ];
  const server = await startServer(file, pages);
  try {
    for (const page of pages)
      if (page.headers) page.headers = await withFormCookie(`${server.url}${page.path}`, user);
    const { rows, peakRss } = await drivePages(server, pages, settings);
    return {
      name: 'practices',
      details: {
        practices: total,
        fillSeconds: fill.seconds,
        rows: data.rows,
        pages: rows,
        serverPeakRssMb: mb(peakRss),
      },
      targets: pageTargets('practices', pages, rows),
    };
  } finally {
    await server.stop();
  }
}
