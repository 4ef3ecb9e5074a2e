import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { LOCALE_COOKIE } from '../../auth/cookies.ts';
import { newId, now } from '../../db/ids.ts';
import { sessionFor } from './process.test-helpers.ts';

describe.each(DIALECTS)('processes in the corridor explorer on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let member: Awaited<ReturnType<typeof sessionFor>>;
  const corridor = '/corridors?origin=MDA&destination=ITA';

  beforeAll(async () => {
    ctx = await testApp(dialect);
    member = await sessionFor(ctx.app, ctx.db);
    const origin = await buildProcess(ctx.db, { title: 'Moldova plan', country_alpha3: 'MDA' });
    const destination = await buildProcess(ctx.db, { title: 'Italy regional plan', country_alpha3: 'ITA' });
    await buildProcess(
      ctx.db,
      { title: 'Italy private plan', country_alpha3: 'ITA', visibility: 'private' },
      [{ userId: member.user.id, role: 'member' }],
    );
    await buildProcess(ctx.db, { title: 'Morocco plan', country_alpha3: 'MAR' });
    await buildProcess(ctx.db, { title: 'Moldova second plan', country_alpha3: 'MDA' });
    await ctx.db.kysely
      .insertInto('process_pairs')
      .values({
        id: newId(),
        process_id: destination.id,
        partner_id: origin.id,
        status: 'accepted',
        note: null,
        proposed_by: null,
        proposed_at: now(),
        responded_by: null,
        responded_at: now(),
      })
      .execute();
  });
  afterAll(() => ctx.close());

  it('lists the pair across the corridor first, then each country’s processes, public ones only', async () => {
    const page = await new Browser(ctx.app).get(corridor);
    expect(page.statusCode).toBe(200);
    const section = page.body.slice(page.body.indexOf('id="corridor-processes"'));
    expect(section).toContain('Mainstreaming processes on this corridor');
    const pairs = section.slice(section.indexOf('Paired processes'), section.indexOf('In Moldova'));
    // The origin's process comes first in the pair, whichever side proposed it.
    expect(pairs.indexOf('Moldova plan')).toBeGreaterThan(-1);
    expect(pairs.indexOf('Moldova plan')).toBeLessThan(pairs.indexOf('Italy regional plan'));
    expect(section).toContain('In Moldova');
    expect(section).toContain('Moldova second plan');
    expect(section).toContain('In Italy');
    expect(section).not.toContain('Italy private plan');
    expect(section).not.toContain('Morocco plan');
  });

  it('shows a private process to its members only', async () => {
    const page = await member.browser.get(corridor);
    expect(page.body).toContain('Italy private plan');
  });

  it('has no processes section on a corridor without any', async () => {
    const page = await new Browser(ctx.app).get('/corridors?origin=PHL&destination=SAU');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('id="corridor-processes"');
  });

  it('speaks the reader’s language', async () => {
    const browser = new Browser(ctx.app);
    browser.cookies.set(LOCALE_COOKIE, 'fr');
    const page = await browser.get(corridor);
    expect(page.body).toContain('Processus jumelés');
  });
});
