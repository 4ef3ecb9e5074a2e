import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser } from '../../../test/support/http.ts';
import {
  assessmentWorld,
  auditCount,
  postFields,
  scoreItem,
  scoreRows,
  startRound,
  type World,
} from './assessment.test-helpers.ts';

describe.each(DIALECTS)('assessment rounds and scoring on %s', (dialect) => {
  let world: World;
  let pub: string;
  let priv: string;
  beforeAll(async () => {
    world = await assessmentWorld(dialect);
    pub = world.publicProcess.id;
    priv = world.privateProcess.id;
  });
  afterAll(() => world.close());

  const roundCount = async (processId: string) =>
    Number(
      (
        await world.db.kysely
          .selectFrom('assessments')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('process_id', '=', processId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('the assessments tab', () => {
    it('shows a public process’s rounds to signed-out visitors, without the start form', async () => {
      const response = await world.app.inject(`/processes/${pub}/assessments`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Moldova national plan');
      expect(response.body).toContain('aria-current="page" data-label="Assessments">Assessments</a>');
      expect(response.body).toContain('No assessment has been made yet.');
      expect(response.body).not.toContain('Start round 1');
    });

    it('hides a private process from signed-out visitors and non-members', async () => {
      expect((await world.app.inject(`/processes/${priv}/assessments`)).statusCode).toBe(404);
      expect((await world.browsers.outsider.get(`/processes/${priv}/assessments`)).statusCode).toBe(404);
      expect((await world.app.inject('/processes/nope/assessments')).statusCode).toBe(404);
    });

    it('lets observers read but not start a round; members and admins see the form', async () => {
      const observer = await world.browsers.observer.get(`/processes/${priv}/assessments`);
      expect(observer.statusCode).toBe(200);
      expect(observer.body).not.toContain('Start round 1');
      for (const who of ['member', 'owner', 'admin'] as const) {
        const page = await world.browsers[who].get(`/processes/${priv}/assessments`);
        expect(page.body, who).toContain('Start round 1');
        expect(page.body).toContain('Labour and employment');
        expect(page.body).toContain('Migration governance: local level');
      }
    });
  });

  describe('starting a round', () => {
    it('refuses signed-out visitors, observers and outsiders, and changes nothing', async () => {
      const page = `/processes/${pub}/assessments`;
      const template = world.templates.get('sector-health')!;
      const anonymous = new Browser(world.app);
      const signedOut = await postFields(anonymous, page, [['templates', template]], '/sign-in');
      expect(signedOut.statusCode).toBe(401);
      const observer = await postFields(world.browsers.observer, page, [['templates', template]], page);
      expect(observer.statusCode).toBe(404);
      const privatePage = `/processes/${priv}/assessments`;
      const outsider = await postFields(
        world.browsers.outsider,
        privatePage,
        [['templates', template]],
        page,
      );
      expect(outsider.statusCode).toBe(404);
      const noCsrf = await postFields(world.browsers.member, page, [['templates', template]], page, false);
      expect(noCsrf.statusCode).toBe(403);
      expect(await roundCount(pub)).toBe(0);
      expect(await auditCount(world, 'assessment.start')).toBe(0);
    });

    it('asks for at least one known checklist', async () => {
      const page = `/processes/${pub}/assessments`;
      const none = await postFields(world.browsers.member, page, [], page);
      expect(none.statusCode).toBe(422);
      expect(none.body).toContain('Choose at least one checklist');
      const unknown = await postFields(world.browsers.member, page, [['templates', 'nope']], page);
      expect(unknown.statusCode).toBe(422);
      expect(unknown.body).toContain('One of the checklists no longer exists');
      expect(await roundCount(pub)).toBe(0);
    });

    it('numbers rounds 1, 2, 3 with a score row per question, and audits each', async () => {
      const first = await startRound(world, priv, ['sector-labour', 'governance-national']);
      const rows = await scoreRows(world, first);
      expect(rows).toHaveLength(5 + 18);
      expect(rows.every((r) => r.score === null && Number(r.version) === 1)).toBe(true);
      await startRound(world, priv, ['sector-health'], world.browsers.owner);
      await startRound(world, priv, ['sector-health'], world.browsers.admin);
      const rounds = await world.db.kysely
        .selectFrom('assessments')
        .select('round')
        .where('process_id', '=', priv)
        .orderBy('round')
        .execute();
      expect(rounds.map((r) => r.round)).toEqual([1, 2, 3]);
      expect(await auditCount(world, 'assessment.start')).toBe(3);
      const list = await world.browsers.observer.get(`/processes/${priv}/assessments`);
      expect(list.body).toContain('Round 3');
      expect(list.body).toContain('0 of 23 answered');
      expect(list.body).toContain(`/processes/${priv}/assessments/compare?from=2&amp;to=3`);
    });
  });

  describe('scoring', () => {
    let assessment: string;
    let items: Awaited<ReturnType<typeof scoreRows>>;
    beforeAll(async () => {
      assessment = await startRound(world, pub, ['sector-labour', 'sector-gender']);
      items = await scoreRows(world, assessment);
    });
    const base = () => `/processes/${pub}/assessments/${assessment}`;

    it('shows the questions read-only to signed-out visitors and observers', async () => {
      for (const browser of [new Browser(world.app), world.browsers.observer]) {
        const page = await browser.get(base());
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('Does the national employment strategy address emigration');
        expect(page.body).toContain('Guidance and evidence expected');
        expect(page.body).not.toContain('Save this question');
      }
      const member = await world.browsers.member.get(base());
      expect(member.body).toContain('Save this question');
      expect(member.body).toContain('/assets/assessments-live.');
      expect(member.body).not.toMatch(/\sstyle=/);
    });

    it('shows the other section of the round, in French', async () => {
      const version = await world.db.kysely
        .selectFrom('assessment_templates')
        .select('template_version_id')
        .where('assessment_id', '=', assessment)
        .orderBy('position', 'desc')
        .executeTakeFirstOrThrow();
      const page = await world.app.inject({
        url: `${base()}?section=${version.template_version_id}`,
        headers: { 'accept-language': 'fr' },
      });
      expect(page.body).toContain('Les données sur la migration sont-elles ventilées par sexe et par âge ?');
      expect(page.body).toContain('Cycle 1');
    });

    it('saves one question, audits it, and shows who saved it on reload', async () => {
      const item = items[0]!;
      const response = await scoreItem(world, world.browsers.member, pub, assessment, item.id, {
        score: 'partly',
        evidence: 'National Employment Strategy 2017-2021, section 4.',
        comment: 'Inflows not covered.',
        version: 1,
      });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toContain(`#item-${item.id}`);
      const [saved] = await scoreRows(world, assessment);
      expect(saved).toMatchObject({ score: 'partly', comment: 'Inflows not covered.' });
      expect(Number(saved!.version)).toBe(2);
      expect(await auditCount(world, 'assessment.item.score')).toBe(1);
      const page = await world.browsers.second.get(base());
      expect(page.body).toContain('Partly addressed');
      expect(page.body).toContain('saved by Mona Member');
      const versions = await world.browsers.observer.get(`${base()}/versions.json`);
      expect(versions.json().items).toContainEqual({ id: item.id, version: 2, updatedBy: 'Mona Member' });
    });

    it('refuses bad input with a message beside the field, changing nothing and auditing nothing', async () => {
      const item = items[1]!;
      const before = await auditCount(world, 'assessment.item.score');
      const unknown = await scoreItem(world, world.browsers.member, pub, assessment, item.id, {
        score: 'brilliant',
        evidence: 'kept text',
        version: 1,
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.body).toContain('Choose a score from the list');
      expect(unknown.body).toContain('kept text');
      const presence = await scoreItem(world, world.browsers.member, pub, assessment, item.id, {
        score: 'fully-present',
        version: 1,
      });
      expect(presence.statusCode).toBe(422);
      const long = await scoreItem(world, world.browsers.member, pub, assessment, item.id, {
        score: 'fully',
        evidence: 'e'.repeat(4001),
        version: 1,
      });
      expect(long.statusCode).toBe(422);
      expect(long.body).toContain('Shorten the evidence to 4000 characters or fewer');
      const noCsrf = await postFields(
        world.browsers.member,
        `${base()}/items/${item.id}`,
        [
          ['score', 'fully'],
          ['version', '1'],
        ],
        base(),
        false,
      );
      expect(noCsrf.statusCode).toBe(403);
      const observer = await scoreItem(world, world.browsers.observer, pub, assessment, item.id, {
        score: 'fully',
        version: 1,
      });
      expect(observer.statusCode).toBe(404);
      const anonymousBrowser = new Browser(world.app);
      const anonymous = await postFields(
        anonymousBrowser,
        `${base()}/items/${item.id}`,
        [
          ['score', 'fully'],
          ['version', '1'],
        ],
        '/sign-in',
      );
      expect(anonymous.statusCode).toBe(401);
      const row = (await scoreRows(world, assessment))[1]!;
      expect(row.score).toBeNull();
      expect(Number(row.version)).toBe(1);
      expect(await auditCount(world, 'assessment.item.score')).toBe(before);
    });

    it('refuses an item of another process’s round (404) and changes nothing', async () => {
      const other = await startRound(world, priv, ['sector-data']);
      const [foreign] = await scoreRows(world, other);
      const response = await scoreItem(world, world.browsers.member, pub, assessment, foreign!.id, {
        score: 'fully',
        version: 1,
      });
      expect(response.statusCode).toBe(404);
      const crossed = await scoreItem(world, world.browsers.member, pub, other, foreign!.id, {
        score: 'fully',
        version: 1,
      });
      expect(crossed.statusCode).toBe(404);
      expect((await scoreRows(world, other))[0]!.score).toBeNull();
    });

    it('gives the second of two concurrent savers a conflict, their text back, and keeps the first', async () => {
      const item = items[2]!;
      // Both load the page at version 1.
      await world.browsers.member.get(base());
      await world.browsers.second.get(base());
      const first = await scoreItem(world, world.browsers.member, pub, assessment, item.id, {
        score: 'largely',
        evidence: 'Survey tables 2012 (Mona)',
        version: 1,
      });
      expect(first.statusCode).toBe(303);
      const before = await auditCount(world, 'assessment.item.score');
      const second = await scoreItem(world, world.browsers.second, pub, assessment, item.id, {
        score: 'not-addressed',
        evidence: 'Nothing found in the LFS (Sami)',
        version: 1,
      });
      expect(second.statusCode).toBe(409);
      expect(second.body).toContain('Someone else saved this question after you opened the page');
      expect(second.body).toContain('Survey tables 2012 (Mona)');
      expect(second.body).toContain('Nothing found in the LFS (Sami)');
      expect(second.body).toContain('Your version (not saved yet)');
      let row = (await scoreRows(world, assessment))[2]!;
      expect(row).toMatchObject({ score: 'largely', evidence: 'Survey tables 2012 (Mona)' });
      expect(await auditCount(world, 'assessment.item.score')).toBe(before);
      // The form now carries the saved version: sending it again keeps Sami's text, knowingly.
      const version = /name="version" value="(\d+)"/.exec(
        second.body.slice(second.body.indexOf(`id="item-${item.id}"`)),
      )?.[1];
      expect(version).toBe('2');
      const again = await scoreItem(world, world.browsers.second, pub, assessment, item.id, {
        score: 'not-addressed',
        evidence: 'Nothing found in the LFS (Sami)',
        version: 2,
      });
      expect(again.statusCode).toBe(303);
      row = (await scoreRows(world, assessment))[2]!;
      expect(row).toMatchObject({ score: 'not-addressed', evidence: 'Nothing found in the LFS (Sami)' });
    });

    it('saves what is already there without a conflict, even from an old page', async () => {
      const item = items[2]!;
      const same = await scoreItem(world, world.browsers.member, pub, assessment, item.id, {
        score: 'not-addressed',
        evidence: 'Nothing found in the LFS (Sami)',
        version: 1,
      });
      expect(same.statusCode).toBe(303);
      expect(Number((await scoreRows(world, assessment))[2]!.version)).toBe(3);
    });

    it('saves all changed questions at once and reports a conflict per question', async () => {
      const page = await world.browsers.member.get(`${base()}/batch`);
      expect(page.statusCode).toBe(200);
      const fields = (id: string) => {
        const orig = new RegExp(`name="items\\.${id}\\.orig" value="([^"]+)"`).exec(page.body)![1]!;
        const version = new RegExp(`name="items\\.${id}\\.version" value="(\\d+)"`).exec(page.body)![1]!;
        return { orig, version };
      };
      const [a, b, c] = [items[3]!, items[4]!, items[0]!];
      // Someone else saves item a after the batch page was loaded.
      await scoreItem(world, world.browsers.second, pub, assessment, a.id, { score: 'fully', version: 1 });
      const body: [string, string][] = [['section', '']];
      for (const item of [a, b, c]) {
        const f = fields(item.id);
        body.push([`items.${item.id}.orig`, f.orig], [`items.${item.id}.version`, f.version]);
      }
      body.push(
        [`items.${a.id}.score`, 'partly'],
        [`items.${a.id}.evidence`, 'Mona batch text'],
        [`items.${b.id}.score`, 'largely'],
        [`items.${b.id}.comment`, 'Agreements with two countries'],
        // c unchanged from what was loaded
        [`items.${c.id}.score`, 'partly'],
        [`items.${c.id}.evidence`, 'National Employment Strategy 2017-2021, section 4.'],
        [`items.${c.id}.comment`, 'Inflows not covered.'],
      );
      const before = await auditCount(world, 'assessment.item.score');
      const response = await postFields(world.browsers.member, `${base()}/batch`, body, `${base()}/batch`);
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Questions saved: 1.');
      expect(response.body).toContain('Mona batch text');
      expect(response.body).toContain('Saved by someone else');
      const rows = await scoreRows(world, assessment);
      expect(rows[3]!.score).toBe('fully');
      expect(rows[4]).toMatchObject({ score: 'largely', comment: 'Agreements with two countries' });
      expect(Number(rows[0]!.version)).toBe(2);
      expect(await auditCount(world, 'assessment.item.score')).toBe(before + 1);
    });

    it('saves nothing from the batch form when one question is wrong', async () => {
      const page = await world.browsers.member.get(`${base()}/batch`);
      const [a, b] = [items[3]!, items[4]!];
      const body: [string, string][] = [];
      for (const item of [a, b]) {
        const orig = new RegExp(`name="items\\.${item.id}\\.orig" value="([^"]+)"`).exec(page.body)![1]!;
        const version = new RegExp(`name="items\\.${item.id}\\.version" value="(\\d+)"`).exec(page.body)![1]!;
        body.push([`items.${item.id}.orig`, orig], [`items.${item.id}.version`, version]);
      }
      body.push([`items.${a.id}.score`, 'absent'], [`items.${b.id}.score`, 'fully']);
      const response = await postFields(world.browsers.member, `${base()}/batch`, body, `${base()}/batch`);
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain('Choose a score from the list');
      const rows = await scoreRows(world, assessment);
      expect(rows[3]!.score).toBe('fully');
      expect(rows[4]!.score).toBe('largely');
    });

    it('keeps the batch form and the poll for members only', async () => {
      expect((await world.browsers.observer.get(`${base()}/batch`)).statusCode).toBe(404);
      expect((await world.app.inject(`${base()}/batch`)).statusCode).toBe(303);
      expect((await world.browsers.outsider.get(`/processes/${priv}/assessments`)).statusCode).toBe(404);
      const live = await world.app.inject(`${base()}/versions.json`);
      expect(live.statusCode).toBe(200);
      const script = /src="(\/assets\/assessments-live\.[a-f0-9]+\.js)"/.exec(
        (await world.browsers.member.get(base())).body,
      )![1]!;
      const js = await world.app.inject(script);
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toContain('javascript');
    });
  });
});
