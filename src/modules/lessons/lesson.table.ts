import type { Generated, Selectable } from 'kysely';

/** The stages of the GMG handbook's cycle a lesson can be linked to (the processes module's stage kinds). */
export const LESSON_STAGES = [
  'preparation',
  'evidence',
  'consultation',
  'formulation',
  'implementation',
  'monitoring',
] as const;
export type LessonStage = (typeof LESSON_STAGES)[number];

/**
 * A lesson learned by a process: one entry of its running log. Theme tags are taxonomy
 * `theme:` terms in `taggings` (entity type `lesson`); free tags are the team's own words.
 */
export interface LessonsTable {
  id: string;
  process_id: string;
  text: string;
  stage: LessonStage | null;
  /** ISO date of year, month or day precision (`2013`, `2013-07`, `2013-07-15`). */
  lesson_date: string | null;
  /** Where the lesson was recorded or published, when it comes from a document. */
  source: string | null;
  /** JSON array of free tags, as typed (trimmed, deduplicated). */
  free_tags_json: string;
  author_id: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export type LessonRow = Selectable<LessonsTable>;

export interface LessonTables {
  lessons: LessonsTable;
}
