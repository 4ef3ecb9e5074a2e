import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { FAILURE_STATUS, failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { type FieldErrors, formFields, translateProblems } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { listCountryEditors } from './country-editor.repository.ts';
import { grantCountryEditor, revokeCountryEditor } from './country-editor.service.ts';
import { CountryEditorsPage, NarrativeHistoryPage } from './narrative.views.tsx';
import { canOnNarrative } from './profile.policy.ts';
import { listNarrativeVersions } from './profile.repository.ts';
import { profileParams } from './profile.schema.ts';
import { revertNarrative } from './profile.service.ts';
import { areaName, loadAreas } from './series.presenter.ts';

const revertParams = profileParams.extend({ version: z.coerce.number().int().min(1) });
const revertInput = z.object({ current: z.coerce.number().int().min(0) });

/**
 * A narrative's history and its "restore" action, and the page where administrators and
 * moderators name country editors (decision 43).
 */
export function narrativeRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  async function country(params: unknown) {
    const parsed = profileParams.safeParse(params);
    if (!parsed.success) throw notFound();
    const areas = await loadAreas(k);
    if (!areas.has(parsed.data.alpha3)) throw notFound();
    return { alpha3: parsed.data.alpha3, areas };
  }

  async function historyPage(request: FastifyRequest, alpha3: string, conflict: boolean) {
    const { areas } = await country(request.params);
    const rows = await listNarrativeVersions(k, alpha3);
    return (
      <NarrativeHistoryPage
        alpha3={alpha3}
        name={areaName(request.i18n, areas, alpha3)}
        canRevert={await canOnNarrative(k, request.actor, 'revert', alpha3)}
        conflict={conflict}
        entries={rows.map((r) => ({
          version: r.version,
          body: r.body,
          lang: r.lang,
          createdAt: r.created_at,
          author: r.author,
          revertedFrom: r.reverted_from,
        }))}
      />
    );
  }

  app.get(
    '/countries/:alpha3/profile/narrative/history',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { alpha3 } = await country(request.params);
      if (!(await canOnNarrative(k, request.actor, 'history', alpha3))) throw notFound();
      return reply.page(await historyPage(request, alpha3, false));
    },
  );

  app.post(
    '/countries/:alpha3/profile/narrative/history/:version/revert',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { alpha3 } = await country(request.params);
      if (!(await canOnNarrative(k, request.actor, 'revert', alpha3))) throw notFound();
      const params = revertParams.safeParse(request.params);
      const input = revertInput.safeParse(formFields(request.body));
      if (!params.success) throw notFound();
      // A form without the version it was read at cannot be checked: it is shown again as stale.
      if (!input.success) return reply.page(await historyPage(request, alpha3, true), FAILURE_STATUS.invalid);
      const to = params.data.version;
      const result = await revertNarrative(k, request.actor, alpha3, { to, current: input.data.current });
      if (!result.ok) {
        if (result.kind !== 'conflict') throw notFound();
        return reply.page(await historyPage(request, alpha3, true), failureStatus(result));
      }
      return reply.seeOther(`/countries/${alpha3}/profile#narrative`, {
        kind: 'success',
        key: 'data.history.reverted',
        values: { version: to },
      });
    },
  );

  async function editorsPage(
    request: FastifyRequest,
    values: { country?: string; email?: string } = {},
    errors: FieldErrors = {},
  ) {
    const areas = await loadAreas(k);
    const name = (alpha3: string) => areaName(request.i18n, areas, alpha3);
    const countries = [...areas.keys()]
      .map((alpha3) => ({ value: alpha3, label: name(alpha3) }))
      .sort((a, b) => a.label.localeCompare(b.label, request.i18n.locale));
    const editors = (await listCountryEditors(k)).map((e) => ({
      id: e.id,
      alpha3: e.country_alpha3,
      country: name(e.country_alpha3),
      name: e.user_name,
      email: e.user_email,
      grantedAt: e.granted_at,
      grantedBy: e.granted_by_name,
    }));
    return <CountryEditorsPage editors={editors} countries={countries} values={values} errors={errors} />;
  }

  const moderators = { config: { policy: 'moderator' as const } };

  app.get('/country-editors', moderators, async (request, reply) => reply.page(await editorsPage(request)));

  app.post('/country-editors', moderators, async (request, reply) => {
    const fields = formFields(request.body);
    const result = await grantCountryEditor(k, actorId(request.actor), {
      country: fields.country ?? '',
      email: fields.email ?? '',
    });
    if (!result.ok) {
      const errors = translateProblems(problemsOf(result), request.i18n, { order: ['country', 'email'] });
      return reply.page(await editorsPage(request, fields, errors), failureStatus(result));
    }
    const areas = await loadAreas(k);
    return reply.seeOther('/country-editors', {
      kind: 'success',
      key: 'data.editors.added',
      values: { name: result.value.name, country: areaName(request.i18n, areas, result.value.alpha3) },
    });
  });

  app.post(
    '/country-editors/:id/revoke',
    { ...moderators, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const result = await revokeCountryEditor(k, actorId(request.actor), id);
      if (!result.ok) throw notFound();
      return reply.seeOther('/country-editors', { kind: 'success', key: 'data.editors.removed' });
    },
  );
}
