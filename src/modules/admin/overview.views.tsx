import type { UserStatus } from '../../auth/auth.table.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { type NavEntry, useT } from '../../web/view-context.ts';
import { AdminLayout } from './admin.layout.tsx';
import { USER_STATUSES } from './admin.schema.ts';
import type { AdminUser } from './user-admin.presenter.ts';

export interface OverviewData {
  counts: Record<UserStatus, number>;
  pending: AdminUser[];
  openInvitations: number;
  /** Other modules' administration pages (data imports…), from their navigation entries. */
  tools: NavEntry[];
}

/** `/admin`: who is waiting for approval first, then the accounts at a glance. */
export function OverviewPage({ counts, pending, openInvitations, tools }: OverviewData) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <AdminLayout title={t('admin.title')} section="overview">
      <h2 id="pending-heading">{t('admin.overview.pending')}</h2>
      {pending.length === 0 ? (
        <EmptyState message={t('admin.overview.noPending')} />
      ) : (
        <>
          <div class="table-wrap">
            <table aria-labelledby="pending-heading">
              <thead>
                <tr>
                  <th scope="col">{t('admin.col.name')}</th>
                  <th scope="col">{t('admin.col.email')}</th>
                  <th scope="col">{t('admin.col.signedUp')}</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((u) => (
                  <tr>
                    <th scope="row">
                      <a href={`/admin/users/${u.id}`}>{u.name}</a>
                    </th>
                    <td>
                      <bdi>{u.email}</bdi>
                    </td>
                    <td>{i18n.date(u.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {counts.pending > pending.length ? (
            <p>
              <a href="/admin/users?status=pending&sort=created&dir=asc">
                {t('admin.overview.allPending', { count: i18n.number(counts.pending) })}
              </a>
            </p>
          ) : null}
        </>
      )}
      <h2>{t('admin.overview.accounts')}</h2>
      <div class="grid">
        {USER_STATUSES.map((status) => (
          <div class="summary-card">
            <p class="summary-card__label">
              <a href={`/admin/users?status=${status}`}>{t(`admin.status.${status}`)}</a>
            </p>
            <p class="summary-card__value">
              <span class="figure">{i18n.number(counts[status])}</span>
            </p>
          </div>
        ))}
        <div class="summary-card">
          <p class="summary-card__label">
            <a href="/admin/invitations">{t('admin.overview.openInvitations')}</a>
          </p>
          <p class="summary-card__value">
            <span class="figure">{i18n.number(openInvitations)}</span>
          </p>
        </div>
      </div>
      <p>
        <a href="/admin/audit">{t('admin.overview.auditLink')}</a>
      </p>
      {tools.length > 0 ? (
        <>
          <h2>{t('admin.overview.tools')}</h2>
          <ul>
            {tools.map((tool) => (
              <li>
                <a href={tool.href}>{t(tool.labelKey)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </AdminLayout>
  );
}
