import type { HomeActivity, HomeFigure } from '../../module-kit/manifest.ts';
import { SummaryCard } from '../../web/components/summary-card.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';

/** The five steps of mainstreaming, in order: each feeds the next (BRIEF.md). */
const CHAIN = ['evidence', 'assessment', 'plan', 'monitoring', 'lessons'] as const;

/**
 * An origin and a destination joined by a corridor, with the five steps of the chain along the
 * way and what comes back (remittances, skills, lessons) below. Decoration only.
 */
function HeroArt() {
  const steps: [number, number][] = [
    [88, 98],
    [122, 69],
    [160, 52],
    [198, 47],
    [232, 52],
  ];
  return (
    <svg
      class="hero__art"
      viewBox="0 0 320 200"
      width="320"
      height="200"
      aria-hidden="true"
      focusable="false"
    >
      <path class="hero__route" d="M58 142C110 40 210 30 262 66" />
      <path class="hero__route hero__route--back" d="M266 88C230 160 120 186 62 162" />
      {steps.map(([cx, cy]) => (
        <circle class="hero__step" cx={cx} cy={cy} r="6" />
      ))}
      <circle class="hero__place" cx="44" cy="152" r="18" />
      <circle class="hero__place" cx="276" cy="74" r="18" />
    </svg>
  );
}

function HomeHero() {
  const { t } = useT();
  return (
    <section class="hero" aria-labelledby="hero-title">
      <div class="hero__inner">
        <div class="hero__text">
          <h1 id="hero-title">{t('home.title')}</h1>
          <p class="hero__lead">{t('home.lead')}</p>
          <div class="button-group">
            <a class="button button--inverse" href="/countries">
              {t('home.start')}
            </a>
            <a class="hero__link" href="/about">
              {t('home.aboutLink')}
            </a>
          </div>
        </div>
        <HeroArt />
      </div>
    </section>
  );
}

export function HomePage({ figures, activity }: { figures: HomeFigure[]; activity: HomeActivity[] }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('nav.home')} hero={<HomeHero />}>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('home.figures')}</h2>
        <div class="grid figures">
          {figures.map((f) => (
            <SummaryCard
              label={t(f.labelKey)}
              value={i18n.number(f.value)}
              href={f.href}
              source={f.sourceKey ? t(f.sourceKey) : undefined}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="chain-title">
        <h2 id="chain-title">{t('home.chain')}</h2>
        <p class="lead">{t('home.chain.lead')}</p>
        <ol class="stepper">
          {CHAIN.map((step, index) => (
            <li class="stepper__step">
              <span class="stepper__number" aria-hidden="true">
                {i18n.number(index + 1)}
              </span>
              <h3 class="stepper__title">{t(`home.chain.${step}`)}</h3>
              <p class="stepper__body">{t(`home.chain.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>
      {activity.length > 0 ? (
        <section aria-labelledby="activity-title">
          <h2 id="activity-title">{t('home.activity')}</h2>
          <ul class="item-list activity">
            {activity.map((item) => (
              <li>
                <Tag label={t(item.kindKey)} tone="info" /> <a href={item.href}>{item.title}</a>{' '}
                <time class="muted small" datetime={item.at}>
                  {i18n.date(item.at, 'long')}
                </time>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** The source document's title stays in English, its language, in every translation. */
const SOURCE_TITLE =
  'Contributions of the United Nations Development Programme to the 2013 High-level Dialogue, the GFMD process, and inter-agency collaboration on migration and development.';

export function AboutPage() {
  const { t } = useT();
  // The title goes in as an element (isolated, marked as English), so split the sentence around it.
  const [citationBefore = '', citationAfter = ''] = t('about.citation', { title: '\u0000' }).split('\u0000');
  return (
    <Layout title={t('about.title')} breadcrumbs={[{ label: t('about.title') }]}>
      <h1>{t('about.title')}</h1>
      <p class="lead">{t('about.body1')}</p>
      <p>{t('about.body2')}</p>
      <h2>{t('about.source')}</h2>
      <blockquote class="citation">
        <p>
          {citationBefore}
          <cite lang="en" dir="ltr">
            {SOURCE_TITLE}
          </cite>{' '}
          {citationAfter}
        </p>
      </blockquote>
      <h2>{t('about.data')}</h2>
      <p>{t('about.dataBody')}</p>
    </Layout>
  );
}
