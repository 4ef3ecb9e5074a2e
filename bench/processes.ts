import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { fillBenchData } from './fill.ts';
import { fillProcessBench, ISSUE_SIZES } from './processes-fill.ts';
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
  timeGet,
  withFormCookie,
} from './support.ts';

/**
 * Issue 3: 2,000 processes with 40 actions, 30 indicators with 10 values each and a full assessment
 * each (processes-fill.ts); the process workspace, assessment result and cross-country lessons
 * pages at p99 under 50 ms (50 connections, SQLite) and the matching share of their ceilings'
 * requests/s (support.ts: `target`); the PDF report under 2 s. The workspace and the result are
 * also driven signed in as the process's owner: a real render every time, where anonymous
 * readers get the kernel's cache of pages.
 * The scale shrinks the number of processes only: each process keeps the issue's shape, so each
 * page does the same work at any scale.
 */
const PDF_LIMIT_MS = 2000;
const PDF_SAMPLES = 6;

export async function processesSection(settings: BenchSettings): Promise<SectionResult> {
  const sizes = { ...ISSUE_SIZES, processes: scaled(settings, ISSUE_SIZES.processes, 2) };
  const directory = { users: scaled(settings, 5_000, 50), organisations: scaled(settings, 2_000, 60) };
  const file = freshDatabase(settings, 'processes.db');
  const db = openDb(file);
  const fill = await timed(async () => {
    await prepareDatabase(db);
    await fillBenchData(db, directory);
    return fillProcessBench(db, sizes, settings.log);
  });
  await db.close();
  const data = fill.value;
  settings.log(
    `  filled ${sizes.processes} processes (${data.rows} rows copied) in ${fill.seconds} s: ` +
      `the first through the services in ${data.serviceSeconds} s, copies in ${data.copySeconds} s`,
  );

  // A public process from the middle of the set, not the one built through the services.
  let middle = Math.floor(data.processIds.length / 2);
  while (!data.isPublic[middle]) middle -= 1;
  const processId = data.processIds[middle]!;
  const assessmentId = data.assessmentIds[middle]!;
  const owner = await signIn(file, data.ownerId);
  const workspace = `/processes/${processId}`;
  const results = `/processes/${processId}/assessments/${assessmentId}/results`;
  const pages: BenchPage[] = [
    { name: 'workspace', path: workspace, label: 'process workspace', ...target(50) },
    { name: 'results', path: results, label: 'assessment result', ...target(50) },
    { name: 'lessons', path: '/lessons', label: 'cross-country lessons /lessons', ...target(50) },
    {
      name: 'lessons-theme',
      path: '/lessons?theme=theme:coordination-body',
      label: 'cross-country lessons, one theme',
      ...target(50),
    },
    {
      name: 'workspace-owner',
      path: workspace,
      label: 'process workspace, signed in (owner)',
      headers: { cookie: owner.cookie },
      ...target(50),
    },
    {
      name: 'results-owner',
      path: results,
      label: 'assessment result, signed in (owner)',
      headers: { cookie: owner.cookie },
      ...target(50),
    },
  ];

  const server = await startServer(file, pages);
  try {
    for (const page of pages)
      if (page.headers) page.headers = await withFormCookie(`${server.url}${page.path}`, owner);
    // The PDF, one request at a time, each for another process (the first right after start).
    const pdfs: { process: string; ms: number; kb: number }[] = [];
    const sample = data.processIds.filter((_, n) => data.isPublic[n]);
    for (let i = 0; i < Math.min(PDF_SAMPLES, sample.length); i++) {
      const id = sample[Math.floor((i * sample.length) / PDF_SAMPLES)]!;
      const { ms, bytes } = await timeGet(`${server.url}/processes/${id}/report.pdf`);
      pdfs.push({ process: id, ms, kb: Math.round(bytes / 1024) });
    }
    settings.log(`  PDF reports, one at a time: ${pdfs.map((p) => `${p.ms} ms`).join(', ')}`);
    const { rows, peakRss } = await drivePages(server, pages, settings);
    const slowestPdf = Math.max(...pdfs.map((p) => p.ms));
    return {
      name: 'processes',
      details: {
        sizes,
        directory,
        fillSeconds: fill.seconds,
        serviceSeconds: data.serviceSeconds,
        copySeconds: data.copySeconds,
        rowsCopied: data.rows,
        pages: rows,
        pdf: pdfs,
        serverPeakRssMb: mb(peakRss),
      },
      targets: [
        ...pageTargets('processes', pages, rows),
        {
          section: 'processes',
          measure: `PDF report, slowest of ${pdfs.length} (first ${pdfs[0]?.ms} ms)`,
          figure: `${slowestPdf} ms`,
          target: `< ${PDF_LIMIT_MS} ms`,
          pass: slowestPdf < PDF_LIMIT_MS,
        },
      ],
    };
  } finally {
    await server.stop();
  }
}
