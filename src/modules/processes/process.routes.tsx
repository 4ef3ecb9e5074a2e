import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { loadProcessList, loadProcessOverview, type ProcessListQuery } from './process.load.ts';
import { canCreateProcess } from './process.policy.ts';
import { ProcessListPage, ProcessOverviewPage } from './process.views.tsx';
import { loadWorkspace } from './workspace.ts';

const PAGE_SIZE = 20;

const listQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .catch(undefined),
  level: z.enum(['national', 'local']).optional().catch(undefined),
  tag: z.string().max(40).optional().catch(undefined),
  page: pageNumber,
});

/** The list's address for a page, keeping its filters. */
function listHref(query: ProcessListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.country) params.set('country', query.country);
  if (query.level) params.set('level', query.level);
  if (query.tag) params.set('tag', query.tag);
  params.set('page', String(page));
  return `/processes?${params.toString()}`;
}

/** The pages that read processes: the list and a process's workspace overview. */
export function processRoutes(app: App, { db, processSummaries }: AppDeps): void {
  const kysely = db.kysely;

  app.get('/processes', { config: { policy: 'public' } }, async (request, reply) => {
    const query = listQuery.parse(request.query);
    const list = await loadProcessList(kysely, request.actor, request.i18n, query, PAGE_SIZE);
    const past = pastLastPage(request.url, query.page, list.total, PAGE_SIZE);
    if (past) return reply.seeOther(past);
    return reply.page(
      <ProcessListPage
        processes={list.processes}
        filters={{ country: query.country, level: query.level, tag: query.tag }}
        countries={list.countries}
        terms={list.terms}
        page={query.page}
        pageSize={PAGE_SIZE}
        total={list.total}
        href={(page) => listHref(query, page)}
        invitations={list.invitations}
        mayCreate={canCreateProcess(request.actor)}
      />,
    );
  });

  app.get('/processes/:id', { config: { policy: 'public' } }, async (request, reply) => {
    const workspace = await loadWorkspace(kysely, request, 'view');
    const overview = await loadProcessOverview(db, request.actor, request.i18n, workspace, processSummaries);
    return reply.page(<ProcessOverviewPage {...overview} />);
  });
}
