import { useT } from '../view-context.ts';

/** Previous / next links with "Showing 51–100 of 1,234". Pages are 1-based. */
export function Pagination({
  page,
  pageSize,
  total,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const i18n = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav class="pagination" aria-label={i18n.t('pagination.label')}>
      <p class="pagination__summary">
        {i18n.t('pagination.summary', {
          from: i18n.number(from),
          to: i18n.number(to),
          total: i18n.number(total),
        })}
      </p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev" class="pagination__prev">
              {i18n.t('pagination.previous')}
            </a>
          </li>
        ) : null}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next" class="pagination__next">
              {i18n.t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
