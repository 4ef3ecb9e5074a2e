import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { fillBenchData } from './fill.ts';
import { fillLearningBench, LEARNING_SIZES } from './learning-fill.ts';
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
 * Issue 9: 2,000 courses (each the starter course's shape: 5 modules, 10 lessons, 15 questions)
 * and 50,000 learners enrolled on two courses each, part way through (learning-fill.ts). A course
 * page for a signed-in learner (their progress and where to resume: a real render every time,
 * never the anonymous cache) at p99 under 50 ms; also the lesson they resume at, and the catalogue.
 */
export async function learningSection(settings: BenchSettings): Promise<SectionResult> {
  const sizes = {
    courses: scaled(settings, LEARNING_SIZES.courses, 2),
    learners: scaled(settings, LEARNING_SIZES.learners, 20),
  };
  // Users are the learners (one in ten is pending, as in the foundation's fill), a few organisations.
  const directory = { users: Math.ceil(sizes.learners * 1.12), organisations: scaled(settings, 50, 5) };
  const file = freshDatabase(settings, 'learning.db');
  const db = openDb(file);
  const fill = await timed(async () => {
    await prepareDatabase(db);
    await fillBenchData(db, directory);
    return fillLearningBench(db, sizes, settings.log);
  });
  await db.close();
  const data = fill.value;
  settings.log(
    `  filled ${sizes.courses} courses and ${sizes.learners} learners (${data.rows} rows) in ${fill.seconds} s`,
  );

  const courseId = data.courseIds[Math.floor(data.courseIds.length / 2)]!;
  const learnerId = data.learnerOf.get(courseId)?.[0];
  if (!learnerId) throw new Error('bench fill: the middle course has no learner');
  const learner = await signIn(file, learnerId);
  // The anonymous pages first, as in the processes section: the signed-in page is then driven warm.
  const pages: BenchPage[] = [
    { name: 'courses', path: '/courses', label: 'course catalogue /courses', ...target(50) },
    { name: 'course', path: `/courses/${courseId}`, label: 'course page, anonymous', ...target(50) },
    {
      name: 'course-learner',
      path: `/courses/${courseId}`,
      label: 'course page, signed in (learner)',
      headers: { cookie: learner.cookie },
      ...target(50),
    },
  ];

  const server = await startServer(file, pages);
  try {
    for (const page of pages)
      if (page.headers) page.headers = await withFormCookie(`${server.url}${page.path}`, learner);
    const { rows, peakRss } = await drivePages(server, pages, settings);
    return {
      name: 'learning',
      details: {
        sizes,
        directory,
        fillSeconds: fill.seconds,
        rows: data.rows,
        pages: rows,
        serverPeakRssMb: mb(peakRss),
      },
      targets: pageTargets('learning', pages, rows),
    };
  } finally {
    await server.stop();
  }
}
