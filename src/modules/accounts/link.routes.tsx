import { z } from 'zod';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { fieldErrors, formFields, keptValues, translateProblems } from '../../web/form/index.ts';
import { invitationInput, linkSecret, resetPasswordInput } from './account.schema.ts';
import { EMPTY_FORM, fieldLabels } from './form-state.ts';
import { acceptInvitation, describeLink, resetPassword } from './link.service.ts';
import { InvitationPage, LinkInvalidPage, ResetPasswordPage } from './link.views.tsx';
import { setSessionCookie } from './session-cookie.ts';

const secretParams = z.object({ secret: linkSecret });

/**
 * The secret in the path, or undefined when it cannot be one. Read here rather than by the route's
 * schema: a malformed link is answered like any unusable one, with its own page.
 */
function secretOf(params: unknown): string | undefined {
  const parsed = secretParams.safeParse(params);
  return parsed.success ? parsed.data.secret : undefined;
}

/** One-time links issued by an administrator or the CLI: invitations and password resets. */
export function linkRoutes(app: App, { db, config }: AppDeps): void {
  const invalidInvitation = <LinkInvalidPage kind="invitation" />;
  const invalidReset = <LinkInvalidPage kind="password-reset" />;

  app.get('/invitations/:secret', { config: { policy: 'public' } }, async (request, reply) => {
    const secret = secretOf(request.params);
    const link = secret ? await describeLink(db.kysely, 'invitation', secret) : undefined;
    if (!secret || !link) return reply.page(invalidInvitation, 404);
    return reply.page(<InvitationPage {...EMPTY_FORM} secret={secret} email={link.email} />);
  });

  app.post('/invitations/:secret', { config: { policy: 'public' } }, async (request, reply) => {
    const secret = secretOf(request.params);
    const link = secret ? await describeLink(db.kysely, 'invitation', secret) : undefined;
    if (!secret || !link) return reply.page(invalidInvitation, 404);
    const fields = formFields(request.body);
    const values = keptValues(fields);
    // The invited address is fixed by the invitation: a posted one is ignored.
    const parsed = invitationInput.safeParse(link.email ? { ...fields, email: undefined } : fields);
    const page = (errors: Record<string, string>) => (
      <InvitationPage secret={secret} email={link.email} values={values} errors={errors} />
    );
    if (!parsed.success)
      return reply.page(page(fieldErrors(parsed.error, request.i18n, fieldLabels(request.i18n))), 422);
    const result = await acceptInvitation(db.kysely, secret, parsed.data, {
      days: config.SESSION_DAYS,
      userAgent: request.headers['user-agent'] ?? null,
    });
    // A link used up meanwhile: the person needs a new one, as for any link that cannot be used.
    if (!result.ok && result.kind === 'not-found') return reply.page(invalidInvitation, 404);
    if (!result.ok) {
      const errors = translateProblems(problemsOf(result), request.i18n, {
        labels: fieldLabels(request.i18n),
      });
      return reply.page(page(errors), failureStatus(result));
    }
    setSessionCookie(reply, result.value.sessionToken, config);
    return reply.seeOther('/account', { kind: 'success', key: 'account.invitation.welcome' });
  });

  app.get('/reset-password/:secret', { config: { policy: 'public' } }, async (request, reply) => {
    const secret = secretOf(request.params);
    const link = secret ? await describeLink(db.kysely, 'password-reset', secret) : undefined;
    if (!secret || !link?.email) return reply.page(invalidReset, 404);
    return reply.page(<ResetPasswordPage secret={secret} email={link.email} errors={{}} />);
  });

  app.post('/reset-password/:secret', { config: { policy: 'public' } }, async (request, reply) => {
    const secret = secretOf(request.params);
    const link = secret ? await describeLink(db.kysely, 'password-reset', secret) : undefined;
    if (!secret || !link?.email) return reply.page(invalidReset, 404);
    const parsed = resetPasswordInput.safeParse(formFields(request.body));
    if (!parsed.success) {
      const errors = fieldErrors(
        parsed.error,
        request.i18n,
        fieldLabels(request.i18n, {
          password: request.i18n.t('account.field.newPassword'),
        }),
      );
      return reply.page(<ResetPasswordPage secret={secret} email={link.email} errors={errors} />, 422);
    }
    const result = await resetPassword(db.kysely, secret, parsed.data);
    // The only failure: the link was used up meanwhile (not-found), which has its own page.
    if (!result.ok) return reply.page(invalidReset, 404);
    // Every session of the account has ended; the kernel drops this browser's cookie if it was one.
    return reply.seeOther('/sign-in', { kind: 'success', key: 'account.reset.done' });
  });
}
