import { SummaryCard } from '../../web/components/summary-card.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';

export interface HomeFigure {
  labelKey: string;
  value: number;
}

export function HomePage({ figures }: { figures: HomeFigure[] }) {
  const i18n = useT();
  const { t } = i18n;
  const chain = ['evidence', 'assessment', 'plan', 'monitoring', 'lessons'];
  return (
    <Layout title={t('nav.home')}>
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.lead')}</p>
        <a class="button button--primary" href="/countries">
          {t('home.start')}
        </a>
      </section>
      <h2>{t('home.figures')}</h2>
      <div class="grid">
        {figures.map((f) => (
          <SummaryCard label={t(f.labelKey)} value={i18n.number(f.value)} />
        ))}
      </div>
      <h2>{t('home.chain')}</h2>
      <ol class="chain">
        {chain.map((step) => (
          <li>{t(`home.chain.${step}`)}</li>
        ))}
      </ol>
    </Layout>
  );
}

export function AboutPage() {
  const { t } = useT();
  return (
    <Layout title={t('about.title')} breadcrumbs={[{ label: t('about.title') }]}>
      <h1>{t('about.title')}</h1>
      <p>{t('about.body1')}</p>
      <p>{t('about.body2')}</p>
      <h2>{t('about.source')}</h2>
      <blockquote class="citation">
        <p>{t('about.citation')}</p>
      </blockquote>
      <h2>{t('about.data')}</h2>
      <p>{t('about.dataBody')}</p>
    </Layout>
  );
}
