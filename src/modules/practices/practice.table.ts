import type { Generated, Selectable } from 'kysely';

/** Where a practice stands: authors edit drafts and returned ones; moderators move the rest. */
export const PRACTICE_STATUSES = ['draft', 'submitted', 'under-review', 'published', 'returned'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** The level of government of the local authority that runs a practice. */
export const GOVERNMENT_LEVELS = ['municipal', 'provincial', 'national'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/** How an organisation takes part in a practice (the catalogue's "partner type" filter). */
export const PARTNER_ROLES = [
  'local-authority',
  'civil-society',
  'migrant-association',
  'diaspora',
  'private-sector',
  'international',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** How far a replication has come. */
export const REPLICATION_PROGRESS = ['planned', 'started', 'running', 'completed'] as const;
export type ReplicationProgress = (typeof REPLICATION_PROGRESS)[number];

/** The related records a practice may link to, each through its own module's table. */
export const LINK_KINDS = ['lesson', 'process', 'programme'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;

export interface PracticesTable {
  id: string;
  /** In the original language (`locale`); translations are in `practice_translations`. */
  title: string;
  summary: string;
  locale: string;
  status: PracticeStatus;
  country_alpha3: string | null;
  region: string | null;
  city: string | null;
  level: GovernmentLevel | null;
  origin_alpha3: string | null;
  destination_alpha3: string | null;
  target_groups: string | null;
  /** ISO 8601 dates of year, month or day precision. */
  start_date: string | null;
  end_date: string | null;
  budget_minor: number | null;
  currency: string | null;
  funders: string | null;
  activities: string | null;
  results: string | null;
  inst_budget_line: number;
  inst_local_law: number;
  inst_plan: number;
  call_id: string | null;
  replicates_id: string | null;
  replication_progress: ReplicationProgress | null;
  /** Set from the submitted reviews (decision 112): 1 above the threshold with a narrow spread. */
  promising: number;
  /** Average and spread of the submitted reviews, in hundredths of a point. */
  review_average: number | null;
  review_spread: number | null;
  review_count: number;
  /** 1 when the spread is wide and a third reviewer is wanted. */
  needs_third: number;
  demo: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  published_at: string | null;
  version: Generated<number>;
}

/** A field of a practice in one language: the original (`is_original` 1) or a translation. */
export interface PracticeTranslationsTable {
  practice_id: string;
  field: 'title' | 'summary';
  locale: string;
  text: string;
  is_original: number;
}

export interface PracticeOrganisationsTable {
  practice_id: string;
  organisation_id: string;
  role: PartnerRole;
  position: number;
}

/** A result with its evidence: a figure where there is one, and where it comes from. */
export interface PracticeEvidenceTable {
  practice_id: string;
  position: number;
  label: string;
  figure: string | null;
  source: string | null;
}

export interface PracticeLinksTable {
  practice_id: string;
  kind: LinkKind;
  target_id: string;
}

/** Moderators' comments when returning a practice, and the author's answers. */
export interface PracticeCommentsTable {
  id: string;
  practice_id: string;
  user_id: string | null;
  kind: 'return' | 'answer';
  body: string;
  created_at: string;
}

export const REVIEW_STATES = ['assigned', 'conflicted', 'submitted'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface PracticeReviewsTable {
  id: string;
  practice_id: string;
  reviewer_id: string;
  assigned_by: string | null;
  state: ReviewState;
  conflict_note: string | null;
  assigned_at: string;
  submitted_at: string | null;
  version: Generated<number>;
}

export const CRITERIA = [
  'relevance',
  'evidence',
  'sustainability',
  'partnership',
  'replicability',
  'participation',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface PracticeReviewScoresTable {
  review_id: string;
  criterion: Criterion;
  score: number;
  comment: string;
}

export interface PracticeCallsTable {
  id: string;
  title: string;
  description: string;
  theme_id: string | null;
  region: string | null;
  origin_alpha3: string | null;
  destination_alpha3: string | null;
  /** ISO days; the call takes submissions from `opens_on` to `closes_on`, both included. */
  opens_on: string;
  closes_on: string;
  demo: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface PracticeRoadmapsTable {
  practice_id: string;
  policy_options: string;
  updated_by: string | null;
  updated_at: string;
  version: Generated<number>;
}

export interface PracticeRoadmapStepsTable {
  practice_id: string;
  position: number;
  title: string;
  owner: string | null;
  due_on: string | null;
  milestone: number;
}

export type PracticeRow = Selectable<PracticesTable>;
export type CallRow = Selectable<PracticeCallsTable>;
export type ReviewRow = Selectable<PracticeReviewsTable>;

export interface PracticeTables {
  practices: PracticesTable;
  practice_translations: PracticeTranslationsTable;
  practice_organisations: PracticeOrganisationsTable;
  practice_evidence: PracticeEvidenceTable;
  practice_links: PracticeLinksTable;
  practice_comments: PracticeCommentsTable;
  practice_reviews: PracticeReviewsTable;
  practice_review_scores: PracticeReviewScoresTable;
  practice_calls: PracticeCallsTable;
  practice_roadmaps: PracticeRoadmapsTable;
  practice_roadmap_steps: PracticeRoadmapStepsTable;
}
