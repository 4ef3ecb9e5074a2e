import { PageHeading } from './components/page-heading.tsx';
import { Layout } from './layout.tsx';
import { useT } from './view-context.ts';

/** The page shown for 4xx and 5xx answers to browsers: what happened and where to go next. */
export function ErrorPage({ titleKey, bodyKey }: { titleKey: string; bodyKey?: string }) {
  const { t } = useT();
  return (
    <Layout title={t(titleKey)}>
      <PageHeading title={t(titleKey)} />
      {bodyKey ? <p>{t(bodyKey)}</p> : null}
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
