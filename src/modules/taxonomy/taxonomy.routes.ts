import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { presentTerm } from './taxonomy.presenter.ts';
import { allTerms } from './taxonomy.repository.ts';
import { TAXONOMY_SCHEMES } from './taxonomy.table.ts';

const termOut = z.object({
  id: z.string().describe('`<scheme>:<code>`, e.g. `sdg:10.7`, `gcm:19`, `theme:data`'),
  scheme: z.enum(TAXONOMY_SCHEMES),
  code: z.string(),
  parentId: z.string().nullable().describe('The goal of an SDG target; null otherwise'),
  name: z.string().describe('Name in the language of the request'),
  short: z.string().describe('Short label: "SDG 10.7", "GCM 19", or the name'),
  label: z.string().describe('Full label'),
});

const taxonomyQuery = z.object({
  scheme: z.enum(TAXONOMY_SCHEMES).optional().describe('Only the terms of one scheme'),
});

/** The one taxonomy every module tags with, for API clients. */
export function taxonomyRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/taxonomy',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Themes, sectors, SDGs and targets, Global Compact objectives',
        querystring: taxonomyQuery,
        response: { 200: z.object({ data: z.array(termOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const terms = await allTerms(db.kysely);
      const { scheme } = request.query;
      return {
        data: terms.filter((t) => !scheme || t.scheme === scheme).map((t) => presentTerm(t, request.i18n)),
        next: null,
      };
    },
  );
}
