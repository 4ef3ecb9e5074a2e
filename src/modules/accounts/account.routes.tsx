import { findUserById } from '../../auth/user.repository.ts';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { unauthorized } from '../../web/errors.ts';
import { fieldErrors, formFields, keptValues, translateProblems } from '../../web/form/index.ts';
import { hasExpired, presentAccount, presentToken } from './account.presenter.ts';
import { countActiveSessions, listUserMemberships } from './account.repository.ts';
import { changeNameInput, changePasswordInput } from './account.schema.ts';
import { changeName, changePassword, signOutEverywhere } from './account.service.ts';
import { AccountPage } from './account.views.tsx';
import { ChangeNamePage, ChangePasswordPage, SignOutEverywherePage } from './account-forms.views.tsx';
import { listActiveTokens } from './api-token.repository.ts';
import { EMPTY_FORM, fieldLabels } from './form-state.ts';
import { sessionActor } from './session-actor.ts';
import { clearSessionCookie } from './session-cookie.ts';

/** The signed-in person's own account: overview, name, password, sessions. */
export function accountRoutes(app: App, { db, config }: AppDeps): void {
  const signedIn = { config: { policy: 'signed-in' as const } };

  async function loadAccount(userId: string) {
    const row = await findUserById(db.kysely, userId);
    if (!row) throw unauthorized();
    return presentAccount(row);
  }

  app.get('/account', signedIn, async (request, reply) => {
    const { user } = sessionActor(request);
    const [account, memberships, sessionCount, tokens] = await Promise.all([
      loadAccount(user.id),
      listUserMemberships(db.kysely, user.id),
      countActiveSessions(db.kysely, user.id),
      listActiveTokens(db.kysely, user.id),
    ]);
    return reply.page(
      <AccountPage
        account={account}
        memberships={memberships}
        sessionCount={sessionCount}
        tokenCount={tokens.map(presentToken).filter((token) => !hasExpired(token)).length}
      />,
    );
  });

  app.get('/account/name', signedIn, async (request, reply) => {
    const account = await loadAccount(sessionActor(request).user.id);
    return reply.page(
      <ChangeNamePage values={{ name: account.name }} errors={{}} version={account.version} />,
    );
  });

  app.post('/account/name', signedIn, async (request, reply) => {
    const { user } = sessionActor(request);
    const fields = formFields(request.body);
    const values = keptValues(fields);
    const parsed = changeNameInput.safeParse(fields);
    if (!parsed.success) {
      const account = await loadAccount(user.id);
      const errors = fieldErrors(parsed.error, request.i18n, fieldLabels(request.i18n));
      return reply.page(<ChangeNamePage values={values} errors={errors} version={account.version} />, 422);
    }
    const result = await changeName(db.kysely, user, parsed.data);
    if (!result.ok) {
      // Someone changed the account meanwhile: keep the user's text, offer the current version.
      // The form has one field, so what went wrong is said beside it.
      const account = await loadAccount(user.id);
      const { _form, ...problems } = problemsOf(result);
      const errors = translateProblems(_form ? { name: _form, ...problems } : problems, request.i18n);
      return reply.page(
        <ChangeNamePage values={values} errors={errors} version={account.version} />,
        failureStatus(result),
      );
    }
    return reply.seeOther('/account', { kind: 'success', key: 'account.name.saved' });
  });

  app.get('/account/password', signedIn, async (request, reply) => {
    sessionActor(request);
    return reply.page(<ChangePasswordPage errors={EMPTY_FORM.errors} />);
  });

  app.post('/account/password', signedIn, async (request, reply) => {
    const actor = sessionActor(request);
    const labels = fieldLabels(request.i18n, { password: request.i18n.t('account.field.newPassword') });
    const parsed = changePasswordInput.safeParse(formFields(request.body));
    if (!parsed.success) {
      return reply.page(<ChangePasswordPage errors={fieldErrors(parsed.error, request.i18n, labels)} />, 422);
    }
    const result = await changePassword(db.kysely, actor.user, actor.sessionId, parsed.data);
    if (!result.ok) {
      const errors = translateProblems(problemsOf(result), request.i18n, { labels });
      return reply.page(<ChangePasswordPage errors={errors} />, failureStatus(result));
    }
    return reply.seeOther('/account', { kind: 'success', key: 'account.password.saved' });
  });

  app.get('/account/sessions/revoke-all', signedIn, async (request, reply) => {
    const { user } = sessionActor(request);
    const [sessionCount, tokens] = await Promise.all([
      countActiveSessions(db.kysely, user.id),
      listActiveTokens(db.kysely, user.id),
    ]);
    return reply.page(<SignOutEverywherePage sessionCount={sessionCount} tokenCount={tokens.length} />);
  });

  app.post('/account/sessions/revoke-all', signedIn, async (request, reply) => {
    const { user } = sessionActor(request);
    // A box left unticked is not sent at all: only an explicit "1" revokes the tokens.
    const revokeTokens = formFields(request.body).revokeTokens === '1';
    await signOutEverywhere(db.kysely, user.id, { revokeTokens });
    clearSessionCookie(reply, config);
    return reply.seeOther('/sign-in', { kind: 'success', key: 'account.sessions.revokedAll' });
  });
}
