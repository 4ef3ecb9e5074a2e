import type { Translator } from '../../i18n/translator.ts';
import type { FigureModel } from './figures/figure.ts';
import {
  barFigure,
  type FigureContext,
  type FigureSeries,
  flowFigure,
  lineFigure,
  type SourcedPoint,
  stackedFigure,
} from './figures/figures.ts';
import type { ProfileData } from './profile.data.ts';
import {
  areaName,
  formatCompact,
  formatValue,
  indicatorName,
  publicCode,
  sourceName,
  unitLabel,
} from './series.presenter.ts';
import type { Observation, Total } from './series.repository.ts';
import * as codes from './series-codes.ts';

/**
 * Turns a country's profile data into what the page shows, in the reader's language: key
 * figures, charts in sections, corridor costs and data gaps. Every figure names its source and
 * year; a figure with no data says so instead of drawing zeros.
 */

export interface KeyFigure {
  label: string;
  value: string;
  unit: string;
  source: string;
  year: string;
}

export interface CorridorLine {
  origin: string;
  destination: string;
  period: string;
  value: string;
  above: boolean;
  href: string;
}

export interface ProfileView {
  alpha3: string;
  name: string;
  hasData: boolean;
  keyFigures: KeyFigure[];
  sections: { id: string; title: string; figures: FigureModel[] }[];
  corridors: { costliest: CorridorLine[]; cheapest: CorridorLine[]; source: string; count: number };
  gaps: { name: string; latest: string | null; status: 'old' | 'missing' }[];
  coveredCount: number;
}

const SEXES: [string, string][] = [
  ['_T', 'data.sex.total'],
  ['F', 'data.sex.female'],
  ['M', 'data.sex.male'],
];

function points(observations: Observation[], indicator: string, sex = '_T'): SourcedPoint[] {
  return observations.filter((o) => o.indicator === indicator && o.sex === sex && o.age === '_T');
}

function bySex(i18n: Translator, observations: Observation[], indicator: string): FigureSeries[] {
  return SEXES.map(([sex, key]) => ({
    key: sex,
    label: i18n.t(key),
    points: points(observations, indicator, sex),
  }));
}

function totalsAsPoints(totals: Total[], indicator: string, country: string, role: 'origin' | 'destination') {
  return totals.map((t) => ({
    period: t.period,
    value: t.value,
    indicator,
    area: role === 'origin' ? country : '*',
    counterpart: role === 'origin' ? '*' : country,
    sex: '_T',
    provenance: { dataset: t.dataset, publisher: t.publisher, release: t.release },
  }));
}

function latest(observations: Observation[], indicator: string): Observation | undefined {
  return points(observations, indicator).reduce<Observation | undefined>(
    (best, o) => (!best || o.period > best.period ? (o as Observation) : best),
    undefined,
  );
}

/** Remittances in US$: WDI when loaded, else KNOMAD's US$ million series converted. */
function remittanceSeries(data: ProfileData, wdi: string, knomad: string): SourcedPoint[] {
  const fromWdi = points(data.observations, wdi);
  if (fromWdi.length) return fromWdi;
  return points(data.observations, knomad).map((p) => ({ ...p, value: p.value * 1e6 }));
}

/** The profile's headline figures: latest totals, each with its source and year. */
export function buildKeyFigures(i18n: Translator, data: ProfileData): KeyFigure[] {
  const { t } = i18n;
  const keyFigures: KeyFigure[] = [];
  const add = (code: string, label: string) => {
    const o = latest(data.observations, code);
    if (!o) return;
    const unit = data.indicators.get(code)?.unit ?? '';
    keyFigures.push({
      label,
      // Intl joins number and unit with no-break spaces; let a long figure wrap in a narrow card.
      value: formatCompact(i18n, unit, o.value).replace(/\u00a0/g, ' '),
      unit: unit === 'persons' ? unitLabel(i18n, unit) : '',
      source: sourceName(o.provenance),
      year: o.period,
    });
  };
  add(codes.IMS_STOCK_DESTINATION, t('data.key.immigrants'));
  add(codes.IMS_STOCK_ORIGIN, t('data.key.emigrants'));
  add(codes.REMITTANCES_RECEIVED_USD, t('data.key.remittances'));
  add(codes.REMITTANCES_RECEIVED_GDP, t('data.key.remittancesGdp'));
  add(codes.COST_INBOUND, t('data.key.cost'));
  return keyFigures;
}

export function buildProfileView(ctx: FigureContext, data: ProfileData, name: string): ProfileView {
  const { i18n } = ctx;
  const { t } = i18n;
  const a = data.alpha3;
  // Addresses name an area outside ISO 3166 by its code (`XKX`), the store by its `AGG:XKX`.
  const csv = (id: string) => `/countries/${publicCode(a)}/profile/csv/${id}`;
  const empty = (what: string) => t('data.profile.noSeries', { what, country: name });
  const unitOf = (code: string, fallback: string) => data.indicators.get(code)?.unit ?? fallback;

  const keyFigures = buildKeyFigures(i18n, data);

  const persons = 'persons';
  const migrants: FigureModel[] = [
    lineFigure(ctx, {
      id: 'immigrants',
      title: t('data.fig.immigrants', { country: name }),
      unit: unitOf(codes.IMS_STOCK_DESTINATION, persons),
      emptyText: empty(t('data.what.immigrants')),
      csvHref: csv('immigrants'),
      series: bySex(i18n, data.observations, codes.IMS_STOCK_DESTINATION),
    }),
    lineFigure(ctx, {
      id: 'emigrants',
      title: t('data.fig.emigrants', { country: name }),
      unit: unitOf(codes.IMS_STOCK_ORIGIN, persons),
      emptyText: empty(t('data.what.emigrants')),
      csvHref: csv('emigrants'),
      series: bySex(i18n, data.observations, codes.IMS_STOCK_ORIGIN),
    }),
    barFigure(ctx, {
      id: 'origins',
      title: t('data.fig.origins', { country: name }),
      unit: unitOf(codes.IMS_STOCK_BILATERAL, persons),
      emptyText: empty(t('data.what.origins')),
      csvHref: csv('origins'),
      indicator: codes.IMS_STOCK_BILATERAL,
      country: a,
      role: 'origins',
      period: data.origins.period,
      partners: data.origins.partners,
      partnerLabel: t('data.table.origin'),
    }),
    barFigure(ctx, {
      id: 'destinations',
      title: t('data.fig.destinations', { country: name }),
      unit: unitOf(codes.IMS_STOCK_BILATERAL, persons),
      emptyText: empty(t('data.what.destinations')),
      csvHref: csv('destinations'),
      indicator: codes.IMS_STOCK_BILATERAL,
      country: a,
      role: 'destinations',
      period: data.destinations.period,
      partners: data.destinations.partners,
      partnerLabel: t('data.table.destination'),
    }),
    flowFigure(ctx, {
      id: 'diaspora-map',
      title: t('data.fig.diasporaMap', { country: name }),
      unit: unitOf(codes.IMS_STOCK_BILATERAL, persons),
      emptyText: empty(t('data.what.destinations')),
      csvHref: csv('diaspora-map'),
      indicator: codes.IMS_STOCK_BILATERAL,
      country: a,
      role: 'destinations',
      period: data.destinations.period,
      partners: data.destinations.partners,
      partnerLabel: t('data.table.destination'),
    }),
  ];

  const refugeeSeries = (
    role: 'origin' | 'destination',
    refugees: Total[],
    asylum: Total[],
  ): FigureSeries[] => [
    {
      key: 'refugees',
      label: t('data.series.refugees'),
      points: totalsAsPoints(refugees, codes.UNHCR_REFUGEES, a, role),
    },
    {
      key: 'asylum',
      label: t('data.series.asylum'),
      points: totalsAsPoints(asylum, codes.UNHCR_ASYLUM, a, role),
    },
  ];
  const refugees: FigureModel[] = [
    stackedFigure(ctx, {
      id: 'refugees-hosted',
      title: t('data.fig.refugeesHosted', { country: name }),
      unit: persons,
      emptyText: empty(t('data.what.refugeesHosted')),
      csvHref: csv('refugees-hosted'),
      series: refugeeSeries('destination', data.refugeesHosted, data.asylumHosted),
    }),
    stackedFigure(ctx, {
      id: 'refugees-abroad',
      title: t('data.fig.refugeesAbroad', { country: name }),
      unit: persons,
      emptyText: empty(t('data.what.refugeesAbroad')),
      csvHref: csv('refugees-abroad'),
      series: refugeeSeries('origin', data.refugeesAbroad, data.asylumAbroad),
    }),
  ];

  const rules = [
    { value: codes.SDG_COST_TARGET, label: t('data.rule.target') },
    { value: codes.CORRIDOR_COST_CEILING, label: t('data.rule.ceiling') },
  ];
  const remittances: FigureModel[] = [
    lineFigure(ctx, {
      id: 'remittances',
      title: t('data.fig.remittances', { country: name }),
      unit: 'USD',
      emptyText: empty(t('data.what.remittances')),
      csvHref: csv('remittances'),
      series: [
        {
          key: 'received',
          label: t('data.series.received'),
          points: remittanceSeries(data, codes.REMITTANCES_RECEIVED_USD, codes.KNOMAD_INFLOWS),
        },
        {
          key: 'paid',
          label: t('data.series.paid'),
          points: remittanceSeries(data, codes.REMITTANCES_PAID_USD, codes.KNOMAD_OUTFLOWS),
        },
      ],
    }),
    lineFigure(ctx, {
      id: 'remittances-gdp',
      title: t('data.fig.remittancesGdp', { country: name }),
      unit: 'percent of GDP',
      emptyText: empty(t('data.what.remittancesGdp')),
      csvHref: csv('remittances-gdp'),
      series: [
        {
          key: 'received',
          label: t('data.series.received'),
          points: points(data.observations, codes.REMITTANCES_RECEIVED_GDP),
        },
      ],
    }),
    lineFigure(ctx, {
      id: 'cost',
      title: t('data.fig.cost', { country: name }),
      unit: 'percent',
      emptyText: empty(t('data.what.cost')),
      csvHref: csv('cost'),
      rules,
      series: [
        { key: 'to', label: t('data.series.costTo'), points: points(data.observations, codes.COST_INBOUND) },
        {
          key: 'from',
          label: t('data.series.costFrom'),
          points: points(data.observations, codes.COST_OUTBOUND),
        },
      ],
    }),
  ];

  const corridorLine = (c: ProfileData['corridors'][number]): CorridorLine => ({
    origin: areaName(i18n, ctx.areas, c.origin),
    destination: areaName(i18n, ctx.areas, c.destination),
    period: c.period,
    value: formatValue(i18n, 'percent', c.value),
    above: c.aboveCeiling,
    href: `/corridors?origin=${c.origin}&destination=${c.destination}`,
  });
  const sorted = data.corridors;
  const shown = Math.min(3, Math.ceil(sorted.length / 2));
  const costliest = sorted.slice(0, shown).map(corridorLine);
  const cheapest = sorted
    .slice(Math.max(shown, sorted.length - 3))
    .reverse()
    .map(corridorLine);

  const gaps = data.coverage
    .filter((c) => c.status !== 'recent')
    .sort((x, y) => (x.latest ?? '').localeCompare(y.latest ?? ''))
    .map((c) => {
      const row = data.indicators.get(c.code);
      return {
        name: row ? indicatorName(i18n, row) : c.code,
        latest: c.latest,
        status: c.status as 'old' | 'missing',
      };
    });

  return {
    alpha3: publicCode(a),
    name,
    hasData: data.hasData,
    keyFigures,
    sections: [
      { id: 'migrants', title: t('data.section.migrants'), figures: migrants },
      { id: 'refugees', title: t('data.section.refugees'), figures: refugees },
      { id: 'remittances', title: t('data.section.remittances'), figures: remittances },
    ],
    corridors: {
      costliest,
      cheapest,
      count: sorted.length,
      source: sorted[0] ? sourceName(sorted[0].provenance) : '',
    },
    gaps,
    coveredCount: data.coverage.filter((c) => c.status === 'recent').length,
  };
}

/** The figure with this id, for its CSV download. */
export function findFigure(view: ProfileView, id: string): FigureModel | undefined {
  return view.sections.flatMap((s) => s.figures).find((f) => f.id === id);
}
