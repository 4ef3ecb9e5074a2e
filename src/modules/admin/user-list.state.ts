import type { UserListQuery } from './admin.schema.ts';
import { listCursor } from './admin.schema.ts';
import type { AdminUserRow } from './user-admin.repository.ts';
import { defaultDir, type UserListState } from './user-list.views.tsx';

// What the user list reads from a query and writes into its cursors, for its page and its API.

/** The list state from a valid query: filters plus an order with its default direction. */
export function listState(query: UserListQuery): UserListState {
  const sort = query.sort ?? 'created';
  return {
    status: query.status,
    role: query.role,
    q: query.q || undefined,
    sort,
    dir: query.dir ?? defaultDir(sort),
  };
}

/** The cursor text of `row` in the list sorted by `sort`. */
export function cursorOf(row: AdminUserRow, sort: 'created' | 'name'): string {
  return listCursor.encode([sort === 'name' ? row.name : row.created_at, row.id]);
}
