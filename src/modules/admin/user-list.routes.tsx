import type { App, AppDeps } from '../../web/app-types.ts';
import { fieldErrors, formFields } from '../../web/form/index.ts';
import { listCursor, PLATFORM_ROLES, USER_STATUSES, USERS_PAGE_SIZE, userListQuery } from './admin.schema.ts';
import { countOpenInvitations } from './invitation.repository.ts';
import { OverviewPage } from './overview.views.tsx';
import { presentAdminUser } from './user-admin.presenter.ts';
import {
  countMatchingUsers,
  countUsersByStatus,
  listPendingUsers,
  listUsers,
} from './user-admin.repository.ts';
import { cursorOf, listState } from './user-list.state.ts';
import { UserListPage, type UserListState, usersHref } from './user-list.views.tsx';

const PENDING_ON_OVERVIEW = 10;
/** Text searches read every row; beyond this many matches the list says "more than". */
const SEARCH_COUNT_CAP = 1000;

export function userListRoutes(app: App, { db, manifests }: AppDeps): void {
  const tools = manifests
    .flatMap((m) => m.navigation ?? [])
    .filter((entry) => entry.placement === 'admin')
    .sort((a, b) => a.order - b.order);
  app.get('/admin', { config: { policy: 'admin' } }, async (request, reply) => {
    const [counts, pending, openInvitations] = await Promise.all([
      countUsersByStatus(db.kysely),
      listPendingUsers(db.kysely, PENDING_ON_OVERVIEW),
      countOpenInvitations(db.kysely),
    ]);
    return reply.page(
      <OverviewPage
        counts={counts}
        pending={pending.map((r) => presentAdminUser(r, request.actor))}
        openInvitations={openInvitations}
        tools={tools}
      />,
    );
  });

  app.get('/admin/users', { config: { policy: 'admin' } }, async (request, reply) => {
    const { t } = request.i18n;
    const parsed = userListQuery.safeParse(request.query);
    if (!parsed.success) {
      // Keep what the admin typed, drop only what cannot be used, and say how to fix it.
      const raw = formFields(request.query);
      const errors = fieldErrors(parsed.error, request.i18n, {
        q: t('admin.users.search'),
        status: t('admin.col.status'),
        role: t('admin.col.role'),
        sort: t('admin.users.sort'),
        dir: t('admin.users.sort'),
        cursor: t('pagination.label'),
        before: t('pagination.label'),
      });
      const state: UserListState = {
        q: raw.q,
        status: USER_STATUSES.find((s) => s === raw.status),
        role: PLATFORM_ROLES.find((r) => r === raw.role),
        sort: 'created',
        dir: 'desc',
      };
      return reply.page(<UserListPage users={[]} state={state} total={0} errors={errors} />, 400);
    }
    const state = listState(parsed.data);
    const before = listCursor.read(parsed.data.before);
    const after = before ? undefined : listCursor.read(parsed.data.cursor);
    const direction = before ? 'before' : 'after';
    const { rows, hasMore } = await listUsers(db.kysely, db.dialect, {
      ...state,
      cursor: before ?? after,
      direction,
      limit: USERS_PAGE_SIZE,
    });
    // A first page with room to spare already holds every match: no need to count them.
    const total =
      !before && !after && !hasMore
        ? rows.length
        : await countMatchingUsers(db.kysely, db.dialect, state, state.q ? SEARCH_COUNT_CAP : undefined);
    const first = rows[0];
    const last = rows.at(-1);
    // Reading forwards, more rows means a next page; reading backwards, the cursor row is next.
    const hasNext = direction === 'after' ? hasMore : rows.length > 0;
    const hasPrev = direction === 'after' ? after !== undefined : hasMore;
    const nextHref = hasNext && last ? usersHref(state, { cursor: cursorOf(last, state.sort) }) : undefined;
    const prevHref = !hasPrev
      ? undefined
      : first
        ? usersHref(state, { before: cursorOf(first, state.sort) })
        : usersHref(state);
    return reply.page(
      <UserListPage
        users={rows.map((r) => presentAdminUser(r, request.actor))}
        state={state}
        total={total}
        totalCap={state.q ? SEARCH_COUNT_CAP : undefined}
        nextHref={nextHref}
        prevHref={prevHref}
      />,
    );
  });
}
