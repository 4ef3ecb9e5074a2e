import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../../../test/support/http.ts';
import { issueOneTimeToken } from '../../auth/one-time-token.repository.ts';
import { sessionsOf, signedIn } from './account.test-helpers.ts';
import { createApiToken } from './api-token.service.ts';

const NEW_PASSWORD = 'a brand new passphrase';

describe.each(DIALECTS)('API tokens after account recovery on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  /** Two working tokens of the user (one read-only) and the status `/api/v1/me` gives each. */
  async function tokensOf(userId: string) {
    const secrets = await Promise.all([
      createApiToken(ctx.db.kysely, userId, { name: 'Dashboard', scope: 'read-write' }),
      createApiToken(ctx.db.kysely, userId, { name: 'Reader', scope: 'read' }),
    ]);
    const statuses = async () =>
      Promise.all(
        secrets.map(
          async ({ secret }) =>
            (
              await ctx.app.inject({
                url: '/api/v1/me',
                headers: { authorization: `Bearer ${secret}` },
              })
            ).statusCode,
        ),
      );
    expect(await statuses()).toEqual([200, 200]);
    return { statuses };
  }

  async function revokedCount(userId: string): Promise<number> {
    const rows = await ctx.db.kysely
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', userId)
      .where('revoked_at', 'is not', null)
      .execute();
    return rows.length;
  }

  it('revokes every token when the password is changed, and not the tokens of anyone else', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    const mine = await tokensOf(user.id);
    const other = await buildUser(ctx.db);
    const theirs = await tokensOf(other.id);
    const response = await browser.form(
      '/account/password',
      { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD },
      '/account/password',
    );
    expect(response.statusCode).toBe(303);
    expect(await mine.statuses()).toEqual([401, 401]);
    expect(await theirs.statuses()).toEqual([200, 200]);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('after_json')
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.change-password')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json ?? '{}')).toMatchObject({ tokensRevoked: 2 });
  });

  it('revokes every token when a reset link is used', async () => {
    const user = await buildUser(ctx.db);
    const tokens = await tokensOf(user.id);
    const { secret } = await ctx.db.kysely
      .transaction()
      .execute((trx) =>
        issueOneTimeToken(trx, { kind: 'password-reset', userId: user.id, createdBy: null, hours: 24 }),
      );
    const response = await new Browser(ctx.app).form(
      `/reset-password/${secret}`,
      { password: NEW_PASSWORD, confirmation: NEW_PASSWORD },
      `/reset-password/${secret}`,
    );
    expect(response.statusCode).toBe(303);
    expect(await tokens.statuses()).toEqual([401, 401]);
  });

  it('offers to revoke the tokens when signing out everywhere, ticked; unticked keeps them', async () => {
    const ticked = await signedIn(ctx.app, ctx.db);
    const tickedTokens = await tokensOf(ticked.user.id);
    const page = await ticked.browser.get('/account/sessions/revoke-all');
    expect(page.body).toMatch(
      /<input type="checkbox" id="revokeTokens" name="revokeTokens" value="1" checked/,
    );
    expect(page.body).toContain('Also revoke my 2 API tokens');
    // What the page sends with the box left ticked.
    const signedOut = await ticked.browser.form(
      '/account/sessions/revoke-all',
      { revokeTokens: '1' },
      '/account/sessions/revoke-all',
    );
    expect(signedOut.statusCode).toBe(303);
    expect(await sessionsOf(ctx.db, ticked.user.id)).toBe(0);
    expect(await tickedTokens.statuses()).toEqual([401, 401]);

    const unticked = await signedIn(ctx.app, ctx.db);
    const kept = await tokensOf(unticked.user.id);
    const response = await unticked.browser.form(
      '/account/sessions/revoke-all',
      {},
      '/account/sessions/revoke-all',
    );
    expect(response.statusCode).toBe(303);
    expect(await sessionsOf(ctx.db, unticked.user.id)).toBe(0);
    expect(await kept.statuses()).toEqual([200, 200]);
    expect(await revokedCount(unticked.user.id)).toBe(0);
  });

  it('does not offer the box to someone without tokens', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const page = await browser.get('/account/sessions/revoke-all');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('revokeTokens');
  });
});
