import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import type { Actor } from '../../auth/actor.ts';
import { type CourseDefinition, courseDefinitionProblems, createCourse } from './course.service.ts';
import { answerQuiz, enrol } from './learner.service.ts';

const DRAFT: CourseDefinition = {
  locale: 'en',
  title: 'A draft course',
  summary: 'Not published yet.',
  published: false,
  modules: [
    {
      title: 'Only module',
      intro: 'One question.',
      passMark: 100,
      lessons: [{ title: 'Only lesson', body: 'Text.', mediaUrl: 'https://video.example.org/watch/1' }],
      questions: [
        {
          prompt: 'Which are right?',
          kind: 'multiple',
          options: [
            { label: 'Right one', correct: true },
            { label: 'Right two', correct: true },
            { label: 'Wrong', correct: false },
          ],
        },
      ],
    },
  ],
};

const actorOf = (
  user: { id: string; name: string; email: string },
  role: 'user' | 'moderator' = 'user',
): Actor => ({
  kind: 'user',
  user: { id: user.id, name: user.name, email: user.email, role, status: 'active' },
  via: 'session',
  sessionId: 'test',
});

describe('course definitions', () => {
  it('refuse a question without a right answer, two right answers to a single choice, and plain http links', () => {
    const bad: CourseDefinition = {
      ...DRAFT,
      modules: [
        {
          ...DRAFT.modules[0]!,
          passMark: 0,
          lessons: [{ title: 'L', body: 'B', linkUrl: 'http://example.org' }],
          questions: [
            {
              prompt: 'Q',
              kind: 'single',
              options: [
                { label: 'a', correct: true },
                { label: 'b', correct: true },
              ],
            },
            {
              prompt: 'Q2',
              kind: 'multiple',
              options: [
                { label: 'a', correct: false },
                { label: 'b', correct: false },
              ],
            },
          ],
        },
      ],
    };
    expect(Object.keys(courseDefinitionProblems(bad)).sort()).toEqual([
      'modules.0.lessons.0',
      'modules.0.passMark',
      'modules.0.questions.0',
      'modules.0.questions.1',
    ]);
    expect(courseDefinitionProblems(DRAFT)).toEqual({});
  });
});

describe.each(DIALECTS)('unpublished courses and grading on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let draftId: string;
  let author: Awaited<ReturnType<typeof buildUser>>;
  let learner: Awaited<ReturnType<typeof buildUser>>;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    author = await buildUser(ctx.db);
    learner = await buildUser(ctx.db);
    const created = await createCourse(ctx.db, author.id, DRAFT);
    if (!created.ok) throw new Error('draft refused');
    draftId = created.value.id;
  });
  afterAll(() => ctx.close());

  it('hides a draft from everyone but its author and moderators, pages, API and enrolment alike', async () => {
    expect((await ctx.app.inject(`/courses/${draftId}`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1/courses/${draftId}`)).statusCode).toBe(404);
    expect((await ctx.app.inject('/courses')).body).not.toContain('A draft course');
    expect((await ctx.app.inject('/api/v1/courses')).json().data).toEqual([]);
    const plain = await signedIn(ctx.app, ctx.db, learner.id);
    expect((await plain.get(`/courses/${draftId}`)).statusCode).toBe(404);
    expect(await enrol(ctx.db, actorOf(learner), draftId)).toEqual({ ok: false, kind: 'not-found' });
    const own = await signedIn(ctx.app, ctx.db, author.id);
    const page = await own.get(`/courses/${draftId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Not published');
    const moderator = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db, { role: 'moderator' })).id);
    expect((await moderator.get(`/courses/${draftId}/results`)).statusCode).toBe(200);
  });

  it('shows a lesson’s media as a link, never embedded, and the quiz to a reader not enrolled without a form', async () => {
    const moderator = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db, { role: 'moderator' })).id);
    const lesson = await ctx.db.kysely.selectFrom('course_lessons').select('id').executeTakeFirstOrThrow();
    const page = await moderator.get(`/courses/${draftId}/lessons/${lesson.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="https://video.example.org/watch/1"');
    expect(page.body).not.toContain('<iframe');
    const module = await ctx.db.kysely.selectFrom('course_modules').select('id').executeTakeFirstOrThrow();
    const quiz = await moderator.get(`/courses/${draftId}/modules/${module.id}/quiz`);
    expect(quiz.statusCode).toBe(200);
    expect(quiz.body).not.toContain('Send my answers');
    expect((await ctx.app.inject(`/courses/${draftId}/lessons/${lesson.id}`)).statusCode).toBe(404);
  });

  it('counts a multiple-choice answer right only with every right option and no wrong one', async () => {
    const authorActor = actorOf(author);
    const enrolled = await enrol(ctx.db, authorActor, draftId);
    expect(enrolled.ok).toBe(true);
    const module = await ctx.db.kysely.selectFrom('course_modules').select('id').executeTakeFirstOrThrow();
    const question = await ctx.db.kysely.selectFrom('quiz_questions').select('id').executeTakeFirstOrThrow();
    const options = await ctx.db.kysely
      .selectFrom('quiz_options')
      .select(['id', 'correct'])
      .where('question_id', '=', question.id)
      .orderBy('position')
      .execute();
    const right = options.filter((o) => o.correct === 1).map((o) => o.id);
    const half = await answerQuiz(ctx.db, authorActor, draftId, module.id, { [question.id]: [right[0]!] });
    expect(half).toMatchObject({ ok: true, value: { score: 0, passed: false } });
    const extra = await answerQuiz(ctx.db, authorActor, draftId, module.id, {
      [question.id]: options.map((o) => o.id),
    });
    expect(extra).toMatchObject({ ok: true, value: { score: 0, passed: false } });
    const forged = await answerQuiz(ctx.db, authorActor, draftId, module.id, {
      [question.id]: ['not-an-option'],
    });
    expect(forged).toMatchObject({ ok: false, kind: 'invalid' });
    const pass = await answerQuiz(ctx.db, authorActor, draftId, module.id, { [question.id]: right });
    expect(pass).toMatchObject({ ok: true, value: { score: 100, passed: true } });
    expect(pass.ok && pass.value.certificateCode).toMatch(/^[a-z0-9]{32}$/);
    const again = await answerQuiz(ctx.db, authorActor, draftId, module.id, { [question.id]: right });
    expect(again).toMatchObject({ ok: false, kind: 'refused' });
  });
});
