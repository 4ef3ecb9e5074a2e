import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { LOCALE_COOKIE } from '../../auth/cookies.ts';
import { newId, now } from '../../db/ids.ts';
import { modules } from '../index.ts';
import {
  buildWorld,
  type Ctx,
  countRows,
  fieldError,
  post,
  SIGNED_IN,
  snapshot,
  type Who,
  type World,
} from './monitoring.test-helpers.ts';

/** Every field of the action form, as a browser sends it; `values` replace by name. */
function actionFields(
  values: Record<string, string> = {},
  extra: [string, string][] = [],
): [string, string][] {
  const base: Record<string, string> = {
    title: 'Set up a one-stop centre for returning migrants',
    answers: 'Returning migrants find no single place for information',
    gapRef: '',
    responsibleOrganisation: 'IOM',
    'partners.0': 'UNDP',
    'partners.1': '',
    'startDate.day': '1',
    'startDate.month': '3',
    'startDate.year': '2014',
    'endDate.day': '31',
    'endDate.month': '12',
    'endDate.year': '2015',
    budgetAmount: '250,000',
    currency: 'usd',
    fundingSource: 'EU grant',
    status: 'in-progress',
    progress: '40',
    stage: 'implementation',
    ...values,
  };
  return [...Object.entries(base), ...extra];
}

describe.each(DIALECTS)('action plan pages on %s', (dialect) => {
  let ctx: Ctx;
  let world: World;
  const actionsOf = (processId: string) =>
    ctx.db.kysely
      .selectFrom('actions')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    ctx = await testApp(dialect);
    world = await buildWorld(ctx);
  });
  afterAll(() => ctx.close());

  describe('the list', () => {
    it('shows a public plan to signed-out visitors, without ways to change it', async () => {
      const response = await world.browsers.anonymous.get(`/processes/${world.open.id}/actions`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Actions in the plan');
      expect(response.body).not.toContain(`/processes/${world.open.id}/actions/new`);
    });

    it('hides a private plan from signed-out visitors and non-members (404)', async () => {
      expect((await world.browsers.anonymous.get(`/processes/${world.closed.id}/actions`)).statusCode).toBe(
        404,
      );
      expect((await world.browsers.outsider.get(`/processes/${world.closed.id}/actions`)).statusCode).toBe(
        404,
      );
      expect((await ctx.app.inject(`/api/v1/processes/${world.closed.id}/actions`)).statusCode).toBe(404);
    });

    it('lets observers read a private plan, and only members, owners and admins add to it', async () => {
      for (const who of SIGNED_IN.filter((w) => w !== 'outsider')) {
        const response = await world.browsers[who].get(`/processes/${world.closed.id}/actions`);
        expect(response.statusCode, who).toBe(200);
        expect(response.body.includes(`/processes/${world.closed.id}/actions/new`), who).toBe(
          who !== 'observer',
        );
      }
    });
  });

  describe('adding an action', () => {
    it('sends signed-out visitors to sign in, and refuses their post', async () => {
      const page = await world.browsers.anonymous.get(`/processes/${world.open.id}/actions/new`);
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toContain('/sign-in');
      const before = await snapshot(ctx.db);
      const refused = await post(
        world.browsers.anonymous,
        `/processes/${world.open.id}/actions`,
        actionFields(),
        '/sign-in',
      );
      // Signed out, a form post with a valid token is refused: this route needs a session.
      expect(refused.statusCode).toBe(401);
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('answers 404 to outsiders and observers, for the form and the post', async () => {
      const before = await snapshot(ctx.db);
      for (const who of ['outsider', 'observer'] as Who[]) {
        expect(
          (await world.browsers[who].get(`/processes/${world.open.id}/actions/new`)).statusCode,
          who,
        ).toBe(404);
        const refused = await post(
          world.browsers[who],
          `/processes/${world.open.id}/actions`,
          actionFields(),
          `/processes/${world.open.id}/actions`,
        );
        expect(refused.statusCode, who).toBe(404);
      }
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('saves a member’s action with its organisations, dates, budget and an audit row', async () => {
      const url = `/processes/${world.open.id}/actions`;
      const response = await post(world.browsers.member, url, actionFields(), `${url}/new`);
      expect(response.statusCode).toBe(303);
      const [action] = await actionsOf(world.open.id);
      expect(action).toMatchObject({
        title: 'Set up a one-stop centre for returning migrants',
        responsible_organisation_id: world.organisations.iom,
        start_date: '2014-03-01',
        end_date: '2015-12-31',
        currency: 'USD',
        status: 'in-progress',
        stage: 'implementation',
        created_by: world.users.member.id,
      });
      expect(Number(action!.budget_minor)).toBe(25_000_000);
      expect(Number(action!.progress)).toBe(40);
      expect(response.headers.location).toBe(`${url}/${action!.id}`);
      const partners = await ctx.db.kysely
        .selectFrom('action_partners')
        .selectAll()
        .where('action_id', '=', action!.id)
        .execute();
      expect(partners.map((p) => p.organisation_id)).toEqual([world.organisations.undp]);
      const audit = await ctx.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', action!.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['action.create']);
      const page = await world.browsers.member.get(response.headers.location as string);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('International Organization for Migration (IOM)');
      // Overdue: the end date has passed and it is not done, said in words.
      expect(page.body).toContain('Overdue');
    });

    it('refuses bad input with a message beside each field, keeps the text, and changes nothing', async () => {
      const url = `/processes/${world.open.id}/actions`;
      const before = await snapshot(ctx.db);
      const response = await post(
        world.browsers.member,
        url,
        actionFields({
          title: 'x'.repeat(201),
          'endDate.day': '1',
          'endDate.month': '1',
          'endDate.year': '2014',
          budgetAmount: '-5',
          currency: 'XYZ',
          responsibleOrganisation: 'Internat',
          progress: '150',
        }),
        `${url}/new`,
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, 'title')).toContain('200 characters or fewer');
      expect(fieldError(response.body, 'endDate')).toBe(
        'Enter an end date on or after the start date (March 1, 2014)',
      );
      expect(fieldError(response.body, 'budgetAmount')).toContain('0 or more');
      expect(fieldError(response.body, 'currency')).toContain('is not a currency code');
      expect(fieldError(response.body, 'progress')).toContain('0 to 100');
      // Type-to-find: close matches are named in the message.
      expect(fieldError(response.body, 'responsibleOrganisation')).toContain(
        'International Organization for Migration (IOM)',
      );
      expect(response.body).toContain('value="Internat"');
      expect(response.body).toContain('class="error-summary"');
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('refuses a post without a CSRF token', async () => {
      const before = await snapshot(ctx.db);
      const response = await post(
        world.browsers.member,
        `/processes/${world.open.id}/actions`,
        actionFields(),
        '/',
        false,
      );
      expect(response.statusCode).toBe(403);
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('offers the process’s organisations as suggestions, not the directory', async () => {
      const page = await world.browsers.member.get(`/processes/${world.open.id}/actions/new`);
      expect(page.body).toContain('<datalist id="organisation-suggestions">');
      expect(page.body).toContain('<option value="International Organization for Migration (IOM)">');
      expect(page.body).not.toContain('<option value="Ministry of Labour">');
    });
  });

  describe('changing an action', () => {
    let actionId: string;
    let url: string;
    beforeAll(async () => {
      const create = `/processes/${world.closed.id}/actions`;
      await post(
        world.browsers.owner,
        create,
        actionFields({ title: 'Train consular staff' }),
        `${create}/new`,
      );
      actionId = (await actionsOf(world.closed.id))[0]!.id;
      url = `/processes/${world.closed.id}/actions/${actionId}/edit`;
    });

    it('refuses signed-out visitors, outsiders and observers', async () => {
      expect((await world.browsers.anonymous.get(url)).statusCode).toBe(303);
      for (const who of ['outsider', 'observer'] as Who[])
        expect((await world.browsers[who].get(url)).statusCode, who).toBe(404);
    });

    it('saves a new version, and audits before and after', async () => {
      const page = await world.browsers.member.get(url);
      expect(page.statusCode).toBe(200);
      const response = await post(
        world.browsers.member,
        url,
        actionFields({ title: 'Train consular staff', status: 'done', progress: '60', version: '1' }),
        url,
      );
      expect(response.statusCode).toBe(303);
      const [row] = await actionsOf(world.closed.id);
      expect(row).toMatchObject({ status: 'done' });
      // A done action is complete.
      expect(Number(row!.progress)).toBe(100);
      expect(Number(row!.version)).toBe(2);
      const audit = await ctx.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', actionId)
        .where('action', '=', 'action.update')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!).status).toBe('in-progress');
      expect(JSON.parse(audit.after_json!).status).toBe('done');
    });

    it('answers a stale version with 409, the other person’s change kept and the text given back', async () => {
      const before = await snapshot(ctx.db);
      const response = await post(
        world.browsers.owner,
        url,
        actionFields({ title: 'My competing title', version: '1' }),
        url,
      );
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Someone else saved a change');
      expect(response.body).toContain('value="My competing title"');
      expect(response.body).toContain('name="version" value="2"');
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('does not find an action through another process (404)', async () => {
      expect(
        (await world.browsers.admin.get(`/processes/${world.open.id}/actions/${actionId}`)).statusCode,
      ).toBe(404);
      const response = await post(
        world.browsers.admin,
        `/processes/${world.open.id}/actions/${actionId}/edit`,
        actionFields({ version: '2' }),
        `/processes/${world.open.id}/actions`,
      );
      expect(response.statusCode).toBe(404);
    });
  });

  describe('filters, overdue actions and the timeline', () => {
    let processId: string;
    beforeAll(async () => {
      const process = await buildProcess(ctx.db, { title: 'Timeline process' }, [
        { userId: world.users.member.id, role: 'member' },
      ]);
      processId = process.id;
      const base = `/processes/${processId}/actions`;
      const future = String(new Date().getUTCFullYear() + 1);
      await post(world.browsers.member, base, actionFields({ title: 'Late action' }), `${base}/new`);
      await post(
        world.browsers.member,
        base,
        actionFields({ title: 'Finished action', status: 'done' }),
        `${base}/new`,
      );
      await post(
        world.browsers.member,
        base,
        actionFields({
          title: 'Future action',
          'endDate.year': future,
          status: 'planned',
          budgetAmount: '',
          currency: '',
        }),
        `${base}/new`,
      );
      await post(
        world.browsers.member,
        base,
        actionFields({
          title: 'Undated action',
          'startDate.day': '',
          'startDate.month': '',
          'startDate.year': '',
          'endDate.day': '',
          'endDate.month': '',
          'endDate.year': '',
        }),
        `${base}/new`,
      );
    });

    it('flags overdue actions in words and filters them', async () => {
      const list = await world.browsers.anonymous.get(`/processes/${processId}/actions`);
      expect(list.body).toContain('1 action is overdue');
      const overdue = await world.browsers.anonymous.get(`/processes/${processId}/actions?overdue=1`);
      expect(overdue.body).toContain('Late action');
      expect(overdue.body).not.toContain('Finished action');
      expect(overdue.body).not.toContain('Future action');
      const done = await world.browsers.anonymous.get(`/processes/${processId}/actions?status=done`);
      expect(done.body).toContain('Finished action');
      expect(done.body).not.toContain('Late action');
    });

    it('draws a timeline as an accessible SVG with a table alternative, mirrored right to left', async () => {
      const page = await world.browsers.anonymous.get(`/processes/${processId}/actions/timeline`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('role="img"');
      expect(page.body).toContain('<title id="timeline-svg-title">');
      expect(page.body).toContain('class="timeline__today"');
      expect(page.body).toContain('The timeline as a table');
      expect(page.body).toContain('1 action without a start and end date is not on the timeline');
      expect(page.body).not.toMatch(/\sstyle="/);
      const arabic = new Browser(ctx.app);
      arabic.cookies.set(LOCALE_COOKIE, 'ar');
      const rtl = await arabic.get(`/processes/${processId}/actions/timeline`);
      expect(rtl.statusCode).toBe(200);
      expect(rtl.body).toContain('dir="rtl"');
      expect(rtl.body).toContain('direction="rtl"');
    });

    it('rolls progress up by the average, or by budget when the team chooses', async () => {
      const base = `/processes/${processId}/actions`;
      const average = await world.browsers.anonymous.get(base);
      // (40 + 100 + 40 + 40) / 4 = 55
      expect(average.body).toContain('55%');
      const refused = await post(world.browsers.observer, `${base}/rollup`, { rollup: 'budget' }, base);
      expect(refused.statusCode).toBe(404);
      const saved = await post(world.browsers.member, `${base}/rollup`, { rollup: 'budget' }, base);
      expect(saved.statusCode).toBe(303);
      const weighted = await world.browsers.anonymous.get(base);
      // Budgets: 250,000 for the late (40%), finished (100%) and undated (40%) actions; none for the future one.
      expect(weighted.body).toContain('60%');
      expect(weighted.body).toContain('weighted by budget in USD');
      const setting = await ctx.db.kysely
        .selectFrom('monitoring_settings')
        .selectAll()
        .where('process_id', '=', processId)
        .executeTakeFirstOrThrow();
      expect(setting.rollup).toBe('budget');
    });

    it('exports the plan as CSV and XLSX, with the same permissions as the page', async () => {
      const csv = await world.browsers.anonymous.get(`/processes/${processId}/actions/export.csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\r\n')[0]).toContain('id,title,answers,gap_ref,responsible_organisation');
      expect(csv.body).toContain('Late action');
      const xlsx = await world.browsers.anonymous.get(`/processes/${processId}/actions/export.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]!.rowCount).toBe(5);
      expect(
        (await world.browsers.outsider.get(`/processes/${world.closed.id}/actions/export.csv`)).statusCode,
      ).toBe(404);
    });
  });

  describe('shared actions of paired processes', () => {
    it('shows the actions a paired process shares, read-only, and hides a private partner from outsiders', async () => {
      const origin = await buildProcess(ctx.db, { title: 'Origin process', visibility: 'private' }, [
        { userId: world.users.member.id, role: 'member' },
      ]);
      const destination = await buildProcess(ctx.db, { title: 'Destination process', country_alpha3: 'ITA' });
      await ctx.db.kysely
        .insertInto('process_pairs')
        .values({
          id: newId(),
          process_id: origin.id,
          partner_id: destination.id,
          status: 'accepted',
          note: null,
          proposed_by: null,
          proposed_at: now(),
          responded_by: null,
          responded_at: null,
        })
        .execute();
      const base = `/processes/${origin.id}/actions`;
      await post(
        world.browsers.member,
        base,
        actionFields({ title: 'Shared pre-departure training', sharedWithPair: '1' }),
        `${base}/new`,
      );
      await post(world.browsers.member, base, actionFields({ title: 'Kept to ourselves' }), `${base}/new`);
      const seen = await world.browsers.member.get(`/processes/${destination.id}/actions`);
      expect(seen.body).toContain('Shared by the paired process');
      expect(seen.body).toContain('Shared pre-departure training');
      expect(seen.body).not.toContain('Kept to ourselves');
      expect(seen.body).not.toContain(`${base}/`);
      const outsider = await world.browsers.outsider.get(`/processes/${destination.id}/actions`);
      expect(outsider.body).not.toContain('Shared pre-departure training');
    });
  });

  describe('turning a gap into an action (manifest hook)', () => {
    it('creates a planned action with the gap reference, audited, in the caller’s transaction', async () => {
      const hook = modules.find((m) => m.process?.createActionFromGap)?.process?.createActionFromGap;
      expect(hook).toBeDefined();
      const created = await ctx.db.kysely.transaction().execute((trx) =>
        hook!(trx, {
          processId: world.open.id,
          title: 'Give returnees access to social protection',
          gapRef: {
            kind: 'assessment-item',
            id: 'def',
            assessmentId: 'abc',
            round: 2,
            label: 'Round 2 · Health · Access to care',
            href: '/processes/x/assessments/abc/rounds/2#item-def',
          },
          actorId: world.users.member.id,
        }),
      );
      expect(created.href).toBe(`/processes/${world.open.id}/actions/${created.id}`);
      const row = await ctx.db.kysely
        .selectFrom('actions')
        .selectAll()
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        status: 'planned',
        gap_ref: 'Round 2 · Health · Access to care',
        gap_href: '/processes/x/assessments/abc/rounds/2#item-def',
        process_id: world.open.id,
      });
      expect(await countRows(ctx.db, 'audit_log')).toBeGreaterThan(0);
      const page = await world.browsers.anonymous.get(created.href);
      expect(page.body).toContain('href="/processes/x/assessments/abc/rounds/2#item-def"');
      expect(page.body).toContain('Round 2 · Health · Access to care');
      // The gap is what it answers: no "Gap or lesson it answers: Not given" above its link.
      expect(page.body).not.toContain('Gap or lesson it answers');
    });
  });
});
