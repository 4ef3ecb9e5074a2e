import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { readPdf } from '../../../test/support/pdf.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import { lessonDocumentHost } from './course.documents.ts';
import { loadLearningDemo } from './learning.demo.ts';
import { courseSearch } from './learning.search.ts';

describe.each(DIALECTS)('courses on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let courseId: string;
  let frenchId: string;
  let author: Browser;
  let learner: Browser;
  let other: Browser;
  let moderator: Browser;
  let certificateCode: string;

  const modules = () =>
    ctx.db.kysely
      .selectFrom('course_modules')
      .select(['id', 'position'])
      .where('course_id', '=', courseId)
      .orderBy('position')
      .execute();
  const lessons = (moduleId: string) =>
    ctx.db.kysely
      .selectFrom('course_lessons')
      .select('id')
      .where('module_id', '=', moduleId)
      .orderBy('position')
      .execute();
  /** The quiz form's fields: the right answers, or the first wrong option of each question. */
  async function answers(moduleId: string, right: boolean): Promise<URLSearchParams> {
    const rows = await ctx.db.kysely
      .selectFrom('quiz_options as o')
      .innerJoin('quiz_questions as q', 'q.id', 'o.question_id')
      .select(['q.id as question', 'o.id as option', 'o.correct'])
      .where('q.module_id', '=', moduleId)
      .orderBy('q.position')
      .orderBy('o.position')
      .execute();
    const fields = new URLSearchParams();
    const wrongDone = new Set<string>();
    for (const r of rows) {
      if (right && r.correct === 1) fields.append(`q-${r.question}`, r.option);
      if (!right && r.correct === 0 && !wrongDone.has(r.question)) {
        fields.append(`q-${r.question}`, r.option);
        wrongDone.add(r.question);
      }
    }
    return fields;
  }
  async function postQuiz(browser: Browser, moduleId: string, fields: URLSearchParams) {
    const url = `/courses/${courseId}/modules/${moduleId}/quiz`;
    fields.set('_csrf', await browser.csrfToken(url));
    return browser.app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: fields.toString(),
    });
  }

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const authorUser = await buildUser(ctx.db, { role: 'moderator' });
    await loadLearningDemo({ db: ctx.db, refs: new Map(), actorId: authorUser.id });
    const courses = await ctx.db.kysely.selectFrom('courses').select(['id', 'locale']).execute();
    courseId = courses.find((c) => c.locale === 'en')?.id ?? '';
    frenchId = courses.find((c) => c.locale === 'fr')?.id ?? '';
    author = await signedIn(ctx.app, ctx.db, authorUser.id);
    learner = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db, { name: 'ليلى الحسيني' })).id);
    other = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db)).id);
    moderator = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db, { role: 'moderator' })).id);
  });
  afterAll(() => ctx.close());

  it('shows the catalogue and a course to anyone, with a sign-in link instead of enrolment', async () => {
    const list = await ctx.app.inject('/courses');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Mainstreaming migration into development planning');
    expect(list.body).toContain('Intégrer la migration');
    const page = await ctx.app.inject(`/courses/${courseId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sign in to enrol');
    expect(page.body).toContain(`href="/courses/${frenchId}"`);
    expect(page.body).not.toContain('Enrolment and results');
    expect((await ctx.app.inject('/courses/nope')).statusCode).toBe(404);
  });

  it('refuses enrolment, lesson progress and quiz answers to anonymous visitors', async () => {
    const [first] = await modules();
    expect((await ctx.app.inject({ method: 'POST', url: `/courses/${courseId}/enrol` })).statusCode).toBe(
      403,
    );
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/courses/${courseId}/modules/${first?.id}/quiz` }))
        .statusCode,
    ).toBe(403);
    const count = await ctx.db.kysely.selectFrom('enrolments').select('id').execute();
    expect(count).toHaveLength(0);
  });

  it('enrols a learner and takes them to the first lesson, then on lesson by lesson to the quiz', async () => {
    const [first] = await modules();
    const [lesson1, lesson2] = await lessons(first?.id ?? '');
    const enrolled = await learner.form(`/courses/${courseId}/enrol`, {}, `/courses/${courseId}`);
    expect(enrolled.statusCode).toBe(303);
    expect(enrolled.headers.location).toBe(`/courses/${courseId}/lessons/${lesson1?.id}`);
    const lessonPage = await learner.get(`/courses/${courseId}/lessons/${lesson1?.id}`);
    expect(lessonPage.body).toContain('Done, go on');
    const done1 = await learner.form(
      `/courses/${courseId}/lessons/${lesson1?.id}/done`,
      {},
      `/courses/${courseId}/lessons/${lesson1?.id}`,
    );
    expect(done1.headers.location).toBe(`/courses/${courseId}/lessons/${lesson2?.id}`);
    // Resume: the course page sends the learner to the lesson after the last one read.
    expect((await learner.get(`/courses/${courseId}`)).body).toContain(
      `href="/courses/${courseId}/lessons/${lesson2?.id}"`,
    );
    const done2 = await learner.form(
      `/courses/${courseId}/lessons/${lesson2?.id}/done`,
      {},
      `/courses/${courseId}/lessons/${lesson2?.id}`,
    );
    expect(done2.headers.location).toBe(`/courses/${courseId}/modules/${first?.id}/quiz`);
    // Someone not enrolled reads the lesson but cannot mark it.
    const notEnrolled = await other.form(
      `/courses/${courseId}/lessons/${lesson1?.id}/done`,
      {},
      `/courses/${courseId}/lessons/${lesson1?.id}`,
    );
    expect(notEnrolled.headers.location).toBe(`/courses/${courseId}`);
  });

  it('grades a quiz: 422 when unanswered, the score when failed, a pass, then refuses a second pass', async () => {
    const [first] = await modules();
    const moduleId = first?.id ?? '';
    const empty = await postQuiz(learner, moduleId, new URLSearchParams());
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Answer this question.');
    const wrong = await postQuiz(learner, moduleId, await answers(moduleId, false));
    expect(wrong.statusCode).toBe(200);
    expect(wrong.body).toContain('You scored 0%');
    const right = await postQuiz(learner, moduleId, await answers(moduleId, true));
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe(`/courses/${courseId}`);
    const attempts = async () =>
      (await ctx.db.kysely.selectFrom('quiz_attempts').select('id').execute()).length;
    const before = await attempts();
    const again = await postQuiz(learner, moduleId, await answers(moduleId, true));
    expect(again.statusCode).toBe(403);
    expect(again.body).toContain('You have already passed this quiz');
    expect(await attempts()).toBe(before);
    expect((await learner.get(`/courses/${courseId}/modules/${moduleId}/quiz`)).body).toContain(
      'You passed this quiz with 100%',
    );
  });

  it('keeps progress to the learner: the API gives each their own, and 404 to the unenrolled', async () => {
    const mine = await learner.get(`/api/v1/courses/${courseId}/progress`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      lessonsDone: 2,
      lessonsTotal: 10,
      quizzesPassed: 1,
      quizzesTotal: 5,
    });
    expect((await other.get(`/api/v1/courses/${courseId}/progress`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1/courses/${courseId}/progress`)).statusCode).toBe(401);
    const course = (await other.get(`/api/v1/courses/${courseId}`)).json();
    expect(course.progress).toBeNull();
    expect(JSON.stringify(course)).not.toContain('correct');
    const list = (await ctx.app.inject('/api/v1/courses?limit=1')).json();
    expect(list.data).toHaveLength(1);
    expect(list.next).toBeTruthy();
  });

  it('completes the course on the last quiz and issues a certificate anyone can verify, page and PDF', async () => {
    const all = await modules();
    let last: Awaited<ReturnType<typeof postQuiz>> | undefined;
    for (const m of all.slice(1)) last = await postQuiz(learner, m.id, await answers(m.id, true));
    expect(last?.statusCode).toBe(303);
    const location = String(last?.headers.location);
    expect(location).toMatch(/^\/certificates\/[a-z0-9]{32}$/);
    certificateCode = location.split('/').at(-1) ?? '';
    const page = await ctx.app.inject(location);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('ليلى الحسيني');
    expect(page.body).toContain('This certificate is genuine');
    const pdf = await ctx.app.inject(`${location}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toContain('attachment');
    const text = readPdf(pdf.rawPayload);
    expect(text.pages.join('\n')).toContain('Certificate of completion');
    expect(text.pageCount).toBe(1);
    expect((await ctx.app.inject('/certificates/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).statusCode).toBe(404);
    expect((await ctx.app.inject('/certificates/x')).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1/certificates/${certificateCode}`)).json()).toMatchObject({
      learnerName: 'ليلى الحسيني',
    });
    expect((await learner.get(`/courses/${courseId}`)).body).toContain(`/certificates/${certificateCode}`);
  });

  it('shows enrolment, completion and the questions most often failed to the author and moderators only', async () => {
    const url = `/courses/${courseId}/results`;
    expect((await ctx.app.inject(url)).statusCode).toBe(303);
    expect((await learner.get(url)).statusCode).toBe(404);
    const page = await author.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Questions most often answered wrong');
    expect(page.body).toContain('What does mainstreaming migration into development planning mean?');
    expect((await moderator.get(url)).statusCode).toBe(200);
    expect((await author.get(`/courses/${courseId}`)).body).toContain('Enrolment and results');
  });

  it('lets readers of a course read a lesson’s files and its managers add them', async () => {
    const [first] = await modules();
    const [lesson] = await lessons(first?.id ?? '');
    const anonymous = await lessonDocumentHost.access(ctx.db, { kind: 'anonymous' }, lesson?.id ?? '');
    expect(anonymous).toMatchObject({ read: true, write: false });
    expect(await lessonDocumentHost.access(ctx.db, { kind: 'anonymous' }, 'nope')).toBeNull();
  });

  it('publishes courses to the search, public once published', async () => {
    const docs = [];
    for await (const batch of courseSearch.all(ctx.db)) docs.push(...batch);
    expect(docs.map((d) => d.locale).sort()).toEqual(['en', 'fr']);
    expect(await courseSearch.one(ctx.db, courseId)).toMatchObject({ kind: 'course', public: true });
    expect(await courseSearch.canSee(ctx.db, { kind: 'anonymous' }, courseId)).toBe(true);
    expect(await courseSearch.canSee(ctx.db, { kind: 'anonymous' }, 'nope')).toBe(false);
  });
});
