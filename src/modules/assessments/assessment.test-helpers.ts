import { expect } from 'vitest';
import { apiToken as sharedApiToken } from '../../../test/support/api-token.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import type { DialectName } from '../../db/connection.ts';

export type Role = 'admin' | 'owner' | 'member' | 'observer' | 'outsider';

/** An app with one public and one private process, each with an owner, a member and an observer. */
export async function assessmentWorld(dialect: DialectName) {
  const ctx = await testApp(dialect);
  const users = {
    admin: await buildUser(ctx.db, { role: 'admin', name: 'Ada Admin' }),
    owner: await buildUser(ctx.db, { name: 'Olga Owner' }),
    member: await buildUser(ctx.db, { name: 'Mona Member' }),
    second: await buildUser(ctx.db, { name: 'Sami Second' }),
    observer: await buildUser(ctx.db, { name: 'Omar Observer' }),
    outsider: await buildUser(ctx.db, { name: 'Otto Outsider' }),
  };
  const members = [
    { userId: users.owner.id, role: 'owner' as const },
    { userId: users.member.id, role: 'member' as const },
    { userId: users.second.id, role: 'member' as const },
    { userId: users.observer.id, role: 'observer' as const },
  ];
  const publicProcess = await buildProcess(
    ctx.db,
    { title: 'Moldova national plan', visibility: 'public' },
    members,
  );
  const privateProcess = await buildProcess(
    ctx.db,
    { title: 'Tunisia local plan', visibility: 'private', country_alpha3: 'TUN' },
    members,
  );
  const browsers = {} as Record<keyof typeof users, Browser>;
  for (const [key, user] of Object.entries(users))
    browsers[key as keyof typeof users] = await signedIn(ctx.app, ctx.db, user.id);
  const templates = new Map(
    (await ctx.db.kysely.selectFrom('checklist_templates').select(['id', 'slug']).execute()).map((r) => [
      r.slug,
      r.id,
    ]),
  );
  return { ...ctx, users, browsers, publicProcess, privateProcess, templates };
}

export type World = Awaited<ReturnType<typeof assessmentWorld>>;

/** A bearer token for the API (the shared helper, with this module's world and user id). */
export function apiToken(world: World, userId: string): Promise<string> {
  return sharedApiToken(world.db, { id: userId });
}

/** Posts a form with repeated fields (checkboxes), the CSRF token read from `pageUrl`. */
export async function postFields(
  browser: Browser,
  url: string,
  fields: [string, string][],
  pageUrl: string,
  withCsrf = true,
) {
  const token = withCsrf ? await browser.csrfToken(pageUrl) : null;
  const body = new URLSearchParams(token ? [['_csrf', token], ...fields] : fields).toString();
  return browser.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body,
  });
}

/** Starts a round through the page, as a member would; returns its id. */
export async function startRound(
  world: World,
  processId: string,
  slugs: string[],
  browser = world.browsers.member,
) {
  const page = `/processes/${processId}/assessments`;
  const response = await postFields(
    browser,
    page,
    slugs.map((s) => ['templates', world.templates.get(s)!]),
    page,
  );
  expect(response.statusCode).toBe(303);
  const id = /\/assessments\/([a-z0-9]+)$/.exec(String(response.headers.location))?.[1];
  expect(id).toBeDefined();
  return id!;
}

/** The score rows of a round with their item keys, in template and item order. */
export async function scoreRows(world: World, assessmentId: string) {
  return world.db.kysely
    .selectFrom('assessment_item_scores as s')
    .innerJoin('checklist_template_items as i', 'i.id', 's.template_item_id')
    .innerJoin('assessment_templates as at', (j) =>
      j
        .onRef('at.assessment_id', '=', 's.assessment_id')
        .onRef('at.template_version_id', '=', 'i.template_version_id'),
    )
    .select(['s.id', 's.score', 's.evidence', 's.comment', 's.version', 'i.item_key', 'i.question_json'])
    .where('s.assessment_id', '=', assessmentId)
    .orderBy('at.position')
    .orderBy('i.position')
    .execute();
}

export async function auditCount(world: World, action: string): Promise<number> {
  const row = await world.db.kysely
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Scores an item through its form on the scoring page. */
export async function scoreItem(
  _world: World,
  browser: Browser,
  processId: string,
  assessmentId: string,
  scoreId: string,
  fields: { score?: string; evidence?: string; comment?: string; version: number },
) {
  const base = `/processes/${processId}/assessments/${assessmentId}`;
  return postFields(
    browser,
    `${base}/items/${scoreId}`,
    [
      ['score', fields.score ?? ''],
      ['evidence', fields.evidence ?? ''],
      ['comment', fields.comment ?? ''],
      ['version', String(fields.version)],
    ],
    base,
  );
}
