import { amountText, asBody, listOf, rowsOf, textOf } from '../../web/form/index.ts';
import { organisationLabel } from '../programmes/index.ts';
import type { Practice } from './practice.presenter.ts';
import type { PracticeDraft } from './practice.schema.ts';

const yes = (flag: boolean) => (flag ? 'yes' : '');

/** Reads the practice form as typed (blank rows dropped) for the schema and for drawing it again. */
export function readPracticeDraft(body: unknown): PracticeDraft {
  const b = asBody(body);
  return {
    title: textOf(b, 'title'),
    summary: textOf(b, 'summary'),
    locale: textOf(b, 'locale'),
    translations: rowsOf(
      b,
      'translations',
      ['locale', 'title', 'summary'] as const,
      ['title', 'summary'] as const,
    ),
    organisations: rowsOf(b, 'organisations', ['organisation', 'role'] as const, ['organisation'] as const),
    country: textOf(b, 'country'),
    region: textOf(b, 'region'),
    city: textOf(b, 'city'),
    level: textOf(b, 'level'),
    origin: textOf(b, 'origin'),
    destination: textOf(b, 'destination'),
    tags: listOf(b, 'tags'),
    targetGroups: textOf(b, 'targetGroups'),
    startYear: textOf(b, 'startYear'),
    endYear: textOf(b, 'endYear'),
    budget: textOf(b, 'budget'),
    currency: textOf(b, 'currency'),
    funders: textOf(b, 'funders'),
    activities: textOf(b, 'activities'),
    results: textOf(b, 'results'),
    evidence: rowsOf(b, 'evidence', ['label', 'figure', 'source'] as const),
    budgetLine: textOf(b, 'budgetLine'),
    localLaw: textOf(b, 'localLaw'),
    plan: textOf(b, 'plan'),
    links: rowsOf(b, 'links', ['kind', 'id'] as const, ['id'] as const),
    callId: textOf(b, 'callId'),
    replicatesId: textOf(b, 'replicatesId'),
    replicationProgress: textOf(b, 'replicationProgress'),
  };
}

/** The edit form's starting values. */
export function draftFromPractice(p: Practice): PracticeDraft {
  return {
    title: p.title,
    summary: p.summary,
    locale: p.locale,
    translations: [...new Set(p.translations.filter((t) => !t.original).map((t) => t.locale))].map(
      (locale) => ({
        locale,
        title: p.translations.find((t) => t.locale === locale && t.field === 'title')?.text ?? '',
        summary: p.translations.find((t) => t.locale === locale && t.field === 'summary')?.text ?? '',
      }),
    ),
    organisations: p.organisations.map((o) => ({
      organisation: organisationLabel(o.organisation),
      role: o.role,
    })),
    country: p.country?.alpha3 ?? '',
    region: p.region ?? '',
    city: p.city ?? '',
    level: p.level ?? '',
    origin: p.corridor.origin?.alpha3 ?? '',
    destination: p.corridor.destination?.alpha3 ?? '',
    tags: p.tags.map((t) => t.id),
    targetGroups: p.targetGroups ?? '',
    startYear: p.period.start ?? '',
    endYear: p.period.end ?? '',
    budget: p.budget ? amountText(p.budget.amountMinor, p.budget.currency) : '',
    currency: p.budget?.currency ?? '',
    funders: p.funders ?? '',
    activities: p.activities ?? '',
    results: p.results ?? '',
    evidence: p.evidence.map((e) => ({ label: e.label, figure: e.figure ?? '', source: e.source ?? '' })),
    budgetLine: yes(p.institutionalised.budgetLine),
    localLaw: yes(p.institutionalised.localLaw),
    plan: yes(p.institutionalised.plan),
    links: p.linkIds.map((l) => ({ kind: l.kind, id: l.id })),
    callId: p.call?.id ?? '',
    replicatesId: p.replicates?.id ?? '',
    replicationProgress: p.replicationProgress ?? '',
  };
}

export function emptyPracticeDraft(locale: string, callId = '', replicatesId = ''): PracticeDraft {
  return {
    title: '',
    summary: '',
    locale,
    translations: [],
    organisations: [],
    country: '',
    region: '',
    city: '',
    level: '',
    origin: '',
    destination: '',
    tags: [],
    targetGroups: '',
    startYear: '',
    endYear: '',
    budget: '',
    currency: '',
    funders: '',
    activities: '',
    results: '',
    evidence: [],
    budgetLine: '',
    localLaw: '',
    plan: '',
    links: [],
    callId,
    replicatesId,
    replicationProgress: replicatesId ? 'planned' : '',
  };
}
