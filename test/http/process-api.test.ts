import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { bearerFor, sessionFor } from '../../src/modules/processes/process.test-helpers.ts';
import { DIALECTS } from '../support/databases.ts';
import { buildOrganisation, buildProcess, buildUser } from '../support/factories.ts';
import { testApp } from '../support/http.ts';

/**
 * The JSON API of a mainstreaming process as issue 3 lists it ("Reports and exports"): every
 * resource is there and documented, lists answer `{ data, next }`, and every module keeps the same
 * rules as its pages: a private process is invisible to non-members, observers cannot write, and
 * writes need a bearer token (a browser session is not enough).
 */
describe.each(DIALECTS)('the process API on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let s: Awaited<ReturnType<typeof setUp>>;

  async function setUp() {
    const users = {
      owner: await buildUser(ctx.db, { name: 'Olga Owner' }),
      member: await buildUser(ctx.db, { name: 'Mona Member' }),
      observer: await buildUser(ctx.db, { name: 'Omar Observer' }),
      outsider: await buildUser(ctx.db, { name: 'Otto Outsider' }),
      admin: await buildUser(ctx.db, { role: 'admin' }),
    };
    const headers = {
      owner: await bearerFor(ctx.db, users.owner.id),
      member: await bearerFor(ctx.db, users.member.id),
      observer: await bearerFor(ctx.db, users.observer.id),
      outsider: await bearerFor(ctx.db, users.outsider.id),
      admin: await bearerFor(ctx.db, users.admin.id),
      anonymous: {} as Record<string, string>,
    };
    const team = [
      { userId: users.owner.id, role: 'owner' as const },
      { userId: users.member.id, role: 'member' as const },
      { userId: users.observer.id, role: 'observer' as const },
    ];
    const open = await buildProcess(ctx.db, { title: 'Open Moldova process' }, team);
    const closed = await buildProcess(
      ctx.db,
      { title: 'Closed Tunisia process', country_alpha3: 'TUN', visibility: 'private' },
      team,
    );
    await buildOrganisation(ctx.db, { name: 'Tunisian General Labour Union', acronym: 'UGTT' });
    // A member's browser session: signed in, but without a token.
    const session = await sessionFor(ctx.app, ctx.db);
    await ctx.db.kysely
      .insertInto('process_members')
      .values({
        id: `sess${closed.id.slice(0, 10)}`,
        process_id: closed.id,
        user_id: session.user.id,
        organisation_id: null,
        role: 'member',
        created_at: new Date().toISOString(),
      })
      .execute();
    return { users, headers, open, closed, session: session.browser };
  }

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    s = await setUp();
  });
  afterAll(() => ctx.close());

  type Who = keyof typeof s.headers;
  const call = (who: Who, method: string, url: string, payload?: unknown) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      headers: s.headers[who],
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = async (response: Promise<LightMyRequestResponse>, status = 200) => {
    const answer = await response;
    expect(answer.statusCode, answer.body).toBe(status);
    return answer.json();
  };
  const base = (id = s.closed.id) => `/api/v1/processes/${id}`;

  /** Rows of every table a process's API may write, to prove that a refused call wrote nothing. */
  const TABLES: (keyof Database)[] = [
    'processes',
    'process_members',
    'process_stages',
    'assessments',
    'assessment_item_scores',
    'actions',
    'process_indicators',
    'indicator_values',
    'consultations',
    'lessons',
    'audit_log',
  ];
  async function fingerprint() {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await ctx.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    const versions = await ctx.db.kysely.selectFrom('processes').select(['id', 'version']).execute();
    return { counts, versions: versions.map((v) => `${v.id}:${v.version}`).sort() };
  }

  /** One of each thing, made through the API by the member, for the reads and writes below. */
  let made: {
    stage: string;
    assessment: string;
    item: string;
    action: string;
    indicator: string;
    value: string;
    consultation: string;
    lesson: string;
    observerMembership: string;
  };

  it('lets a member create each kind of record through the API', async () => {
    const stages = await ok(call('member', 'GET', `${base()}/stages`));
    const round = await ok(
      call('member', 'POST', `${base()}/assessments`, { templates: ['sector-health', 'sector-diaspora'] }),
      201,
    );
    expect(round).toMatchObject({ round: 1, gaps: 0, answered: 0 });
    expect(round.templates.map((t: { key: string }) => t.key)).toEqual(['sector-health', 'sector-diaspora']);
    const action = await ok(
      call('member', 'POST', `${base()}/actions`, { title: 'Train labour attachés', status: 'planned' }),
      201,
    );
    const indicator = await ok(
      call('member', 'POST', `${base()}/indicators`, {
        name: 'Migrant workers with a contract',
        unit: 'percent',
        direction: 'increase',
        baseline: { value: 40, year: 2013 },
        targets: [{ year: 2018, value: 70 }],
      }),
      201,
    );
    const value = await ok(
      call('member', 'POST', `${base()}/indicators/${indicator.id}/values`, { period: '2015', value: 48 }),
      201,
    );
    const consultation = await ok(
      call('member', 'POST', `${base()}/consultations`, {
        title: 'Draft migration chapter',
        audience: 'invited',
        invited: ['UGTT'],
        sections: [{ title: 'Labour migration', body: 'Bilateral agreements will cover recruitment fees.' }],
      }),
      201,
    );
    expect(consultation).toMatchObject({ status: 'draft', version: 1, sectionCount: 1 });
    expect(consultation.invited.map((o: { acronym: string }) => o.acronym)).toEqual(['UGTT']);
    const lesson = await ok(
      call('member', 'POST', `${base()}/lessons`, { text: 'A cross-cutting mandate helps.', date: '2013' }),
      201,
    );
    const members = await ok(call('owner', 'GET', `${base()}/members`));
    made = {
      stage: stages.data[0].id,
      assessment: round.id,
      item: round.items[0].id,
      action: action.id,
      indicator: indicator.id,
      value: value.id,
      consultation: consultation.id,
      lesson: lesson.id,
      observerMembership: members.data.find((m: { name: string }) => m.name === 'Omar Observer').id,
    };
  });

  it('documents every resource of the issue’s list in the OpenAPI description', async () => {
    const spec = await ok(call('anonymous', 'GET', '/api/openapi.json'));
    const wanted: Record<string, string[]> = {
      '/api/v1/processes': ['get', 'post'],
      '/api/v1/processes/{id}': ['get', 'patch'],
      '/api/v1/processes/{id}/stages': ['get'],
      '/api/v1/processes/{id}/stages/{stageId}': ['get', 'patch'],
      '/api/v1/processes/{id}/body': ['get', 'put'],
      '/api/v1/processes/{id}/members': ['get', 'post'],
      '/api/v1/processes/{id}/members/{itemId}': ['patch', 'delete'],
      '/api/v1/processes/{id}/assessments': ['get', 'post'],
      '/api/v1/processes/{id}/assessments/{assessmentId}': ['get'],
      '/api/v1/processes/{id}/assessments/{assessmentId}/items/{itemId}': ['put'],
      '/api/v1/processes/{id}/actions': ['get', 'post'],
      '/api/v1/processes/{id}/actions/{actionId}': ['get', 'patch'],
      '/api/v1/processes/{id}/indicators': ['get', 'post'],
      '/api/v1/processes/{id}/indicators/{indicatorId}': ['get', 'patch'],
      '/api/v1/processes/{id}/indicators/{indicatorId}/values': ['get', 'post'],
      '/api/v1/processes/{id}/indicators/{indicatorId}/values/{valueId}': ['patch'],
      '/api/v1/processes/{id}/values': ['get'],
      '/api/v1/processes/{id}/consultations': ['get', 'post'],
      '/api/v1/processes/{id}/consultations/{cid}': ['get'],
      '/api/v1/processes/{id}/consultations/{cid}/open': ['post'],
      '/api/v1/processes/{id}/consultations/{cid}/close': ['post'],
      '/api/v1/processes/{id}/lessons': ['get', 'post'],
      '/api/v1/processes/{id}/lessons/{lid}': ['get', 'put', 'delete'],
      '/api/v1/lessons': ['get'],
      '/api/v1/checklist-templates': ['get'],
    };
    for (const [path, methods] of Object.entries(wanted))
      for (const method of methods) {
        const operation = spec.paths[path]?.[method];
        expect(operation, `${method.toUpperCase()} ${path}`).toBeDefined();
        const answer = operation.responses['200'] ?? operation.responses['201'] ?? operation.responses['204'];
        expect(answer, `${method} ${path} documents its answer`).toBeDefined();
        if (method !== 'get') {
          expect(operation.security, `${method} ${path} needs a token`).toEqual([{ bearer: [] }]);
          if (method !== 'delete' && !path.endsWith('/open') && !path.endsWith('/close'))
            expect(operation.requestBody, `${method} ${path} has a body schema`).toBeDefined();
        }
      }
  });

  it('answers every list as { data, next }', async () => {
    const lists = [
      '/api/v1/processes',
      `${base()}/stages`,
      `${base()}/members`,
      `${base()}/assessments`,
      `${base()}/actions`,
      `${base()}/indicators`,
      `${base()}/indicators/${made.indicator}/values`,
      `${base()}/values`,
      `${base()}/consultations`,
      `${base()}/lessons`,
      '/api/v1/lessons',
      '/api/v1/checklist-templates',
    ];
    for (const url of lists) {
      const body = await ok(call('owner', 'GET', url));
      expect(Object.keys(body).sort(), url).toEqual(['data', 'next']);
      expect(Array.isArray(body.data), url).toBe(true);
      expect(body.next === null || typeof body.next === 'string', url).toBe(true);
    }
  });

  /** Every read of the private process and of its records. */
  const reads = () => [
    base(),
    `${base()}/stages`,
    `${base()}/stages/${made.stage}`,
    `${base()}/body`,
    `${base()}/assessments`,
    `${base()}/assessments/${made.assessment}`,
    `${base()}/actions`,
    `${base()}/actions/${made.action}`,
    `${base()}/indicators`,
    `${base()}/indicators/${made.indicator}`,
    `${base()}/indicators/${made.indicator}/values`,
    `${base()}/values`,
    `${base()}/consultations`,
    `${base()}/consultations/${made.consultation}`,
    `${base()}/lessons`,
    `${base()}/lessons/${made.lesson}`,
  ];

  it('hides a private process and everything in it from signed-out callers and outsiders', async () => {
    for (const url of [...reads(), `${base()}/members`]) {
      for (const who of ['anonymous', 'outsider'] as const) {
        const response = await call(who, 'GET', url);
        expect([401, 404], `${who} ${url}`).toContain(response.statusCode);
        expect(response.body).not.toContain('Closed Tunisia process');
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }
    for (const who of ['anonymous', 'outsider'] as const) {
      const list = await ok(call(who, 'GET', '/api/v1/processes?limit=100'));
      expect(list.data.map((p: { id: string }) => p.id)).not.toContain(s.closed.id);
      const lessons = await ok(call(who, 'GET', '/api/v1/lessons?limit=100'));
      expect(JSON.stringify(lessons)).not.toContain('A cross-cutting mandate helps.');
    }
    // Its observer reads it all, except the member list (for owners) and a draft consultation (for
    // the team that writes it).
    const draft = `${base()}/consultations/${made.consultation}`;
    for (const url of reads())
      expect((await call('observer', 'GET', url)).statusCode, url).toBe(url === draft ? 404 : 200);
    expect((await call('member', 'GET', draft)).statusCode).toBe(200);
    expect((await call('observer', 'GET', `${base()}/members`)).statusCode).toBe(404);
    expect((await call('admin', 'GET', `${base()}/members`)).statusCode).toBe(200);
  });

  /** Every write on the private process, with a body that would be accepted from a member. */
  const writes = () =>
    [
      ['PATCH', base(), { version: 1, title: 'Renamed' }],
      ['PATCH', `${base()}/stages/${made.stage}`, { version: 1, status: 'in-progress' }],
      [
        'PUT',
        `${base()}/body`,
        { version: 0, name: 'Committee', kind: 'other', members: [], government: [] },
      ],
      ['POST', `${base()}/members`, { email: 'nobody@example.org', role: 'observer' }],
      ['PATCH', `${base()}/members/${made.observerMembership}`, { role: 'member' }],
      ['DELETE', `${base()}/members/${made.observerMembership}`, undefined],
      ['POST', `${base()}/assessments`, { templates: ['sector-gender'] }],
      ['PUT', `${base()}/assessments/${made.assessment}/items/${made.item}`, { score: 'partly', version: 1 }],
      ['POST', `${base()}/actions`, { title: 'Another action' }],
      ['PATCH', `${base()}/actions/${made.action}`, { version: 1, progress: 50 }],
      ['POST', `${base()}/indicators`, { name: 'Another', unit: 'number', direction: 'increase' }],
      ['PATCH', `${base()}/indicators/${made.indicator}`, { version: 1, name: 'Renamed' }],
      ['POST', `${base()}/indicators/${made.indicator}/values`, { period: '2016', value: 50 }],
      ['PATCH', `${base()}/indicators/${made.indicator}/values/${made.value}`, { version: 1, value: 49 }],
      [
        'POST',
        `${base()}/consultations`,
        { title: 'Another', audience: 'invited', invited: ['UGTT'], sections: [] },
      ],
      ['POST', `${base()}/consultations/${made.consultation}/open`, { version: 1 }],
      ['POST', `${base()}/lessons`, { text: 'Another lesson' }],
      ['PUT', `${base()}/lessons/${made.lesson}`, { version: 1, text: 'Changed' }],
      ['DELETE', `${base()}/lessons/${made.lesson}`, undefined],
    ] as const;

  it('refuses every write to observers and outsiders with 404, writing nothing', async () => {
    const before = await fingerprint();
    for (const [method, url, body] of writes())
      for (const who of ['observer', 'outsider'] as const) {
        const response = await call(who, method, url, body);
        expect(response.statusCode, `${who} ${method} ${url}: ${response.body}`).toBe(404);
      }
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses every write without a bearer token, even from a signed-in member’s browser (401)', async () => {
    const before = await fingerprint();
    for (const [method, url, body] of writes()) {
      expect((await call('anonymous', method, url, body)).statusCode, `${method} ${url}`).toBe(401);
      const browser = await s.session.app.inject({
        method: method as 'POST',
        url,
        headers: { cookie: [...s.session.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      expect(browser.statusCode, `session ${method} ${url}`).toBe(401);
    }
    // The same session reads the private process: it is the write that needs the token.
    expect((await s.session.get(base())).statusCode).toBe(200);
    expect(await fingerprint()).toEqual(before);
  });

  describe('assessments', () => {
    it('names unknown checklists by their place in the list, and starts nothing', async () => {
      const before = await fingerprint();
      const response = await call('member', 'POST', `${base()}/assessments`, {
        templates: ['sector-health', 'sector-astrology'],
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        {
          location: 'body',
          pointer: '/templates/1',
          detail: 'No checklist has the id or key “sector-astrology”',
        },
      ]);
      expect((await call('member', 'POST', `${base()}/assessments`, { templates: [] })).statusCode).toBe(422);
      expect(await fingerprint()).toEqual(before);
    });

    it('starts round 2 by template id, and lists both rounds newest first', async () => {
      const templates = await ok(call('anonymous', 'GET', '/api/v1/checklist-templates?limit=100'));
      const gender = templates.data.find((t: { key: string }) => t.key === 'sector-gender');
      const round = await ok(call('admin', 'POST', `${base()}/assessments`, { templates: [gender.id] }), 201);
      expect(round.round).toBe(2);
      const list = await ok(call('observer', 'GET', `${base()}/assessments`));
      expect(list.data.map((r: { round: number }) => r.round)).toEqual([2, 1]);
    });
  });

  describe('members', () => {
    it('lets the owner change a role and remove a member, never the last owner', async () => {
      const members = await ok(call('owner', 'GET', `${base(s.open.id)}/members`));
      const id = (name: string) => members.data.find((m: { name: string }) => m.name === name).id;
      const changed = await ok(
        call('owner', 'PATCH', `${base(s.open.id)}/members/${id('Omar Observer')}`, { role: 'member' }),
      );
      expect(changed).toMatchObject({ name: 'Omar Observer', role: 'member' });
      const last = await call('owner', 'PATCH', `${base(s.open.id)}/members/${id('Olga Owner')}`, {
        role: 'member',
      });
      expect(last.statusCode).toBe(422);
      expect(last.json().errors[0].pointer).toBe('/role');
      expect(
        (await call('owner', 'DELETE', `${base(s.open.id)}/members/${id('Olga Owner')}`)).statusCode,
      ).toBe(422);
      expect(
        (await call('member', 'DELETE', `${base(s.open.id)}/members/${id('Omar Observer')}`)).statusCode,
      ).toBe(404);
      const removed = await call('owner', 'DELETE', `${base(s.open.id)}/members/${id('Omar Observer')}`);
      expect(removed.statusCode).toBe(204);
      expect(removed.body).toBe('');
      const after = await ok(call('owner', 'GET', `${base(s.open.id)}/members`));
      expect(after.data.map((m: { name: string }) => m.name).sort()).toEqual(['Mona Member', 'Olga Owner']);
      expect((await call('owner', 'DELETE', `${base(s.open.id)}/members/nosuchmember`)).statusCode).toBe(404);
    });
  });

  describe('indicators and values', () => {
    it('changes an indicator from the version read, refusing a stale one and a unit once values exist', async () => {
      const url = `${base()}/indicators/${made.indicator}`;
      const renamed = await ok(call('member', 'PATCH', url, { version: 1, name: 'Workers with a contract' }));
      expect(renamed).toMatchObject({
        name: 'Workers with a contract',
        unit: 'percent',
        targets: [{ year: 2018, value: 70 }],
        version: 2,
      });
      const stale = await call('member', 'PATCH', url, { version: 1, name: 'Too late' });
      expect(stale.statusCode).toBe(409);
      const unit = await call('member', 'PATCH', url, { version: 2, unit: 'number' });
      expect(unit.statusCode).toBe(422);
      expect(unit.json().errors[0].pointer).toBe('/unit');
      expect((await ok(call('observer', 'GET', url))).name).toBe('Workers with a contract');
    });

    it('lists every value of the process, by indicator and year, a page at a time', async () => {
      const second = await ok(
        call('member', 'POST', `${base()}/indicators`, {
          name: 'Returnees',
          unit: 'persons',
          direction: 'increase',
        }),
        201,
      );
      for (const [period, value] of [
        ['2016', 120],
        ['2017', 150],
      ] as const)
        await ok(call('member', 'POST', `${base()}/indicators/${second.id}/values`, { period, value }), 201);
      const all = await ok(call('observer', 'GET', `${base()}/values`));
      expect(all.data).toHaveLength(3);
      expect(all.next).toBeNull();
      const ofSecond = await ok(call('observer', 'GET', `${base()}/values?indicator=${second.id}`));
      expect(ofSecond.data.map((v: { value: number }) => v.value).sort()).toEqual([120, 150]);
      const of2015 = await ok(call('observer', 'GET', `${base()}/values?year=2015`));
      expect(of2015.data).toMatchObject([{ id: made.value, value: 48, period: '2015' }]);
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page: { data: { id: string }[]; next: string | null } = await ok(
          call('observer', 'GET', `${base()}/values?limit=2${next ? `&cursor=${next}` : ''}`),
        );
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((v) => v.id));
        next = page.next;
      } while (next);
      expect(seen.sort()).toEqual(all.data.map((v: { id: string }) => v.id).sort());
      const unknown = await call('observer', 'GET', `${base()}/values?indicator=nosuchindicator`);
      expect(unknown.statusCode).toBe(400);
      expect((await call('observer', 'GET', `${base()}/values?cursor=!!!`)).statusCode).toBe(400);
    });

    it('changes a value from the version read, and refuses one in a locked year', async () => {
      const url = `${base()}/indicators/${made.indicator}/values/${made.value}`;
      const changed = await ok(
        call('member', 'PATCH', url, { version: 1, value: 49, source: 'Labour survey' }),
      );
      expect(changed).toMatchObject({ value: 49, source: 'Labour survey', period: '2015', version: 2 });
      expect((await call('member', 'PATCH', url, { version: 1, value: 50 })).statusCode).toBe(409);
      expect((await call('member', 'PATCH', url, { version: 2, value: 150 })).statusCode).toBe(422);
      await ctx.db.kysely
        .insertInto('reporting_locks')
        .values({ process_id: s.closed.id, year: 2015, locked_by: null, locked_at: new Date().toISOString() })
        .execute();
      const locked = await call('member', 'PATCH', url, { version: 2, value: 51 });
      expect(locked.statusCode).toBe(409);
      expect(locked.json().code).toBe('PeriodLocked');
      expect((await ok(call('observer', 'GET', `${base()}/values?year=2015`))).data[0]).toMatchObject({
        value: 49,
        locked: true,
      });
    });
  });

  describe('consultations', () => {
    it('opens a draft once, and lets only the owner close it with a summary', async () => {
      const url = `${base()}/consultations/${made.consultation}`;
      const opened = await ok(call('member', 'POST', `${url}/open`, { version: 1 }));
      expect(opened).toMatchObject({ status: 'open', version: 2 });
      expect(opened.openedAt).toEqual(expect.any(String));
      const again = await call('member', 'POST', `${url}/open`, { version: 2 });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('ConsultationNotDraft');
      expect(
        (await call('member', 'POST', `${url}/close`, { version: 2, summary: 'Fees are capped.' }))
          .statusCode,
      ).toBe(404);
      expect((await call('owner', 'POST', `${url}/close`, { version: 1, summary: 'Late' })).statusCode).toBe(
        409,
      );
      expect((await call('owner', 'POST', `${url}/close`, { version: 2, summary: '' })).statusCode).toBe(422);
      const closed = await ok(
        call('owner', 'POST', `${url}/close`, { version: 2, summary: 'Fees are capped.' }),
      );
      expect(closed).toMatchObject({ status: 'closed', closingSummary: 'Fees are capped.' });
      expect((await ok(call('observer', 'GET', url))).status).toBe('closed');
    });

    it('refuses a public consultation on a private process, and an unknown organisation', async () => {
      const before = await fingerprint();
      const publicOne = await call('member', 'POST', `${base()}/consultations`, {
        title: 'Open to all',
        audience: 'public',
      });
      expect(publicOne.statusCode).toBe(422);
      const unknown = await call('member', 'POST', `${base()}/consultations`, {
        title: 'Invitation only',
        audience: 'invited',
        invited: ['Nobody we know'],
      });
      expect(unknown.statusCode).toBe(422);
      // The problem names the field it is about, as every command's problem does (sendFailure).
      expect(unknown.json()).toMatchObject({
        code: 'ValidationFailed',
        errors: [
          {
            pointer: '/invited/0',
            detail: 'No organisation is called “Nobody we know”. Check the name or acronym in the directory',
          },
        ],
      });
      expect(await fingerprint()).toEqual(before);
    });
  });

  describe('lessons and stages', () => {
    it('reads one lesson and one stage, and deletes a lesson for members', async () => {
      const lesson = await ok(call('observer', 'GET', `${base()}/lessons/${made.lesson}`));
      expect(lesson.text).toBe('A cross-cutting mandate helps.');
      const stage = await ok(call('observer', 'GET', `${base()}/stages/${made.stage}`));
      expect(stage).toMatchObject({ id: made.stage, position: 1, status: 'not-started' });
      expect((await call('observer', 'GET', `${base()}/stages/nosuchstage`)).statusCode).toBe(404);
      const deleted = await call('member', 'DELETE', `${base()}/lessons/${made.lesson}`);
      expect(deleted.statusCode).toBe(204);
      expect((await call('observer', 'GET', `${base()}/lessons/${made.lesson}`)).statusCode).toBe(404);
      expect((await call('member', 'DELETE', `${base()}/lessons/${made.lesson}`)).statusCode).toBe(404);
      const audit = await ctx.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', made.lesson)
        .execute();
      expect(audit.map((a) => a.action)).toContain('lesson.delete');
    });
  });
});
