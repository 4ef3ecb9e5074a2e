import type { Translator } from '../../i18n/translator.ts';
import type { TermRecord } from '../taxonomy/index.ts';
import { presentTerm } from '../taxonomy/index.ts';
import type { PracticeActions } from './practice.policy.ts';
import type { PracticeFullRow, PracticeListRow, PracticeParts } from './practice.repository.ts';

type Country = { alpha3: string; name: string } | null;

function countryOf(
  alpha3: string | null,
  alpha2: string | null,
  nameEn: string | null,
  i18n: Translator,
): Country {
  if (!alpha3) return null;
  return { alpha3, name: (alpha2 && i18n.countryName(alpha2)) || nameEn || alpha3 };
}

/** A practice in a list: what the catalogue, the API and the feed show. */
export function presentPracticeSummary(row: PracticeListRow, i18n: Translator) {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    locale: row.locale,
    status: row.status,
    country: countryOf(row.country_alpha3, row.country_alpha2, row.country_name_en, i18n),
    region: row.region,
    city: row.city,
    level: row.level,
    corridor: {
      origin: countryOf(row.origin_alpha3, row.origin_alpha2, row.origin_name_en, i18n),
      destination: countryOf(row.destination_alpha3, row.destination_alpha2, row.destination_name_en, i18n),
    },
    promising: row.promising === 1,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export type PracticeSummary = ReturnType<typeof presentPracticeSummary>;

/** One practice with everything it lists, and what the actor may do with it. */
export function presentPractice(
  row: PracticeFullRow,
  parts: PracticeParts,
  tags: TermRecord[],
  actions: PracticeActions,
  i18n: Translator,
) {
  return {
    ...presentPracticeSummary(row, i18n),
    translations: parts.translations.map((t) => ({
      field: t.field,
      locale: t.locale,
      text: t.text,
      original: t.is_original === 1,
    })),
    organisations: parts.organisations.map((o) => ({
      organisation: { id: o.organisation_id, name: o.name, acronym: o.acronym },
      role: o.role,
    })),
    tags: tags.map((t) => {
      const term = presentTerm(t, i18n);
      return { id: term.id, scheme: t.scheme, label: term.label };
    }),
    targetGroups: row.target_groups,
    period: { start: row.start_date, end: row.end_date },
    budget:
      row.budget_minor === null ? null : { amountMinor: Number(row.budget_minor), currency: row.currency },
    funders: row.funders,
    activities: row.activities,
    results: row.results,
    evidence: parts.evidence,
    institutionalised: {
      budgetLine: row.inst_budget_line === 1,
      localLaw: row.inst_local_law === 1,
      plan: row.inst_plan === 1,
    },
    links: parts.links
      .filter((l) => l.title !== null)
      .map((l) => ({ kind: l.kind, id: l.target_id, title: l.title! })),
    /** Every link as stored, for the edit form (titles hidden from readers of private records). */
    linkIds: parts.links.map((l) => ({ kind: l.kind, id: l.target_id })),
    call: row.call_id && row.call_title ? { id: row.call_id, title: row.call_title } : null,
    replicates:
      row.replicates_id && row.replicates_title
        ? { id: row.replicates_id, title: row.replicates_title }
        : null,
    replicationProgress: row.replication_progress,
    review: {
      count: Number(row.review_count),
      average: row.review_average === null ? null : Number(row.review_average) / 100,
      spread: row.review_spread === null ? null : Number(row.review_spread) / 100,
      needsThirdReviewer: row.needs_third === 1,
    },
    demo: row.demo === 1,
    version: Number(row.version),
    actions,
  };
}

export type Practice = ReturnType<typeof presentPractice>;
