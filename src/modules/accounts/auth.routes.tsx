import type { App, AppDeps } from '../../web/app-types.ts';
import { fieldErrors, formFields } from '../../web/forms.ts';
import { signInInput, signUpInput } from './account.schema.ts';
import { authenticate, signOut, signUp, startSession } from './account.service.ts';
import { EMPTY_FORM, fieldLabels, keptValues, translateErrors } from './form-state.ts';
import { clearSessionCookie, safeNext, sessionCookieValue, setSessionCookie } from './session-cookie.ts';
import { SignInPage } from './sign-in.views.tsx';
import { SignUpPage, SignUpPendingPage } from './sign-up.views.tsx';

/** Sign up, sign in and sign out. */
export function authRoutes(app: App, { db, config }: AppDeps): void {
  // Each rate-limited route counts on its own, per client address, over one minute.
  const limited = config.RATE_LIMIT
    ? { rateLimit: { max: config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } }
    : {};

  app.get('/sign-up', { config: { policy: 'public' } }, async (request, reply) => {
    if (request.actor.kind === 'user') return reply.seeOther('/account');
    return reply.page(<SignUpPage {...EMPTY_FORM} />);
  });

  app.post('/sign-up', { config: { policy: 'public', ...limited } }, async (request, reply) => {
    if (request.actor.kind === 'user') return reply.seeOther('/account');
    const fields = formFields(request.body);
    const values = keptValues(fields);
    const parsed = signUpInput.safeParse(fields);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, request.i18n, fieldLabels(request.i18n));
      return reply.page(<SignUpPage values={values} errors={errors} />, 400);
    }
    const result = await signUp(db.kysely, parsed.data);
    if (!result.ok) {
      return reply.page(
        <SignUpPage values={values} errors={translateErrors(result.errors, request.i18n)} />,
        400,
      );
    }
    return reply.seeOther('/sign-up/pending');
  });

  app.get('/sign-up/pending', { config: { policy: 'public' } }, async (_request, reply) =>
    reply.page(<SignUpPendingPage />),
  );

  app.get('/sign-in', { config: { policy: 'public' } }, async (request, reply) => {
    const next = safeNext((request.query as Record<string, unknown>).next);
    if (request.actor.kind === 'user') return reply.seeOther(next);
    return reply.page(<SignInPage {...EMPTY_FORM} next={next} />);
  });

  app.post('/sign-in', { config: { policy: 'public', ...limited } }, async (request, reply) => {
    const fields = formFields(request.body);
    const next = safeNext(fields.next ?? (request.query as Record<string, unknown>).next);
    const values = { email: fields.email ?? '' };
    const parsed = signInInput.safeParse(fields);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, request.i18n, fieldLabels(request.i18n));
      return reply.page(<SignInPage values={values} errors={errors} next={next} />, 400);
    }
    const result = await authenticate(db.kysely, parsed.data);
    if (!result.ok) {
      const refusal = result.errors;
      if (refusal === 'wrong-credentials') {
        const errors = { email: request.i18n.t('account.signIn.wrong') };
        return reply.page(<SignInPage values={values} errors={errors} next={next} />, 400);
      }
      return reply.page(<SignInPage values={values} errors={{}} next={next} notice={refusal} />, 403);
    }
    const token = await startSession(db.kysely, result.value.id, {
      days: config.SESSION_DAYS,
      userAgent: request.headers['user-agent'] ?? null,
      previousToken: sessionCookieValue(request.cookies),
    });
    setSessionCookie(reply, token, config);
    return reply.seeOther(next);
  });

  app.post('/sign-out', { config: { policy: 'public' } }, async (request, reply) => {
    await signOut(db.kysely, sessionCookieValue(request.cookies));
    clearSessionCookie(reply, config);
    return reply.seeOther('/', { kind: 'success', key: 'account.signedOut' });
  });
}
