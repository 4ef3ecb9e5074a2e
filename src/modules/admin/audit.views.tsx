import type { Translator } from '../../i18n/translator.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { ErrorSummary } from '../../web/components/form.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { AdminLayout } from './admin.layout.tsx';
import type { AuditEntry } from './audit.presenter.ts';

/** A catalogue label when there is one, else the code itself (modules add actions freely). */
function labelOr(i18n: Translator, key: string, fallback: string): string {
  const text = i18n.t(key);
  return text === key ? fallback : text;
}

/** What was done, in words, with its code under it; only the code when no module named it. */
function ActionLabel({ i18n, action }: { i18n: Translator; action: string }) {
  const label = labelOr(i18n, `admin.action.${action}`, action);
  if (label === action) return <code class="small">{action}</code>;
  return (
    <>
      {label}
      <br />
      <code class="small">{action}</code>
    </>
  );
}

export interface AuditFilters {
  type?: string;
  actor?: string;
  entity?: string;
}

export function auditHref(filters: AuditFilters, cursor?: string): string {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.entity) params.set('entity', filters.entity);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Statuses, roles and times read better in words; other values are shown as recorded. */
function valueLabel(i18n: Translator, field: string, value: string): string {
  if (field === 'status' || field === 'role') return labelOr(i18n, `admin.${field}.${value}`, value);
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? i18n.dateTime(value) : value;
}

function Changes({ entry }: { entry: AuditEntry }) {
  const i18n = useT();
  const { t } = i18n;
  if (entry.changes.length === 0) return <span class="muted">{t('admin.audit.noChanges')}</span>;
  return (
    <details class="audit-diff">
      <summary>
        {t('admin.audit.changes', { count: entry.changes.length, shown: i18n.number(entry.changes.length) })}
      </summary>
      <ul>
        {entry.changes.map((c) => (
          <li>
            <span class="audit-diff__field">{labelOr(i18n, `admin.field.${c.field}`, c.field)}</span>:{' '}
            {c.before ? (
              <del>
                <bdi>{valueLabel(i18n, c.field, c.before)}</bdi>
              </del>
            ) : (
              <span class="muted">{t('admin.audit.empty')}</span>
            )}{' '}
            <span class="audit-diff__arrow">{i18n.dir === 'rtl' ? '←' : '→'}</span>{' '}
            {c.after ? (
              <ins>
                <bdi>{valueLabel(i18n, c.field, c.after)}</bdi>
              </ins>
            ) : (
              <span class="muted">{t('admin.audit.empty')}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** `/admin/audit`: who changed what and when, newest first, with each change's before and after. */
export function AuditPage({
  entries,
  filters,
  types,
  nextHref,
  paged = false,
  errors = {},
  actorUnknown = false,
}: {
  entries: AuditEntry[];
  filters: AuditFilters;
  types: string[];
  nextHref?: string;
  /** True past the first page: offers a way back to the newest entries. */
  paged?: boolean;
  errors?: FieldErrors;
  actorUnknown?: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  const filtered = Boolean(filters.type || filters.actor || filters.entity);
  return (
    <AdminLayout title={t('admin.audit.title')} section="audit" crumbs={[{ label: t('admin.audit.title') }]}>
      <ErrorSummary errors={errors} />
      <form method="get" action="/admin/audit" class="filters">
        <div class="field">
          <label class="field__label" for="type">
            {t('admin.audit.type')}
          </label>
          <select class="input" id="type" name="type">
            <option value="">{t('admin.audit.allTypes')}</option>
            {types.map((type) => (
              <option value={type} selected={type === filters.type}>
                {labelOr(i18n, `admin.entity.${type}`, type)}
              </option>
            ))}
          </select>
        </div>
        <div class={errors.actor ? 'field field--error' : 'field'}>
          <label class="field__label" for="actor">
            {t('admin.audit.actor')}
          </label>
          <p class="field__hint" id="actor-hint">
            {t('admin.audit.actorHint')}
          </p>
          {errors.actor ? (
            <p class="field__error" id="actor-error">
              {errors.actor}
            </p>
          ) : null}
          <input
            class="input"
            type="text"
            id="actor"
            name="actor"
            value={filters.actor ?? ''}
            autocomplete="off"
            aria-describedby={errors.actor ? 'actor-hint actor-error' : 'actor-hint'}
          />
        </div>
        {filters.entity ? <input type="hidden" name="entity" value={filters.entity} /> : null}
        <button type="submit" class="button button--secondary">
          {t('admin.audit.filter')}
        </button>
        {filtered ? <a href="/admin/audit">{t('admin.users.clear')}</a> : null}
      </form>
      {filters.entity ? (
        <p>
          {t('admin.audit.oneEntity', {
            type: labelOr(i18n, `admin.entity.${filters.type ?? ''}`, filters.type ?? ''),
            id: filters.entity,
          })}
        </p>
      ) : null}
      {Object.keys(errors).length > 0 ? null : entries.length === 0 ? (
        <EmptyState message={actorUnknown ? t('admin.audit.actorUnknown') : t('admin.audit.none')} />
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.when')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.what')}</th>
                <th scope="col">{t('admin.audit.which')}</th>
                <th scope="col">{t('admin.audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>{i18n.dateTime(e.at)}</td>
                  <td>
                    {e.actor ? (
                      <a href={`/admin/users/${e.actor.id}`}>
                        {e.actor.name ?? t('admin.audit.deletedUser')}
                      </a>
                    ) : (
                      t('admin.audit.system')
                    )}
                  </td>
                  <td>
                    <ActionLabel i18n={i18n} action={e.action} />
                  </td>
                  <td>
                    {labelOr(i18n, `admin.entity.${e.entityType}`, e.entityType)}{' '}
                    {e.entityType === 'user' ? (
                      <a href={`/admin/users/${e.entityId}`}>
                        <code>{e.entityId}</code>
                      </a>
                    ) : (
                      <code>{e.entityId}</code>
                    )}
                  </td>
                  <td>
                    <Changes entry={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paged || nextHref ? (
        <nav class="pagination" aria-label={t('pagination.label')}>
          <ul>
            {paged ? (
              <li>
                <a href={auditHref(filters)}>{t('admin.audit.newest')}</a>
              </li>
            ) : null}
            {nextHref ? (
              <li>
                <a href={nextHref} rel="next">
                  {t('admin.audit.older')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
