import { problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, submitForm, textOf, today, translateProblems } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { allTerms } from '../taxonomy/index.ts';
import { presentCall } from './call.presenter.ts';
import { findCall, listCalls, submissionsTo } from './call.repository.ts';
import { CALL_FORM_FALLBACK, type CallDraft, callForm, callProblems, createCall } from './call.service.ts';
import { CallFormPage, CallListPage, CallPage } from './call.views.tsx';
import { countryOptions, themeOptions } from './practice.choices.ts';
import { isModerator } from './practice.policy.ts';

const CALL_FIELDS = [
  'title',
  'description',
  'themeId',
  'region',
  'origin',
  'destination',
  'opensOn',
  'closesOn',
];

function readCallDraft(body: unknown): CallDraft {
  const b = asBody(body);
  return Object.fromEntries(CALL_FIELDS.map((f) => [f, textOf(b, f)])) as CallDraft;
}

/** Calls for practices: the list, one call with its submissions for its organiser, and the form. */
export function callRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;
  async function choices(i18n: Translator) {
    const [countries, themes] = await Promise.all([countryOptions(db, i18n), themeOptions(db, i18n)]);
    return { countries, themes };
  }

  app.get('/calls', { config: { policy: 'public' } }, async (request, reply) => {
    const [rows, terms] = await Promise.all([listCalls(k, { limit: 200 }), allTerms(k)]);
    const day = today();
    return reply.page(
      <CallListPage
        calls={rows.map((r) => presentCall(r, day, request.actor, request.i18n, terms))}
        canCreate={isModerator(request.actor)}
      />,
    );
  });

  app.get('/calls/new', { config: { policy: 'moderator' } }, async (request, reply) =>
    reply.page(
      <CallFormPage
        draft={Object.fromEntries(CALL_FIELDS.map((f) => [f, ''])) as CallDraft}
        errors={{}}
        choices={await choices(request.i18n)}
      />,
    ),
  );

  app.post('/calls', { config: { policy: 'moderator' } }, async (request, reply) => {
    const draft = readCallDraft(request.body);
    const result = await submitForm(callForm, draft, {
      fallback: CALL_FORM_FALLBACK,
      problems: { fallback: 'practice.error.invalid' },
      run: (input) => createCall(db, request.actor, input),
      check: (rest) => callProblems(k, rest),
    });
    if (result.ok)
      return reply.seeOther(`/calls/${result.value.id}`, {
        kind: 'success',
        key: 'practice.flash.callCreated',
      });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(
      <CallFormPage
        draft={draft}
        errors={translateProblems(problemsOf(result), request.i18n, { order: CALL_FIELDS })}
        choices={await choices(request.i18n)}
      />,
      failureStatus(result),
    );
  });

  app.get(
    '/calls/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const row = await findCall(k, request.params.id);
      if (!row) throw notFound();
      const call = presentCall(row, today(), request.actor, request.i18n, await allTerms(k));
      const submissions = call.actions.seeSubmissions
        ? (await submissionsTo(k, row.id)).map((s) => ({
            id: s.id,
            title: s.title,
            status: s.status,
            reviews: Number(s.review_count),
            promising: s.promising === 1,
          }))
        : null;
      return reply.page(<CallPage call={call} submissions={submissions} />);
    },
  );
}
