import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { fillBenchData } from './fill.ts';
import {
  type BenchPage,
  type BenchSettings,
  drivePages,
  freshDatabase,
  mb,
  pageTargets,
  type SectionResult,
  scaled,
  startServer,
  target,
  timed,
} from './support.ts';

/**
 * Issue 2: 100,000 users and 20,000 organisations (bulk inserts, see fill.ts); the home, country
 * and organisation-list pages each at least 30% of its ceiling's requests/s with p99 under 50 ms,
 * and the server under 300 MB.
 */
const PAGES: BenchPage[] = [
  { name: 'home', path: '/', ...target(50) },
  { name: 'country', path: '/countries/BGD', ...target(50) },
  { name: 'countries', path: '/countries', ...target(50) },
  { name: 'organisations', path: '/organisations', ...target(50) },
  { name: 'organisations-filtered', path: '/organisations?type=donor&page=3', ...target(50) },
];
const RSS_LIMIT_MB = 300;

export async function foundationSection(settings: BenchSettings): Promise<SectionResult> {
  const sizes = { users: scaled(settings, 100_000), organisations: scaled(settings, 20_000) };
  const file = freshDatabase(settings, 'foundation.db');
  const db = openDb(file);
  const fill = await timed(async () => {
    await prepareDatabase(db);
    await fillBenchData(db, sizes);
  });
  await db.close();
  settings.log(`  filled ${sizes.users} users and ${sizes.organisations} organisations in ${fill.seconds} s`);

  const server = await startServer(file, PAGES);
  const { rows, peakRss } = await drivePages(server, PAGES, settings).finally(() => server.stop());
  const rssMb = mb(peakRss);
  return {
    name: 'foundation',
    details: { sizes, fillSeconds: fill.seconds, pages: rows, serverPeakRssMb: rssMb },
    targets: [
      ...pageTargets('foundation', PAGES, rows),
      {
        section: 'foundation',
        measure: 'server peak RSS',
        figure: `${rssMb} MB`,
        target: `< ${RSS_LIMIT_MB} MB`,
        pass: rssMb < RSS_LIMIT_MB,
      },
    ],
  };
}
