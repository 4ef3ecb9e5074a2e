import type { Generated, Selectable } from 'kysely';

/** The two ways a checklist item is scored (see scale.ts). */
export const SCALES = ['coherence', 'presence'] as const;
export type Scale = (typeof SCALES)[number];

/** Sector checklists (policy coherence of one sector) and governance-domain checklists. */
export const TEMPLATE_KINDS = ['sector', 'governance'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The twelve sectors of the policy-coherence checklists; codes match the taxonomy's `sector:<code>`. */
export const SECTORS = [
  'labour',
  'education',
  'health',
  'social-protection',
  'finance',
  'diaspora',
  'agriculture',
  'urban',
  'climate',
  'gender',
  'return',
  'data',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The six governance domains, in the manner of the Migration Governance Indicators. */
export const DOMAINS = [
  'rights',
  'whole-of-government',
  'partnerships',
  'well-being',
  'crises',
  'safe-orderly-regular',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const LEVELS = ['national', 'local'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * A checklist template: the stable identity of a checklist across its versions. Kind, scale,
 * sector and level never change from one version to the next, so rounds stay comparable.
 */
export interface ChecklistTemplatesTable {
  id: string;
  /** Stable key from the template JSON (`sector-labour`, `governance-national`); unique. */
  slug: string;
  kind: TemplateKind;
  scale: Scale;
  /** Set for sector templates. */
  sector: Sector | null;
  /** Set for governance templates (national or local); null for sector templates. */
  level: Level | null;
  /** The newest version; earlier versions are kept unchanged for the assessments made with them. */
  current_version: number;
  /** Lower comes first in lists (starter templates in sector order; imported ones after). */
  position: number;
  created_at: string;
  updated_at: string;
}

/** One immutable version of a template: its texts at that time. */
export interface ChecklistTemplateVersionsTable {
  id: string;
  template_id: string;
  version: number;
  /** `{ "en": …, "fr"?: …, "es"?: …, "ar"?: … }`; English is always present. */
  title_json: string;
  description_json: string | null;
  /** What changed in this version, as the editor wrote it. */
  note: string | null;
  created_at: string;
  created_by: string | null;
}

/** One question of a template version. Texts are per language, English always present. */
export interface ChecklistTemplateItemsTable {
  id: string;
  template_version_id: string;
  position: number;
  /** Stable across versions of the same template: rounds are compared item by item on it. */
  item_key: string;
  /** Governance templates only: the domain the item belongs to. */
  domain: Domain | null;
  question_json: string;
  guidance_json: string | null;
  evidence_json: string | null;
}

/** One assessment round of a process: round 1, 2, 3… */
export interface AssessmentsTable {
  id: string;
  process_id: string;
  round: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

/** The template versions a round was started with (kept even when the templates change later). */
export interface AssessmentTemplatesTable {
  assessment_id: string;
  template_version_id: string;
  position: number;
}

/**
 * The score of one item in one round: its own row with its own version, so several assessors can
 * save different items at once and a stale save of the same item is refused, never lost.
 */
export interface AssessmentItemScoresTable {
  id: string;
  assessment_id: string;
  template_item_id: string;
  /** A value of the item's scale (scale.ts), or null while not scored. */
  score: string | null;
  evidence: string | null;
  comment: string | null;
  version: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
}

/** A gap turned into an action of the process (the action belongs to the module that made it). */
export interface AssessmentGapActionsTable {
  item_score_id: string;
  action_id: string;
  action_href: string;
  created_at: string;
}

export type TemplateRow = Selectable<ChecklistTemplatesTable>;
export type TemplateVersionRow = Selectable<ChecklistTemplateVersionsTable>;
export type TemplateItemRow = Selectable<ChecklistTemplateItemsTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type ItemScoreRow = Selectable<AssessmentItemScoresTable>;

export interface AssessmentTables {
  checklist_templates: ChecklistTemplatesTable;
  checklist_template_versions: ChecklistTemplateVersionsTable;
  checklist_template_items: ChecklistTemplateItemsTable;
  assessments: AssessmentsTable;
  assessment_templates: AssessmentTemplatesTable;
  assessment_item_scores: AssessmentItemScoresTable;
  assessment_gap_actions: AssessmentGapActionsTable;
}
