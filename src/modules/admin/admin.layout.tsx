import type { Child } from 'hono/jsx';
import type { Crumb } from '../../web/components/breadcrumbs.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useView } from '../../web/view-context.ts';

export type AdminSection = 'overview' | 'users' | 'invitations' | 'audit';

const SECTIONS: { id: AdminSection; href: string; labelKey: string }[] = [
  { id: 'overview', href: '/admin', labelKey: 'admin.tab.overview' },
  { id: 'users', href: '/admin/users', labelKey: 'admin.tab.users' },
  { id: 'invitations', href: '/admin/invitations', labelKey: 'admin.tab.invitations' },
  { id: 'audit', href: '/admin/audit', labelKey: 'admin.tab.audit' },
];

/** Every administration page: the site layout, breadcrumbs from "Administration", and section tabs. */
export function AdminLayout({
  title,
  section,
  crumbs = [],
  heading,
  children,
}: {
  title: string;
  section: AdminSection;
  /** Crumbs after "Administration"; the last is the current page. */
  crumbs?: Crumb[];
  /** The page heading; defaults to the title. */
  heading?: Child;
  children?: Child;
}) {
  const { i18n, path } = useView();
  const { t } = i18n;
  const here = path.split('?')[0];
  const root: Crumb = { label: t('admin.title'), href: '/admin' };
  const breadcrumbs = crumbs.length ? [root, ...crumbs] : [{ label: t('admin.title') }];
  return (
    <Layout title={title} breadcrumbs={breadcrumbs}>
      {heading ?? (
        <PageHeading title={title} caption={section === 'overview' ? undefined : t('admin.title')} />
      )}
      <nav aria-label={t('admin.sections')}>
        <ul class="tabs">
          {SECTIONS.map((s) => (
            <li>
              <a
                href={s.href}
                aria-current={s.id !== section ? undefined : here === s.href ? 'page' : 'true'}
              >
                {t(s.labelKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Layout>
  );
}

/** A refusal or problem shown at the top of a page, announced to screen readers. */
export function ErrorNotice({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div class="notice notice--error" role="alert" tabindex={-1} data-autofocus>
      <p>{message}</p>
    </div>
  );
}
