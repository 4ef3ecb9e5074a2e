import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { fieldErrors, formFields, keptValues } from '../../web/form/index.ts';
import { presentToken } from './account.presenter.ts';
import { canOnApiToken } from './api-token.policy.ts';
import { findActiveToken, listActiveTokens } from './api-token.repository.ts';
import { tokenInput, tokenParams } from './api-token.schema.ts';
import { createApiToken, revokeApiToken } from './api-token.service.ts';
import { sessionActor } from './session-actor.ts';
import { NewTokenPage, RevokeTokenPage, TokenCreatedPage, TokenListPage } from './token.views.tsx';

/** The new token form as first shown: read-only is ticked (decision 47), no expiry. */
const NEW_TOKEN_FORM = { values: { scope: 'read' }, errors: {} };

/** API tokens, managed from the account pages. */
export function tokenRoutes(app: App, { db, config }: AppDeps): void {
  const signedIn = { config: { policy: 'signed-in' as const } };

  app.get('/account/tokens', signedIn, async (request, reply) => {
    const { user } = sessionActor(request);
    const tokens = await listActiveTokens(db.kysely, user.id);
    return reply.page(<TokenListPage tokens={tokens.map(presentToken)} />);
  });

  app.get('/account/tokens/new', signedIn, async (request, reply) => {
    sessionActor(request);
    return reply.page(<NewTokenPage {...NEW_TOKEN_FORM} />);
  });

  app.post('/account/tokens', signedIn, async (request, reply) => {
    const { user } = sessionActor(request);
    const fields = formFields(request.body);
    const parsed = tokenInput.safeParse(fields);
    if (!parsed.success) {
      const { t } = request.i18n;
      const errors = fieldErrors(parsed.error, request.i18n, {
        name: t('account.tokens.name'),
        scope: t('account.tokens.scope'),
        expiresOn: t('account.tokens.expiresOn'),
      });
      return reply.page(<NewTokenPage values={keptValues(fields)} errors={errors} />, 422);
    }
    const token = await createApiToken(db.kysely, user.id, parsed.data);
    // Shown in the answer to the post itself, never stored or redirected with: reloading does
    // not show it again.
    return reply.page(<TokenCreatedPage token={token} apiUrl={config.PUBLIC_URL} />, 201);
  });

  /** The user's own active token, or 404 (someone else's and a revoked one alike). */
  async function ownToken(request: Parameters<typeof sessionActor>[0]) {
    const actor = sessionActor(request);
    const params = tokenParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const token = await findActiveToken(db.kysely, params.data.id);
    if (!token || !canOnApiToken(actor, 'revoke', token)) throw notFound();
    return token;
  }

  app.get('/account/tokens/:id/revoke', signedIn, async (request, reply) => {
    const token = await ownToken(request);
    return reply.page(<RevokeTokenPage token={presentToken(token)} />);
  });

  app.post('/account/tokens/:id/revoke', signedIn, async (request, reply) => {
    const token = await ownToken(request);
    const result = await revokeApiToken(db.kysely, request.actor, token.id);
    if (!result.ok) throw notFound();
    return reply.seeOther('/account/tokens', {
      kind: 'success',
      key: 'account.tokens.revoked',
      values: { name: token.name },
    });
  });
}
