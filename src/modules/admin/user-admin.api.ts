import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { sendAdminFailure } from './admin.problems.ts';
import {
  adminUserDetailOut,
  adminUserListOut,
  adminUserOut,
  apiUserActionBody,
  apiUserListQuery,
  listCursor,
  problemOut,
  USERS_PAGE_SIZE,
  userParams,
} from './admin.schema.ts';
import { presentAdminUser } from './user-admin.presenter.ts';
import { adminActor, readUserDetail } from './user-admin.read.ts';
import { listUsers } from './user-admin.repository.ts';
import { approveUser, deactivateUser } from './user-admin.service.ts';
import { cursorOf, listState } from './user-list.state.ts';

const errors = { 400: problemOut, 401: problemOut, 404: problemOut, 422: problemOut };
const security = [{ bearer: [] }];

/** The admin JSON API: users list, one user, approve and deactivate. Admin tokens only. */
export function adminApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/users',
    {
      config: { policy: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'List users (admins only)',
        description:
          'Filtered by status, role and text; paged by cursor. Callers who are not admins get 404.',
        security,
        querystring: apiUserListQuery,
        response: { 200: adminUserListOut, ...errors },
      },
    },
    async (request) => {
      const { cursor: rawCursor, limit = USERS_PAGE_SIZE } = request.query;
      const cursor = rawCursor ? listCursor.decode(rawCursor) : undefined;
      const state = listState(request.query);
      const { rows, hasMore } = await listUsers(db.kysely, db.dialect, {
        ...state,
        cursor,
        direction: 'after',
        limit,
      });
      const last = rows.at(-1);
      return {
        data: rows.map((r) => presentAdminUser(r, request.actor)),
        next: hasMore && last ? cursorOf(last, state.sort) : null,
      };
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { policy: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'One user with memberships and open sessions (admins only)',
        security,
        params: userParams,
        response: { 200: adminUserDetailOut, ...errors },
      },
    },
    async (request) => {
      const user = await readUserDetail(db.kysely, request.actor, request.params.id);
      if (!user) throw notFound();
      const { approvedByName: _name, apiTokens: _tokens, ...out } = user;
      return out;
    },
  );

  const commands = {
    approve: { run: approveUser, summary: 'Approve a pending user (admins only)' },
    deactivate: {
      run: async (...args: Parameters<typeof deactivateUser>) => {
        const result = await deactivateUser(...args);
        return result.ok ? { ok: true as const, value: result.value.user } : result;
      },
      summary: 'Deactivate a user and end their sessions (admins only)',
    },
  };
  for (const [name, command] of Object.entries(commands)) {
    app.post(
      `/api/v1/users/:id/${name}`,
      {
        config: { policy: 'admin' },
        schema: {
          tags: ['admin'],
          summary: command.summary,
          description:
            'Send the `version` you last read. 409 with code VersionConflict when the user changed since, InvalidState when the user is not in a state this applies to, LastAdmin when it would leave no active admin; 403 SelfChange for your own account.',
          security,
          params: userParams,
          body: apiUserActionBody,
          response: { 200: adminUserOut, ...errors, 403: problemOut, 409: problemOut },
        },
      },
      async (request, reply) => {
        const result = await command.run(db, adminActor(request), {
          userId: request.params.id,
          version: request.body.version,
        });
        if (!result.ok) return sendAdminFailure(request, reply, result);
        return presentAdminUser(result.value, request.actor);
      },
    );
  }
}
