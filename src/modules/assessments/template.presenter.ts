import type { Translator } from '../../i18n/translator.ts';
import type { Domain, Level, Scale, Sector, TemplateKind, TemplateRow } from './assessment.table.ts';
import type { TemplateListRow } from './template.repository.ts';
import type { TemplateDocument } from './template.schema.ts';
import { parseTexts, pick, type ShownText } from './texts.ts';

export interface TemplateSummary {
  id: string;
  key: string;
  kind: TemplateKind;
  scale: Scale;
  sector: Sector | null;
  level: Level | null;
  title: ShownText;
  version: number;
  itemCount: number;
  href: string;
}

export function presentTemplateSummary(row: TemplateListRow, i18n: Translator): TemplateSummary {
  return {
    id: row.id,
    key: row.slug,
    kind: row.kind,
    scale: row.scale,
    sector: row.sector,
    level: row.level,
    title: pick(parseTexts(row.title_json)!, i18n.locale),
    version: row.current_version,
    itemCount: row.item_count,
    href: `/checklists/${row.id}`,
  };
}

export interface TemplateItemView {
  key: string;
  domain: Domain | null;
  question: ShownText;
  guidance: ShownText | null;
  evidence: ShownText | null;
}

/** One version of a template in the reader's language (English where a text has no translation). */
export interface TemplateView {
  id: string;
  key: string;
  kind: TemplateKind;
  scale: Scale;
  sector: Sector | null;
  level: Level | null;
  version: number;
  currentVersion: number;
  title: ShownText;
  description: ShownText | null;
  note: string | null;
  items: TemplateItemView[];
}

export function presentTemplate(
  template: TemplateRow,
  version: number,
  doc: TemplateDocument,
  i18n: Translator,
): TemplateView {
  const { locale } = i18n;
  return {
    id: template.id,
    key: template.slug,
    kind: template.kind,
    scale: template.scale,
    sector: template.sector,
    level: template.level,
    version,
    currentVersion: template.current_version,
    title: pick(doc.title, locale),
    description: doc.description ? pick(doc.description, locale) : null,
    note: doc.note,
    items: doc.items.map((item) => ({
      key: item.key,
      domain: item.domain,
      question: pick(item.question, locale),
      guidance: item.guidance ? pick(item.guidance, locale) : null,
      evidence: item.evidence ? pick(item.evidence, locale) : null,
    })),
  };
}
