import { useT } from '../view-context.ts';

export interface Crumb {
  label: string;
  href?: string;
}

/**
 * "Home › Countries › Bangladesh"; the last item is the current page and is not a link. Each label
 * is isolated (`bdi`): a title typed in English keeps its question mark at its end on an Arabic page.
 */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useT();
  const all = [{ label: t('layout.home'), href: '/' }, ...items];
  return (
    <nav class="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
      <ol>
        {all.map((item, index) =>
          item.href && index < all.length - 1 ? (
            <li>
              <a href={item.href}>
                <bdi>{item.label}</bdi>
              </a>
            </li>
          ) : (
            <li aria-current="page">
              <bdi>{item.label}</bdi>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
