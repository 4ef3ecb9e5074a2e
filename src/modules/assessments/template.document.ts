import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { TemplateRow, TemplateVersionRow } from './assessment.table.ts';
import { itemsOfVersion } from './template.repository.ts';
import { type LocalizedText, TEXT_LANGUAGES, type TemplateDocument } from './template.schema.ts';
import { parseTexts } from './texts.ts';

/** A stored version as a template document (the shape of the JSON export and import). */
export async function documentOf(
  db: Kysely<Database>,
  template: TemplateRow,
  version: TemplateVersionRow,
): Promise<TemplateDocument> {
  const items = await itemsOfVersion(db, version.id);
  return {
    key: template.slug,
    kind: template.kind,
    scale: template.scale,
    sector: template.sector,
    level: template.level,
    title: parseTexts(version.title_json)!,
    description: parseTexts(version.description_json) ?? undefined,
    note: version.note,
    items: items.map((item) => ({
      key: item.item_key,
      domain: item.domain,
      question: parseTexts(item.question_json)!,
      guidance: parseTexts(item.guidance_json) ?? undefined,
      evidence: parseTexts(item.evidence_json) ?? undefined,
    })),
  };
}

function canonicalText(text: LocalizedText | undefined): Record<string, string> | null {
  if (!text) return null;
  const out: Record<string, string> = {};
  for (const lang of TEXT_LANGUAGES) if (text[lang]) out[lang] = text[lang]!;
  return out;
}

/** Two documents with the same texts and items (the note aside) would make an empty new version. */
export function sameContent(a: TemplateDocument, b: TemplateDocument): boolean {
  const canonical = (d: TemplateDocument) =>
    JSON.stringify({
      title: canonicalText(d.title),
      description: canonicalText(d.description),
      items: d.items.map((i) => ({
        key: i.key,
        domain: i.domain,
        question: canonicalText(i.question),
        guidance: canonicalText(i.guidance),
        evidence: canonicalText(i.evidence),
      })),
    });
  return canonical(a) === canonical(b);
}

/** The JSON export: the document with its version, every language, keys in a stable order. */
export function exportDocument(doc: TemplateDocument, version: number): Record<string, unknown> {
  return {
    format: 'corridor.checklist-template',
    key: doc.key,
    version,
    kind: doc.kind,
    scale: doc.scale,
    ...(doc.sector ? { sector: doc.sector } : {}),
    ...(doc.level ? { level: doc.level } : {}),
    title: canonicalText(doc.title),
    ...(doc.description ? { description: canonicalText(doc.description) } : {}),
    ...(doc.note ? { note: doc.note } : {}),
    items: doc.items.map((item) => ({
      key: item.key,
      ...(item.domain ? { domain: item.domain } : {}),
      question: canonicalText(item.question),
      ...(item.guidance ? { guidance: canonicalText(item.guidance) } : {}),
      ...(item.evidence ? { evidence: canonicalText(item.evidence) } : {}),
    })),
  };
}
