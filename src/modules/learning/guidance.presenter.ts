import type { Translator } from '../../i18n/translator.ts';
import { presentTerm, type TermRecord } from '../taxonomy/index.ts';
import type { ContentLocale, GuidanceKind, GuidanceRow } from './learning.table.ts';

/** A guidance document in a list. */
export interface GuidanceSummary {
  id: string;
  kind: GuidanceKind;
  locale: ContentLocale;
  title: string;
  summary: string;
  version: number;
  updatedAt: string;
}

/** A guidance document as its page and the API show it, with what the reader may do. */
export interface Guidance extends GuidanceSummary {
  body: string;
  checklistTemplateId: string | null;
  languages: { id: string; locale: ContentLocale; title: string }[];
  terms: { id: string; scheme: string; name: string }[];
  versions: { number: number; changeNote: string; editedAt: string; editor: string | null }[];
  actions: { edit: boolean };
}

export function presentGuidanceSummary(row: GuidanceRow): GuidanceSummary {
  return {
    id: row.id,
    kind: row.kind,
    locale: row.locale,
    title: row.title,
    summary: row.summary,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function presentGuidance(
  row: GuidanceRow,
  related: {
    family: { id: string; locale: ContentLocale; title: string }[];
    terms: TermRecord[];
    versions: { number: number; change_note: string; edited_at: string; editor_name: string | null }[];
  },
  i18n: Translator,
  actions: { edit: boolean },
): Guidance {
  return {
    ...presentGuidanceSummary(row),
    body: row.body,
    checklistTemplateId: row.checklist_template_id,
    languages: related.family.filter((d) => d.id !== row.id),
    terms: related.terms.map((t) => {
      const term = presentTerm(t, i18n);
      return { id: term.id, scheme: term.scheme, name: term.name };
    }),
    versions: related.versions.map((v) => ({
      number: v.number,
      changeNote: v.change_note,
      editedAt: v.edited_at,
      editor: v.editor_name,
    })),
    actions,
  };
}
