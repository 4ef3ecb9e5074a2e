import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { OTHER_AREAS } from './country.areas.ts';
import { type Country, presentCountry, sortByName } from './country.presenter.ts';
import { findCountry, listCountries } from './country.repository.ts';
import { countryListQuery, countryOut, countryParams } from './country.schema.ts';
import { CountryListPage, CountryPage } from './country.views.tsx';

export function countryRoutes(app: App, { db, countryPanels }: AppDeps): void {
  app.get('/countries', { config: { policy: 'public' } }, async (request, reply) => {
    const parsed = countryListQuery.safeParse(request.query);
    const region = parsed.success ? parsed.data.region : undefined;
    const rows = await listCountries(db.kysely, { regionCode: region });
    const countries = sortByName(
      rows.map((r) => presentCountry(r, request.i18n)),
      request.i18n.locale,
    );
    // Areas outside ISO 3166 are listed apart, and only on the whole list (they have no M49 region).
    const otherAreas = region
      ? []
      : OTHER_AREAS.map((a) => ({ code: a.code, name: a.names[request.i18n.locale] }));
    return reply.page(<CountryListPage countries={countries} region={region} otherAreas={otherAreas} />);
  });

  app.get('/countries/:alpha3', { config: { policy: 'public' } }, async (request, reply) => {
    const params = countryParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const row = await findCountry(db.kysely, params.data.alpha3);
    if (!row) throw notFound();
    const country: Country = presentCountry(row, request.i18n);
    const results = await Promise.all(countryPanels.map((panel) => panel(db, row, request.actor)));
    const panels = results
      .flatMap((r) => (r ? [r] : []))
      .sort((a, b) => a.order - b.order)
      .map((r) => r.node);
    return reply.page(<CountryPage country={country} panels={panels} />);
  });

  app.get(
    '/api/v1/countries',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['countries'],
        summary: 'List countries (ISO 3166) with UN M49 regions',
        querystring: countryListQuery,
        response: { 200: z.object({ data: z.array(countryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const rows = await listCountries(db.kysely, { regionCode: request.query.region });
      return { data: rows.map((r) => presentCountry(r, request.i18n)), next: null };
    },
  );

  app.get(
    '/api/v1/countries/:alpha3',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['countries'],
        summary: 'One country',
        params: countryParams,
        response: { 200: countryOut },
      },
    },
    async (request) => {
      const row = await findCountry(db.kysely, request.params.alpha3);
      if (!row) throw notFound();
      return presentCountry(row, request.i18n);
    },
  );
}
