import type { PlatformRole, UserStatus } from '../../auth/auth.table.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { ErrorSummary } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { AdminLayout } from './admin.layout.tsx';
import { PLATFORM_ROLES, SEARCH_MAX, USER_STATUSES } from './admin.schema.ts';
import { type AdminUser, STATUS_TONES } from './user-admin.presenter.ts';

/** The list's state as it appears in links: filters and order (the page cursor is added per link). */
export interface UserListState {
  status?: UserStatus;
  role?: PlatformRole;
  q?: string;
  sort: 'created' | 'name';
  dir: 'asc' | 'desc';
}

/** `/admin/users?…` for a state; defaults are left out so links stay short. */
export function usersHref(state: UserListState, page: { cursor?: string; before?: string } = {}): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.status) params.set('status', state.status);
  if (state.role) params.set('role', state.role);
  if (state.sort !== 'created') params.set('sort', state.sort);
  if (state.dir !== defaultDir(state.sort)) params.set('dir', state.dir);
  if (page.cursor) params.set('cursor', page.cursor);
  if (page.before) params.set('before', page.before);
  const query = params.toString();
  return query ? `/admin/users?${query}` : '/admin/users';
}

/** Newest first for dates, A to Z for names. */
export function defaultDir(sort: 'created' | 'name'): 'asc' | 'desc' {
  return sort === 'name' ? 'asc' : 'desc';
}

function SortHeader({
  state,
  column,
  label,
}: {
  state: UserListState;
  column: 'created' | 'name';
  label: string;
}) {
  const { t } = useT();
  const current = state.sort === column;
  const nextDir = current ? (state.dir === 'asc' ? 'desc' : 'asc') : defaultDir(column);
  const href = usersHref({ ...state, sort: column, dir: nextDir });
  return (
    <th scope="col" aria-sort={current ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={href} class="sort-link" title={t('table.sortBy', { column: label })}>
        {label}
        {current ? (
          <span class="sort-link__arrow" aria-hidden="true">
            {state.dir === 'asc' ? ' ▲' : ' ▼'}
          </span>
        ) : null}
      </a>
    </th>
  );
}

export interface UserListProps {
  users: AdminUser[];
  state: UserListState;
  total: number;
  /** When set and `total` exceeds it, the count was cut short: "more than {cap} users". */
  totalCap?: number;
  nextHref?: string;
  prevHref?: string;
  errors?: FieldErrors;
}

/** `/admin/users`: filters, a sortable table, and previous / next pages. */
export function UserListPage({
  users,
  state,
  total,
  totalCap,
  nextHref,
  prevHref,
  errors = {},
}: UserListProps) {
  const i18n = useT();
  const { t } = i18n;
  const filtered = Boolean(state.q || state.status || state.role);
  return (
    <AdminLayout title={t('admin.users.title')} section="users" crumbs={[{ label: t('admin.users.title') }]}>
      <ErrorSummary errors={errors} />
      <form method="get" action="/admin/users" class="filters">
        <div class={errors.q ? 'field field--error' : 'field'}>
          <label class="field__label" for="q">
            {t('admin.users.search')}
          </label>
          {errors.q ? (
            <p class="field__error" id="q-error">
              {errors.q}
            </p>
          ) : null}
          <input
            class="input"
            type="search"
            id="q"
            name="q"
            value={state.q ?? ''}
            maxlength={SEARCH_MAX}
            aria-invalid={errors.q ? 'true' : undefined}
            aria-describedby={errors.q ? 'q-error' : undefined}
          />
        </div>
        <div class="field">
          <label class="field__label" for="status">
            {t('admin.col.status')}
          </label>
          <select class="input" id="status" name="status">
            <option value="">{t('admin.users.allStatuses')}</option>
            {USER_STATUSES.map((s) => (
              <option value={s} selected={s === state.status}>
                {t(`admin.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="role">
            {t('admin.col.role')}
          </label>
          <select class="input" id="role" name="role">
            <option value="">{t('admin.users.allRoles')}</option>
            {PLATFORM_ROLES.map((r) => (
              <option value={r} selected={r === state.role}>
                {t(`admin.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {state.sort !== 'created' ? <input type="hidden" name="sort" value={state.sort} /> : null}
        {state.dir !== defaultDir(state.sort) ? <input type="hidden" name="dir" value={state.dir} /> : null}
        <button type="submit" class="button button--secondary">
          {t('admin.users.apply')}
        </button>
        {filtered ? <a href="/admin/users">{t('admin.users.clear')}</a> : null}
      </form>
      {Object.keys(errors).length > 0 ? null : (
        <>
          <p class="muted" role="status">
            {totalCap !== undefined && total > totalCap
              ? t('admin.users.countMore', { shown: i18n.number(totalCap) })
              : t('admin.users.count', { count: total, shown: i18n.number(total) })}
          </p>
          {users.length === 0 ? (
            <EmptyState message={filtered ? t('admin.users.noMatch') : t('admin.users.none')}>
              {filtered ? (
                <p>
                  <a href="/admin/users">{t('admin.users.clear')}</a>
                </p>
              ) : null}
            </EmptyState>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <SortHeader state={state} column="name" label={t('admin.col.name')} />
                    <th scope="col">{t('admin.col.email')}</th>
                    <th scope="col">{t('admin.col.role')}</th>
                    <th scope="col">{t('admin.col.status')}</th>
                    <SortHeader state={state} column="created" label={t('admin.col.created')} />
                  </tr>
                </thead>
                <tbody>
                  {users.map((u) => (
                    <tr>
                      <th scope="row">
                        <a href={`/admin/users/${u.id}`}>{u.name}</a>
                      </th>
                      <td>
                        <bdi>{u.email}</bdi>
                      </td>
                      <td>{t(`admin.role.${u.role}`)}</td>
                      <td>
                        <Tag label={t(`admin.status.${u.status}`)} tone={STATUS_TONES[u.status]} />
                      </td>
                      <td>{i18n.date(u.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {prevHref || nextHref ? (
        <nav class="pagination" aria-label={t('pagination.label')}>
          <ul>
            {prevHref ? (
              <li>
                <a href={prevHref} rel="prev" class="pagination__prev">
                  {t('pagination.previous')}
                </a>
              </li>
            ) : null}
            {nextHref ? (
              <li>
                <a href={nextHref} rel="next" class="pagination__next">
                  {t('pagination.next')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
