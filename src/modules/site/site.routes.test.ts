import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import type { HomeActivity, ModuleManifest } from '../../module-kit/manifest.ts';

/** Two modules' worth of activity, oldest in the middle, one item more than the home page shows. */
const items: HomeActivity[] = [
  {
    at: '2013-02-21T09:00:00.000Z',
    kindKey: 'nav.countries',
    title: 'Eleventh Coordination Meeting',
    href: '/e/1',
  },
  { at: '2012-12-01T00:00:00.000Z', kindKey: 'nav.countries', title: 'JMDI second phase <b>', href: '/p/1' },
  ...Array.from({ length: 5 }, (_, i) => ({
    at: `2013-0${i + 3}-01T00:00:00.000Z`,
    kindKey: 'nav.home',
    title: `Item ${i + 1}`,
    href: `/i/${i + 1}`,
  })),
];

vi.mock('../index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../index.ts')>();
  const first: ModuleManifest = {
    name: 'activity-a',
    homeActivity: async (_db, limit) => items.slice(0, 2).slice(0, limit),
  };
  const second: ModuleManifest = {
    name: 'activity-b',
    homeActivity: async (_db, limit) => items.slice(2).slice(0, limit),
  };
  return { modules: [...original.modules, first, second] };
});

describe.each(DIALECTS)('the home page on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  it('shows key figures that link to their lists, with their source', async () => {
    const response = await ctx.app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<a href="/countries">Countries and territories</a>');
    expect(response.body).toContain('ISO 3166-1 and UN M49');
  });

  it('merges every module’s latest activity, newest first, six at most', async () => {
    const body = (await ctx.app.inject('/')).body;
    expect(body).toContain('Latest activity');
    const shown = [...body.matchAll(/<a href="(\/[eip]\/\d)">/g)].map((m) => m[1]);
    expect(shown).toEqual(['/i/5', '/i/4', '/i/3', '/i/2', '/i/1', '/e/1']);
    expect(body).not.toContain('JMDI second phase');
    expect(body).toContain(
      '<time class="muted small" datetime="2013-02-21T09:00:00.000Z">February 21, 2013</time>',
    );
  });

  it('escapes what modules give it', async () => {
    items[0] = { ...items[0]!, title: 'A <script>alert(1)</script> meeting' };
    const body = (await ctx.app.inject('/')).body;
    expect(body).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; meeting');
  });
});
