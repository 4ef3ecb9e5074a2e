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
  /** Extra classes on the page container, e.g. `wide` for tables. */
  mainClass?: string;
  /**
   * A full-width band at the top of <main>, before the page container (the home page's
   * introduction). It sits inside <main>, so the skip link and the h1 still land there.
   */
  hero?: Child;
}

function languageHref(path: string, locale: string): string {
  return `/language/${locale}?next=${encodeURIComponent(path)}`;
}

/** Two places joined by a path: the product mark, drawn in the header's colour. */
function BrandMark() {
  return (
    <svg class="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="7" cy="16" r="5" />
      <circle cx="25" cy="16" r="5" />
      <path d="M12 16h8" stroke-width="3" />
    </svg>
  );
}

/** A globe, so the language switcher can be found by someone who cannot read the current language. */
function GlobeIcon() {
  return (
    <svg class="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.25" />
      <path d="M1.75 10h16.5M10 1.75c2.4 2.3 3.5 5 3.5 8.25s-1.1 5.95-3.5 8.25c-2.4-2.3-3.5-5-3.5-8.25s1.1-5.95 3.5-8.25z" />
    </svg>
  );
}

/** The page shell: header with navigation, language switcher and account links; main; footer. */
export function Layout({ title, breadcrumbs, children, mainClass, hero }: LayoutProps) {
  const view = useView();
  // `view.csrfToken` is read only where a form needs it: reading it makes the visitor a token.
  const { i18n, actor, path, assets, navigation, flash } = view;
  const { t } = i18n;
  const visibleNav = navigation.filter(
    (entry) =>
      entry.placement !== 'admin' &&
      (!entry.roles || (actor.kind === 'user' && entry.roles.includes(actor.user.role))),
  );
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('site.name')}`}</title>
        <meta name="description" content={t('site.tagline')} />
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
              <BrandMark />
              <span class="brand__text">
                <span class="brand__name">{t('site.name')}</span>
                <span class="brand__tagline">{t('site.tagline')}</span>
              </span>
            </a>
            <div class="site-header__tools">
              <nav class="language-switcher" aria-label={t('layout.language')}>
                <GlobeIcon />
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
                      <input type="hidden" name="_csrf" value={view.csrfToken} />
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
        <main id="main" class="site-main" tabindex={-1}>
          {hero && flash ? (
            <div class="page page--flash">
              <FlashBanner flash={flash} />
            </div>
          ) : null}
          {hero}
          <div class={mainClass ? `page ${mainClass}` : 'page'}>
            {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs items={breadcrumbs} /> : null}
            {flash && !hero ? <FlashBanner flash={flash} /> : null}
            {children}
          </div>
        </main>
        <footer class="site-footer">
          <div class="site-footer__inner">
            <p class="site-footer__brand">
              <BrandMark />
              <span>
                <strong>{t('site.name')}</strong> · {t('site.tagline')}
              </span>
            </p>
            <p>{t('layout.footer.sources')}</p>
            <p>{t('layout.footer.licence')}</p>
            <ul class="site-footer__links">
              <li>
                <a href="/about">{t('layout.footer.about')}</a>
              </li>
              <li>
                <a href="/api">{t('layout.footer.api')}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
