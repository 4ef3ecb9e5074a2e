import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { listMembers } from './membership.repository.ts';
import { loadOrganisationFor, organisationDetail } from './organisation.access.ts';
import { countryNames } from './organisation.countries.ts';
import { presentMember, presentOrganisation } from './organisation.presenter.ts';
import { listOrganisationsAfter, type OrganisationCursor } from './organisation.repository.ts';
import {
  apiListQuery,
  memberOut,
  organisationDetailOut,
  organisationInput,
  organisationOut,
  organisationParams,
  organisationPatch,
} from './organisation.schema.ts';
import { createOrganisation, updateOrganisation } from './organisation.service.ts';

/** The `next` cursor: `[name, id]` of the last row, opaque to clients. */
export const organisationCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([name, id]): OrganisationCursor => ({ name, id })),
);

const tags = ['organisations'];
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), next: z.string().nullable() });

export function organisationApi(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/organisations',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'List organisations, by name, with filters and cursor paging',
        querystring: apiListQuery,
        response: { 200: list(organisationOut) },
      },
    },
    async (request) => {
      const { cursor, limit, ...filters } = request.query;
      const after = cursor ? organisationCursor.decode(cursor) : null;
      const [rows, names] = await Promise.all([
        listOrganisationsAfter(db.kysely, db.dialect, filters, after, limit + 1),
        countryNames(db.kysely, request.i18n),
      ]);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => presentOrganisation(r, request.i18n, names)),
        next: rows.length > limit && last ? organisationCursor.encode([last.name, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'One organisation',
        params: organisationParams,
        response: { 200: organisationDetailOut },
      },
    },
    async (request) => {
      const { row, role } = await loadOrganisationFor(db, request.params.id, request.actor, 'view');
      const detail = await organisationDetail(db, row, role, request.actor, request.i18n);
      return { ...detail.organisation, memberCount: detail.memberCount, can: detail.can };
    },
  );

  app.post(
    '/api/v1/organisations',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Add an organisation; you become its owner',
        security: [{ bearer: [] }],
        body: organisationInput,
        response: { 201: organisationDetailOut },
      },
    },
    async (request, reply) => {
      const result = await createOrganisation(db, actorId(request.actor), request.body);
      if (!result.ok) return sendFailure(request, reply, result);
      const detail = await organisationDetail(db, result.value, 'owner', request.actor, request.i18n);
      return reply
        .code(201)
        .header('location', `/api/v1/organisations/${result.value.id}`)
        .send({ ...detail.organisation, memberCount: detail.memberCount, can: detail.can });
    },
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Change an organisation (owners, editors, admins); 409 when `version` is stale',
        security: [{ bearer: [] }],
        params: organisationParams,
        body: organisationPatch,
        response: { 200: organisationDetailOut },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { role } = await loadOrganisationFor(db, id, request.actor, 'edit');
      const { version, ...patch } = request.body;
      const result = await updateOrganisation(db, actorId(request.actor), id, version, patch);
      if (!result.ok) return sendFailure(request, reply, result);
      const detail = await organisationDetail(db, result.value, role, request.actor, request.i18n);
      return { ...detail.organisation, memberCount: detail.memberCount, can: detail.can };
    },
  );

  app.get(
    '/api/v1/organisations/:id/members',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'The people who belong to an organisation, with their roles (signed-in users)',
        security: [{ bearer: [] }],
        params: organisationParams,
        response: { 200: list(memberOut) },
      },
    },
    async (request) => {
      const { id } = request.params;
      await loadOrganisationFor(db, id, request.actor, 'viewMembers');
      const members = await listMembers(db.kysely, id);
      return {
        data: members.map((m) => presentMember(m, request.i18n)),
        next: null,
      };
    },
  );
}
