import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/app.ts';
import { type Actor, ANONYMOUS } from '../../src/auth/actor.ts';
import { createSession } from '../../src/auth/session.repository.ts';
import { newId, now } from '../../src/db/ids.ts';
import { canOnNarrative, type NarrativeAction } from '../../src/modules/data/index.ts';
import {
  canCreateOrganisation,
  canOnOrganisation,
  type OrganisationAction,
  organisationRoleOf,
} from '../../src/modules/organisations/index.ts';
import {
  canCreateProcess,
  canOnProcess,
  type ProcessAction,
  processRoleOf,
} from '../../src/modules/processes/index.ts';
import { DIALECTS } from '../support/databases.ts';
import { buildOrganisation, buildProcess } from '../support/factories.ts';
import { Browser, buildUser, testApp } from '../support/http.ts';

/**
 * `docs/permissions.md` is checked here, cell by cell, against the code: the policy functions
 * for rules about a record, a real request for the pages only some platform roles open.
 */

const DOC = new URL('../../docs/permissions.md', import.meta.url);

const COLUMNS = [
  'anonymous',
  'user',
  'org member',
  'org editor',
  'org owner',
  'process observer',
  'process member',
  'process owner',
  'country editor',
  'moderator',
  'admin',
] as const;
type Column = (typeof COLUMNS)[number];

interface Row {
  key: string;
  cells: Record<Column, boolean>;
}

/** The rows of the table under "## The table", keyed `object | action`. */
function parseTable(markdown: string): Row[] {
  const section = markdown.split(/^## The table$/m)[1];
  if (!section) throw new Error('docs/permissions.md has no "## The table" section');
  const lines = section
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|'));
  const split = (line: string) =>
    line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  const [header, , ...body] = lines.map(split);
  expect(header).toEqual(['object', 'action', ...COLUMNS]);
  return body.map((cells) => {
    const [object, action, ...values] = cells;
    const row = {} as Record<Column, boolean>;
    COLUMNS.forEach((column, i) => {
      const value = values[i];
      if (value !== 'yes' && value !== 'no') throw new Error(`${object} | ${action} | ${column}: "${value}"`);
      row[column] = value === 'yes';
    });
    return { key: `${object} | ${action}`, cells: row };
  });
}

/** Every cell where the table and the code disagree, and rows either side lacks. */
async function disagreements(
  rows: Row[],
  checks: Record<string, (column: Column) => Promise<boolean>>,
): Promise<string[]> {
  const found: string[] = [];
  for (const row of rows) {
    const check = checks[row.key];
    if (!check) {
      found.push(`${row.key}: no check for this row`);
      continue;
    }
    for (const column of COLUMNS) {
      const actual = await check(column);
      if (actual !== row.cells[column])
        found.push(
          `${row.key} | ${column}: the table says ${row.cells[column] ? 'yes' : 'no'}, the code ${actual ? 'yes' : 'no'}`,
        );
    }
  }
  const documented = new Set(rows.map((r) => r.key));
  for (const key of Object.keys(checks))
    if (!documented.has(key)) found.push(`${key}: checked but not in the table`);
  return found;
}

describe.each(DIALECTS)('the permissions table on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  const actors = new Map<Column, Actor>();
  const browsers = new Map<Column, Browser>();
  let organisationId = '';
  let publicProcess = '';
  let privateProcess = '';

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const k = ctx.db.kysely;
    const organisation = await buildOrganisation(ctx.db, {
      name: 'Government',
      type: 'national-government',
      country_alpha3: 'MAR',
    });
    organisationId = organisation.id;
    const people = new Map<
      Column,
      { id: string; email: string; name: string; role: 'user' | 'moderator' | 'admin' }
    >();
    for (const column of COLUMNS) {
      if (column === 'anonymous') continue;
      const role = column === 'admin' || column === 'moderator' ? column : 'user';
      people.set(column, await buildUser(ctx.db, { role, name: column }));
    }
    const id = (column: Column) => people.get(column)!.id;
    for (const role of ['member', 'editor', 'owner'] as const)
      await k
        .insertInto('memberships')
        .values({ organisation_id: organisation.id, user_id: id(`org ${role}`), role, created_at: now() })
        .execute();
    const entries = [
      { organisationId: organisation.id, role: 'member' as const },
      { userId: id('process observer'), role: 'observer' as const },
      { userId: id('process member'), role: 'member' as const },
      { userId: id('process owner'), role: 'owner' as const },
    ];
    publicProcess = (await buildProcess(ctx.db, { country_alpha3: 'MAR', visibility: 'public' }, entries)).id;
    privateProcess = (await buildProcess(ctx.db, { country_alpha3: 'MAR', visibility: 'private' }, entries))
      .id;
    await k
      .insertInto('country_editors')
      .values({
        id: newId(),
        country_alpha3: 'MAR',
        user_id: id('country editor'),
        granted_by: null,
        granted_at: now(),
      })
      .execute();

    actors.set('anonymous', ANONYMOUS);
    browsers.set('anonymous', new Browser(ctx.app));
    for (const [column, user] of people) {
      const sessionId = await createSession(k, user.id, { days: 1 });
      actors.set(column, { kind: 'user', user: { ...user, status: 'active' }, via: 'session', sessionId });
      const browser = new Browser(ctx.app);
      browser.cookies.set(SESSION_COOKIE, sessionId);
      browsers.set(column, browser);
    }
  });
  afterAll(() => ctx.close());

  const actor = (column: Column) => actors.get(column)!;

  /** Whether the page opens for this column: 200 yes; 404 (or, signed out, sign in) no. */
  const opens = (url: string) => async (column: Column) => {
    const response = await browsers.get(column)!.get(url);
    if (response.statusCode === 200) return true;
    if (response.statusCode === 404 || (column === 'anonymous' && response.statusCode === 303)) return false;
    throw new Error(`${url} answered ${response.statusCode} to ${column}`);
  };

  const narrative = (action: NarrativeAction) => (column: Column) =>
    canOnNarrative(ctx.db.kysely, actor(column), action, 'MAR');

  const organisation = (action: OrganisationAction) => async (column: Column) => {
    const a = actor(column);
    const role = await organisationRoleOf(
      ctx.db.kysely,
      organisationId,
      a.kind === 'user' ? a.user.id : null,
    );
    return canOnOrganisation(a, action, role);
  };

  const process =
    (action: ProcessAction, which: () => string, visibility: 'public' | 'private') =>
    async (column: Column) => {
      const a = actor(column);
      return canOnProcess(a, action, { visibility }, await processRoleOf(ctx.db.kysely, a, which()));
    };

  /** Both the rule and the page must say the same. */
  const both =
    (...checks: ((column: Column) => Promise<boolean>)[]) =>
    async (column: Column) => {
      const answers = await Promise.all(checks.map((check) => check(column)));
      if (new Set(answers).size !== 1)
        throw new Error(`the checks disagree for ${column}: ${answers.join(', ')}`);
      return answers[0]!;
    };

  const checks = (): Record<string, (column: Column) => Promise<boolean>> => ({
    'country narrative | read': narrative('read'),
    'country narrative | edit': both(narrative('edit'), opens('/countries/MAR/profile/narrative')),
    'country narrative | see history': both(
      narrative('history'),
      opens('/countries/MAR/profile/narrative/history'),
    ),
    'country narrative | restore': narrative('revert'),
    'country editors | name, remove': both(narrative('grantEditors'), opens('/country-editors')),
    'organisation | view': organisation('view'),
    'organisation | create': async (column) => canCreateOrganisation(actor(column)),
    'organisation | see members': organisation('viewMembers'),
    'organisation | edit': organisation('edit'),
    'organisation | manage members': both(
      organisation('manageMembers'),
      opens(`/organisations/${organisationId}/members`),
    ),
    'public process | view': process('view', () => publicProcess, 'public'),
    'private process | view': both(
      process('view', () => privateProcess, 'private'),
      (column) => opens(`/processes/${privateProcess}`)(column),
    ),
    'process | create': async (column) => canCreateProcess(actor(column)),
    'process content (stages, body, assessments, actions, indicators, lessons, consultations) | edit': both(
      process('edit', () => publicProcess, 'public'),
      (column) => opens(`/processes/${publicProcess}/body/edit`)(column),
    ),
    'process settings, visibility, members, invitations, pairing | manage': both(
      process('manage', () => publicProcess, 'public'),
      (column) => opens(`/processes/${publicProcess}/members`)(column),
    ),
    'data imports | run, list': opens('/data/imports'),
    'user accounts (approval, roles, invitation links, resets) | manage': opens('/admin/users'),
    'audit log | read': opens('/admin/audit'),
  });

  it('agrees with the code in every cell', async () => {
    const rows = parseTable(readFileSync(DOC, 'utf8'));
    expect(await disagreements(rows, checks())).toEqual([]);
  });

  it('notices a cell that says otherwise', async () => {
    const rows = parseTable(readFileSync(DOC, 'utf8'));
    const edit = rows.find((r) => r.key === 'country narrative | edit')!;
    // The old rule (issue 7): an organisation's editor wrote the narrative.
    edit.cells['org editor'] = true;
    expect(await disagreements(rows, checks())).toEqual([
      'country narrative | edit | org editor: the table says yes, the code no',
    ]);
    const lost = rows.filter((r) => r.key !== 'audit log | read');
    expect(await disagreements(lost, checks())).toContain('audit log | read: checked but not in the table');
  });
});
