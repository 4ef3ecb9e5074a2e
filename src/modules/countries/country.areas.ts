import type { Locale } from '../../i18n/locales.ts';

/**
 * Areas outside ISO 3166 that data publishers report as economies of their own (decision 39):
 * the World Bank reports Kosovo (`XKX`) and the Channel Islands (`CHI`, UN M49 830); Remittance
 * Prices Worldwide still has corridors of the former Netherlands Antilles (`ANT`). They are not
 * countries (no country page, not in the countries list or count), but each has a migration
 * profile at `/countries/<code>/profile` and takes part in the corridor explorer. The indicator
 * store keeps them as `AGG:<code>` areas (decision 25).
 */
export interface OtherArea {
  /** The publishers' three-letter code, used in addresses. */
  code: string;
  /** A two-letter code some publishers use (`XK`), for names from CLDR; null when none. */
  alpha2: string | null;
  /** The UN M49 code, when the UN gives one. */
  m49: string | null;
  names: Record<Locale, string>;
}

export const OTHER_AREAS: readonly OtherArea[] = [
  {
    code: 'XKX',
    alpha2: 'XK',
    m49: null,
    names: { en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo', ar: 'كوسوفو' },
  },
  {
    code: 'CHI',
    alpha2: null,
    m49: '830',
    names: { en: 'Channel Islands', fr: 'Îles Anglo-Normandes', es: 'Islas del Canal', ar: 'جزر القنال' },
  },
  {
    code: 'ANT',
    alpha2: null,
    m49: '530',
    names: {
      en: 'Netherlands Antilles (former)',
      fr: 'Antilles néerlandaises (ancien territoire)',
      es: 'Antillas Neerlandesas (antiguo territorio)',
      ar: 'جزر الأنتيل الهولندية (سابقاً)',
    },
  },
];
