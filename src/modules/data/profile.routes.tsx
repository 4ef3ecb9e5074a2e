import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { FAILURE_STATUS, failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { fieldErrors, formFields } from '../../web/form/index.ts';
import { renderFragment } from './figures/render.ts';
import { profileData } from './profile.data.ts';
import { buildProfileView, findFigure, type ProfileView } from './profile.figures.ts';
import { renderProfilePdf } from './profile.pdf.ts';
import { canEditNarrative, canOnNarrative } from './profile.policy.ts';
import { findNarrative, userName } from './profile.repository.ts';
import { figureParams, narrativeInput, profileParams } from './profile.schema.ts';
import { saveNarrative } from './profile.service.ts';
import type { CountryNarrativeRow } from './profile.table.ts';
import { NarrativeEditPage, type NarrativeView, ProfilePage, ProfileSections } from './profile.views.tsx';
import { areaCode, areaName, loadAreas } from './series.presenter.ts';
import { ReleaseCache } from './series-cache.ts';

/** Profiles per country and language, charts rendered to HTML, kept until the next import. */
const views = new ReleaseCache<ProfileView & { sectionsHtml: string }>(200);

/**
 * The country (or, with `areas`, the area outside ISO 3166: decision 39) an address names:
 * `alpha3` as in the address, `area` its code in the indicator store (`XKX` → `AGG:XKX`).
 */
async function countryOr404(db: Kysely<Database>, params: unknown, options: { areas?: boolean } = {}) {
  const parsed = profileParams.safeParse(params);
  if (!parsed.success) throw notFound();
  const areas = await loadAreas(db);
  const area = areaCode(areas, parsed.data.alpha3);
  if (!area || (!options.areas && area !== parsed.data.alpha3)) throw notFound();
  return { alpha3: parsed.data.alpha3, area, isCountry: area === parsed.data.alpha3, areas };
}

function profileView(db: Kysely<Database>, area: string, i18n: Translator) {
  return views.get(db, `${area}|${i18n.locale}`, async () => {
    const areas = await loadAreas(db);
    const data = await profileData(db, area);
    const view = buildProfileView({ i18n, areas }, data, areaName(i18n, areas, area));
    return { ...view, sectionsHtml: renderFragment(i18n, <ProfileSections view={view} />) };
  });
}

async function narrativeView(
  db: Kysely<Database>,
  row: CountryNarrativeRow | undefined,
): Promise<NarrativeView | null> {
  if (!row) return null;
  return {
    body: row.body,
    lang: row.lang,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: await userName(db, row.updated_by),
  };
}

export function profileRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get(
    '/countries/:alpha3/profile',
    // Anonymous visitors get it from the kernel's page cache (src/web/page-cache.ts) until an
    // audited write (an import, a narrative saved) changes content.
    { config: { policy: 'public' } },
    async (request, reply) => {
      const { alpha3, area, isCountry } = await countryOr404(k, request.params, { areas: true });
      // Narratives are written by a country's team (decision 24): areas outside ISO 3166 have none.
      const row = isCountry ? await findNarrative(k, alpha3) : undefined;
      const [view, narrative, canEdit, canHistory] = await Promise.all([
        profileView(k, area, request.i18n),
        narrativeView(k, row),
        isCountry ? canEditNarrative(k, request.actor, alpha3) : false,
        isCountry ? canOnNarrative(k, request.actor, 'history', alpha3) : false,
      ]);
      return reply.page(
        <ProfilePage
          view={view}
          sectionsHtml={view.sectionsHtml}
          narrative={narrative}
          canEdit={canEdit}
          isCountry={isCountry}
          canHistory={canHistory}
        />,
      );
    },
  );

  app.get('/countries/:alpha3/profile.pdf', { config: { policy: 'public' } }, async (request, reply) => {
    const { alpha3, area, isCountry } = await countryOr404(k, request.params, { areas: true });
    const [view, narrative] = await Promise.all([
      profileView(k, area, request.i18n),
      isCountry ? findNarrative(k, alpha3).then((row) => narrativeView(k, row)) : null,
    ]);
    return reply
      .type('application/pdf')
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        `attachment; filename="${alpha3}-migration-profile-${request.i18n.locale}.pdf"`,
      )
      .send(renderProfilePdf(view, narrative, request.i18n));
  });

  app.get(
    '/countries/:alpha3/profile/csv/:figure',
    { config: { policy: 'public' } },
    async (request, reply) => {
      const params = figureParams.safeParse(request.params);
      if (!params.success) throw notFound();
      const { alpha3, area } = await countryOr404(k, request.params, { areas: true });
      const figure = findFigure(await profileView(k, area, request.i18n), params.data.figure);
      if (!figure) throw notFound();
      return sendTable(reply, {
        filename: `${alpha3}-${figure.id}`,
        format: 'csv',
        sheets: [{ name: figure.id, ...figure.csv }],
        cacheControl: 'public, max-age=300',
      });
    },
  );

  const editPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    alpha3: string,
    state: {
      values: { body: string; lang: string; version: number };
      errors?: Record<string, string>;
      conflict?: NarrativeView | null;
    },
    status = 200,
  ) => {
    const areas = await loadAreas(k);
    return reply.page(
      <NarrativeEditPage
        alpha3={alpha3}
        name={areaName(request.i18n, areas, alpha3)}
        values={state.values}
        errors={state.errors ?? {}}
        conflict={state.conflict ?? null}
      />,
      status,
    );
  };

  app.get(
    '/countries/:alpha3/profile/narrative',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { alpha3 } = await countryOr404(k, request.params);
      if (!(await canEditNarrative(k, request.actor, alpha3))) throw notFound();
      const row = await findNarrative(k, alpha3);
      return editPage(request, reply, alpha3, {
        values: { body: row?.body ?? '', lang: row?.lang ?? request.i18n.locale, version: row?.version ?? 0 },
      });
    },
  );

  app.post(
    '/countries/:alpha3/profile/narrative',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { alpha3 } = await countryOr404(k, request.params);
      if (!(await canEditNarrative(k, request.actor, alpha3))) throw notFound();
      const fields = formFields(request.body);
      const kept = {
        body: fields.body ?? '',
        lang: fields.lang ?? request.i18n.locale,
        version: Number.parseInt(fields.version ?? '0', 10) || 0,
      };
      const parsed = narrativeInput.safeParse(fields);
      if (!parsed.success) {
        const { t } = request.i18n;
        const errors = fieldErrors(parsed.error, request.i18n, {
          body: t('data.narrative.body'),
          lang: t('data.narrative.lang'),
          version: t('data.narrative.body'),
        });
        return editPage(request, reply, alpha3, { values: kept, errors }, FAILURE_STATUS.invalid);
      }
      const result = await saveNarrative(k, request.actor, alpha3, parsed.data);
      if (!result.ok) {
        if (result.kind !== 'conflict') throw notFound();
        const current = await narrativeView(k, await findNarrative(k, alpha3));
        // The form now starts from their version: saving again replaces it knowingly.
        return editPage(
          request,
          reply,
          alpha3,
          { values: { ...kept, version: current?.version ?? 0 }, conflict: current },
          failureStatus(result),
        );
      }
      return reply.seeOther(`/countries/${alpha3}/profile#narrative`, {
        kind: 'success',
        key: 'data.narrative.saved',
      });
    },
  );
}
