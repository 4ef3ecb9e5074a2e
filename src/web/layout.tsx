import type { Child } from 'hono/jsx';
import { LOCALE_NAMES, LOCALES } from '../i18n/locales.ts';
import { Breadcrumbs, type Crumb } from './components/breadcrumbs.tsx';
import { FlashBanner } from './components/flash-banner.tsx';
import { useView } from './view-context.ts';

export interface LayoutProps {
  /** The page's own title; the site name is appended. */
  title: string;
  breadcrumbs?: Crumb[];
  children?: Child;
  /** Extra classes on <main>, e.g. `wide` for tables. */
  mainClass?: string;
}

function languageHref(path: string, locale: string): string {
  return `/language/${locale}?next=${encodeURIComponent(path)}`;
}

/** The page shell: header with navigation, language switcher and account links; main; footer. */
export function Layout({ title, breadcrumbs, children, mainClass }: LayoutProps) {
  const { i18n, actor, path, csrfToken, assets, navigation, flash } = useView();
  const { t } = i18n;
  const visibleNav = navigation.filter(
    (entry) => !entry.roles || (actor.kind === 'user' && entry.roles.includes(actor.user.role)),
  );
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('site.name')}`}</title>
        <link rel="stylesheet" href={assets.css} />
        <script src={assets.js} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skip')}
        </a>
        <header class="site-header">
          <div class="site-header__bar">
            <a class="brand" href="/">
              <svg class="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
                <circle cx="7" cy="16" r="5" />
                <circle cx="25" cy="16" r="5" />
                <path d="M12 16h8" stroke-width="3" />
              </svg>
              <span class="brand__name">{t('site.name')}</span>
            </a>
            <nav class="language-switcher" aria-label={t('layout.language')}>
              <ul>
                {LOCALES.map((locale) => (
                  <li>
                    {locale === i18n.locale ? (
                      <span aria-current="true" lang={locale}>
                        {LOCALE_NAMES[locale]}
                      </span>
                    ) : (
                      <a href={languageHref(path, locale)} lang={locale} hreflang={locale}>
                        {LOCALE_NAMES[locale]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
            <div class="account-links">
              {actor.kind === 'user' ? (
                <>
                  <a href="/account">{actor.user.name}</a>
                  <form method="post" action="/sign-out" class="inline-form">
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <button type="submit" class="link-button">
                      {t('layout.signOut')}
                    </button>
                  </form>
                </>
              ) : (
                <>
                  <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t('layout.signIn')}</a>
                  <a href="/sign-up">{t('layout.signUp')}</a>
                </>
              )}
            </div>
          </div>
          <nav class="main-nav" aria-label={t('layout.mainNav')}>
            <ul>
              {visibleNav.map((entry) => {
                const current = entry.href === '/' ? path === '/' : path.startsWith(entry.href);
                return (
                  <li>
                    <a href={entry.href} aria-current={current ? 'page' : undefined}>
                      {t(entry.labelKey)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </header>
        <main id="main" class={mainClass ? `page ${mainClass}` : 'page'} tabindex={-1}>
          {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs items={breadcrumbs} /> : null}
          {flash ? <FlashBanner flash={flash} /> : null}
          {children}
        </main>
        <footer class="site-footer">
          <div class="site-footer__inner">
            <p>{t('layout.footer.sources')}</p>
            <p>{t('layout.footer.licence')}</p>
            <p>
              <a href="/about">{t('layout.footer.about')}</a> · <a href="/api">{t('layout.footer.api')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
