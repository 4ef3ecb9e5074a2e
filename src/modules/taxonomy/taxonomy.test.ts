import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { referenceTerms } from './taxonomy.reference.ts';
import { allTerms, upsertTerms } from './taxonomy.repository.ts';
import { setTags, tagsOf, termWithChildren, unknownTermIds } from './taxonomy.service.ts';

describe('taxonomy reference data', () => {
  const terms = referenceTerms();
  const count = (scheme: string) => terms.filter((t) => t.scheme === scheme).length;

  it('has the lesson themes, the twelve sectors, the 17 SDGs, their migration targets and the 23 GCM objectives', () => {
    expect(count('sector')).toBe(12);
    expect(terms.filter((t) => t.scheme === 'sdg' && !t.parent_id)).toHaveLength(17);
    expect(terms.filter((t) => t.scheme === 'gcm').map((t) => t.code)).toEqual(
      Array.from({ length: 23 }, (_, i) => String(i + 1)),
    );
    const ids = new Set(terms.map((t) => t.id));
    for (const target of [
      '3.c',
      '4.b',
      '5.2',
      '8.5',
      '8.7',
      '8.8',
      '10.2',
      '10.7',
      '10.c',
      '16.2',
      '16.9',
      '17.3',
      '17.18',
    ])
      expect(ids.has(`sdg:${target}`), target).toBe(true);
    for (const theme of [
      'coordination-body',
      'political-buy-in',
      'stakeholder-consultation',
      'destination-dialogue',
      'synergies',
      'handbook',
      'capacity',
      'data',
    ])
      expect(ids.has(`theme:${theme}`), theme).toBe(true);
    expect(count('theme')).toBeGreaterThan(8);
  });

  it('names every term in English, French, Spanish and Arabic', () => {
    for (const term of terms) {
      const names = JSON.parse(term.names_json) as Record<string, string>;
      for (const locale of LOCALES) expect(names[locale]?.trim(), `${term.id} ${locale}`).toBeTruthy();
      expect(/[\u0600-\u06ff]/.test(names.ar!), `${term.id} ar`).toBe(true);
    }
  });

  it('puts every SDG target under its goal, with unique ids', () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const target of terms.filter((t) => t.parent_id)) {
      expect(target.parent_id).toBe(`sdg:${target.code.split('.')[0]}`);
      expect(ids.indexOf(target.parent_id!)).toBeLessThan(ids.indexOf(target.id));
    }
  });
});

describe.each(DIALECTS)('taxonomy service and API on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  it('loads the reference on start, idempotently', async () => {
    const first = await allTerms(ctx.db.kysely);
    expect(first).toHaveLength(referenceTerms().length);
    await upsertTerms(ctx.db.kysely, referenceTerms());
    const again = await allTerms(ctx.db.kysely);
    expect(again).toHaveLength(first.length);
    expect(again.map((t) => t.id)).toEqual(first.map((t) => t.id));
    expect(again.slice(0, 1).map((t) => t.scheme)).toEqual(['theme']);
  });

  it('sets, replaces and reads tags in taxonomy order, for many records at once', async () => {
    const result = await ctx.db.kysely
      .transaction()
      .execute((trx) => setTags(trx, 'lesson', 'l1', ['gcm:19', 'theme:data', 'sdg:10.7', 'gcm:19']));
    expect(result.added.sort()).toEqual(['gcm:19', 'sdg:10.7', 'theme:data']);
    await ctx.db.kysely.transaction().execute((trx) => setTags(trx, 'lesson', 'l2', ['sector:health']));
    const tags = await tagsOf(ctx.db.kysely, 'lesson', ['l1', 'l2', 'l3']);
    expect(tags.get('l1')!.map((t) => t.id)).toEqual(['theme:data', 'sdg:10.7', 'gcm:19']);
    expect(tags.get('l2')!.map((t) => t.id)).toEqual(['sector:health']);
    expect(tags.get('l3')).toEqual([]);
    const replaced = await ctx.db.kysely
      .transaction()
      .execute((trx) => setTags(trx, 'lesson', 'l1', ['sdg:10.7', 'sdg:17.18']));
    expect(replaced).toEqual({
      added: ['sdg:17.18'],
      removed: expect.arrayContaining(['gcm:19', 'theme:data']),
    });
    expect((await tagsOf(ctx.db.kysely, 'lesson', ['l1'])).get('l1')!.map((t) => t.id)).toEqual([
      'sdg:10.7',
      'sdg:17.18',
    ]);
  });

  it('refuses unknown terms and changes nothing', async () => {
    expect(await unknownTermIds(ctx.db.kysely, ['sdg:10.7', 'sdg:99', 'nope'])).toEqual(['sdg:99', 'nope']);
    await expect(
      ctx.db.kysely.transaction().execute((trx) => setTags(trx, 'lesson', 'l9', ['sdg:10.7', 'sdg:99'])),
    ).rejects.toThrow(/Unknown taxonomy terms/);
    expect((await tagsOf(ctx.db.kysely, 'lesson', ['l9'])).get('l9')).toEqual([]);
  });

  it('finds a goal with its targets for filters', async () => {
    expect(await termWithChildren(ctx.db.kysely, 'sdg:10')).toEqual([
      'sdg:10',
      'sdg:10.2',
      'sdg:10.7',
      'sdg:10.c',
    ]);
    expect(await termWithChildren(ctx.db.kysely, 'gcm:19')).toEqual(['gcm:19']);
    expect(await termWithChildren(ctx.db.kysely, 'sdg:99')).toEqual([]);
  });

  it('serves GET /api/v1/taxonomy in the language asked, filtered by scheme', async () => {
    const all = await ctx.app.inject('/api/v1/taxonomy');
    expect(all.statusCode).toBe(200);
    expect(all.json().data).toHaveLength(referenceTerms().length);
    expect(all.json().next).toBeNull();
    const fr = await ctx.app.inject({
      url: '/api/v1/taxonomy?scheme=sdg',
      headers: { 'accept-language': 'fr' },
    });
    const goal = fr.json().data.find((t: { id: string }) => t.id === 'sdg:10');
    expect(goal).toMatchObject({
      name: 'Inégalités réduites',
      short: 'ODD 10',
      label: 'ODD 10 : Inégalités réduites',
      parentId: null,
    });
    expect(fr.json().data.every((t: { scheme: string }) => t.scheme === 'sdg')).toBe(true);
    const ar = await ctx.app.inject({
      url: '/api/v1/taxonomy?scheme=gcm',
      headers: { 'accept-language': 'ar' },
    });
    expect(ar.json().data[0].name).toContain('بيانات');
    expect((await ctx.app.inject('/api/v1/taxonomy?scheme=colours')).statusCode).toBe(422);
  });

  it('renders the tag picker without JavaScript: grouped checkboxes in details', async () => {
    const { sessionFor } = await import('../processes/process.test-helpers.ts');
    const { browser } = await sessionFor(ctx.app, ctx.db);
    const page = await browser.get('/processes/new');
    expect(page.body).toContain('<fieldset class="tag-picker" id="tags"');
    expect(page.body).toMatch(/<details class="tag-picker__group"><summary>Themes/);
    expect(page.body).toContain('type="checkbox" id="tag-sdg-10-7" name="tags" value="sdg:10.7"');
    expect(page.body).toContain('checkboxes__item--child');
  });
});
