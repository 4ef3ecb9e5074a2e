import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import { STARTER_COURSE_FR } from './starter-course.fr.ts';

describe.each(DIALECTS)('adding a course by its definition on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let moderator: Browser;
  let plain: Browser;
  const count = async () => (await ctx.db.kysely.selectFrom('courses').select('id').execute()).length;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    moderator = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db, { role: 'moderator' })).id);
    plain = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db)).id);
  });
  afterAll(() => ctx.close());

  it('keeps the page from anonymous visitors and plain users', async () => {
    expect((await ctx.app.inject('/courses/import')).statusCode).toBe(303);
    expect((await plain.get('/courses/import')).statusCode).toBe(404);
    expect((await plain.form('/courses/import', { definition: '{}' }, '/courses')).statusCode).toBe(404);
    expect((await plain.get('/courses')).body).not.toContain('href="/courses/import"');
    expect((await moderator.get('/courses')).body).toContain('href="/courses/import"');
  });

  it('says what is wrong with a definition and adds nothing', async () => {
    const notJson = await moderator.form('/courses/import', { definition: 'nope' }, '/courses/import');
    expect(notJson.statusCode).toBe(422);
    expect(notJson.body).toContain('this text is not JSON');
    const shape = await moderator.form(
      '/courses/import',
      { definition: JSON.stringify({ ...STARTER_COURSE_FR, title: '' }) },
      '/courses/import',
    );
    expect(shape.statusCode).toBe(422);
    expect(shape.body).toContain('Check the course at title');
    const twoRight = structuredClone(STARTER_COURSE_FR);
    for (const option of twoRight.modules[1]!.questions[0]!.options) option.correct = true;
    const rule = await moderator.form(
      '/courses/import',
      { definition: JSON.stringify(twoRight) },
      '/courses/import',
    );
    expect(rule.statusCode).toBe(422);
    expect(rule.body).toContain('At modules.1.questions.0');
    expect(await count()).toBe(0);
  });

  it('adds the course, which its author then sees the results of', async () => {
    const added = await moderator.form(
      '/courses/import',
      { definition: JSON.stringify(STARTER_COURSE_FR) },
      '/courses/import',
    );
    expect(added.statusCode).toBe(303);
    const page = await ctx.app.inject(String(added.headers.location));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Intégrer la migration dans la planification du développement');
    expect(await count()).toBe(1);
  });
});
