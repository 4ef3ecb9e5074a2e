import { normaliseEmail } from '../../auth/user.repository.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { idParams } from '../../web/params.ts';
import { countOrganisationInvitationsTo } from './invitation.repository.ts';
import { loadOrganisationFor, organisationDetail } from './organisation.access.ts';
import { countryNames } from './organisation.countries.ts';
import { organisationsSheet } from './organisation.csv.ts';
import { canCreateOrganisation } from './organisation.policy.ts';
import { presentOrganisation } from './organisation.presenter.ts';
import { countOrganisations, listAllOrganisations, listOrganisations } from './organisation.repository.ts';
import { type DirectoryFilters, directoryFilters } from './organisation.schema.ts';
import { OrganisationListPage, OrganisationPage } from './organisation.views.tsx';

export const PAGE_SIZE = 50;

/**
 * Reads the directory filters from a query string. A filter that does not parse (an unknown type,
 * a malformed country code) is ignored rather than failing the page, as a hand-edited URL deserves.
 */
export function readFilters(query: unknown): DirectoryFilters {
  const raw = (query ?? {}) as Record<string, unknown>;
  const one = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const type = directoryFilters.shape.type.safeParse(one(raw.type));
  const country = directoryFilters.shape.country.safeParse(one(raw.country));
  const q = one(raw.q)?.trim().slice(0, 100);
  return {
    ...(type.success && type.data ? { type: type.data } : {}),
    ...(country.success && country.data ? { country: country.data } : {}),
    ...(q ? { q } : {}),
  };
}

function readPage(query: unknown): number {
  const value = Number.parseInt(String((query as Record<string, unknown> | undefined)?.page ?? '1'), 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 1_000_000) : 1;
}

/** The public directory, its CSV download and the organisation pages. */
export function organisationRoutes(app: App, { db, config, organisationPanels }: AppDeps): void {
  app.get('/organisations', { config: { policy: 'public' } }, async (request, reply) => {
    const filters = readFilters(request.query);
    const [total, names] = await Promise.all([
      countOrganisations(db.kysely, db.dialect, filters),
      countryNames(db.kysely, request.i18n),
    ]);
    // A page past the end shows the last page rather than an empty one.
    const page = Math.min(readPage(request.query), Math.max(1, Math.ceil(total / PAGE_SIZE)));
    const rows = await listOrganisations(db.kysely, db.dialect, filters, {
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    return reply.page(
      <OrganisationListPage
        organisations={rows.map((r) => presentOrganisation(r, request.i18n, names))}
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        filters={filters}
        countryOptions={names.options}
        canCreate={canCreateOrganisation(request.actor)}
        invitations={
          request.actor.kind === 'user'
            ? await countOrganisationInvitationsTo(db.kysely, normaliseEmail(request.actor.user.email))
            : 0
        }
      />,
    );
  });

  app.get('/organisations.csv', { config: { policy: 'public' } }, async (request, reply) => {
    const filters = readFilters(request.query);
    const [rows, names] = await Promise.all([
      listAllOrganisations(db.kysely, db.dialect, filters),
      countryNames(db.kysely, request.i18n),
    ]);
    const sheet = organisationsSheet(rows, request.i18n, names, config.PUBLIC_URL.replace(/\/$/, ''));
    return sendTable(reply, { filename: 'organisations', format: 'csv', sheets: [sheet] });
  });

  app.get(
    '/organisations/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { row, role } = await loadOrganisationFor(db, id, request.actor, 'view');
      const detail = await organisationDetail(db, row, role, request.actor, request.i18n);
      const results = await Promise.all(
        organisationPanels.map((panel) => panel(db, { id: row.id, name: row.name }, request.actor)),
      );
      const panels = results
        .flatMap((r) => (r ? [r] : []))
        .sort((a, b) => a.order - b.order)
        .map((r) => r.node);
      return reply.page(<OrganisationPage detail={detail} panels={panels} />);
    },
  );
}
