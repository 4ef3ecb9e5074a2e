import { takeAttempt, throttleKey } from '../../auth/throttle.ts';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { fieldErrors, formFields, keptValues, translateProblems } from '../../web/form/index.ts';
import { signInInput, signUpInput } from './account.schema.ts';
import {
  authenticate,
  SIGN_IN_REFUSED,
  signInPause,
  signOut,
  signUp,
  startSession,
} from './account.service.ts';
import { EMPTY_FORM, fieldLabels } from './form-state.ts';
import { clearSessionCookie, safeNext, sessionCookieValue, setSessionCookie } from './session-cookie.ts';
import { SignInPage } from './sign-in.views.tsx';
import { SignUpPage, SignUpPendingPage } from './sign-up.views.tsx';

const HOUR_MS = 60 * 60 * 1000;

/** Sign up, sign in and sign out. */
export function authRoutes(app: App, { db, config }: AppDeps): void {
  // Each rate-limited route counts on its own, per client address, over one minute, in this
  // process; the limits below are kept in the database, for every process at once.
  const limited = config.RATE_LIMIT
    ? { rateLimit: { max: config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } }
    : {};
  const accountLimit = config.RATE_LIMIT
    ? { max: config.SIGN_IN_ACCOUNT_LIMIT, minutes: config.SIGN_IN_ACCOUNT_MINUTES }
    : null;
  /** Minutes this client address must wait before asking for another account (0: go on). */
  async function signUpWait(ip: string): Promise<number> {
    if (!config.RATE_LIMIT) return 0;
    const rule = {
      key: throttleKey('sign-up-address', ip),
      max: config.SIGN_UP_RATE_LIMIT,
      windowMs: HOUR_MS,
    };
    return takeAttempt(db.kysely, [rule]);
  }

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
      return reply.page(<SignUpPage values={values} errors={errors} />, 422);
    }
    // Counted once the form is right, so that typing mistakes do not use up the address's allowance.
    const wait = await signUpWait(request.ip);
    if (wait > 0) {
      const errors = { email: request.i18n.t('account.signUp.limited', { minutes: wait }) };
      reply.header('retry-after', String(wait * 60));
      return reply.page(<SignUpPage values={values} errors={errors} />, 429);
    }
    const result = await signUp(db.kysely, parsed.data);
    if (!result.ok) {
      const errors = translateProblems(problemsOf(result), request.i18n, {
        labels: fieldLabels(request.i18n),
      });
      return reply.page(<SignUpPage values={values} errors={errors} />, failureStatus(result));
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
      return reply.page(<SignInPage values={values} errors={errors} next={next} />, 422);
    }
    const paused = await signInPause(db.kysely, parsed.data.email, accountLimit);
    if (paused > 0) {
      // The same words whether or not an account has this address: failures of unknown
      // addresses are counted too.
      const errors = { email: request.i18n.t('account.signIn.locked', { minutes: paused }) };
      reply.header('retry-after', String(paused * 60));
      return reply.page(<SignInPage values={values} errors={errors} next={next} />, 429);
    }
    const result = await authenticate(db.kysely, parsed.data, accountLimit);
    if (!result.ok) {
      // A right password for an account that may not sign in: say why, in a notice.
      const refusal = result.kind === 'refused' ? result.problems._form?.key : undefined;
      const notice =
        refusal === SIGN_IN_REFUSED.deactivated ? 'deactivated' : refusal ? 'pending' : undefined;
      const errors = notice ? {} : translateProblems(problemsOf(result), request.i18n);
      return reply.page(
        <SignInPage values={values} errors={errors} next={next} notice={notice} />,
        failureStatus(result),
      );
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
