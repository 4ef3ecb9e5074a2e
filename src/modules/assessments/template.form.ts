import { newId } from '../../db/ids.ts';
import { formFields } from '../../web/form/index.ts';
import {
  LIMITS,
  type LocalizedText,
  TEXT_LANGUAGES,
  type TemplateDocument,
  type TextLanguage,
} from './template.schema.ts';

/** Blank rows offered for new questions (English only: a new question starts in English). */
export const NEW_ROWS = 2;

export interface EditRow {
  /** The item's key; null for a new question. */
  key: string | null;
  question: string;
  guidance: string;
  evidence: string;
  domain: string;
  remove: boolean;
  /** The English texts, shown as hints while editing another language. */
  english: { question: string; guidance: string; evidence: string } | null;
}

/** What the edit form shows and sends: the texts of one language. */
export interface EditDraft {
  lang: TextLanguage;
  title: string;
  description: string;
  note: string;
  rows: EditRow[];
}

export function isTextLanguage(value: unknown): value is TextLanguage {
  return typeof value === 'string' && (TEXT_LANGUAGES as readonly string[]).includes(value);
}

const textIn = (text: LocalizedText | undefined, lang: TextLanguage) => text?.[lang] ?? '';

/** The form as first shown: the current version's texts in `lang`. */
export function draftFromDocument(doc: TemplateDocument, lang: TextLanguage): EditDraft {
  const rows: EditRow[] = doc.items.map((item) => ({
    key: item.key,
    question: textIn(item.question, lang),
    guidance: textIn(item.guidance, lang),
    evidence: textIn(item.evidence, lang),
    domain: item.domain ?? '',
    remove: false,
    english:
      lang === 'en'
        ? null
        : {
            question: item.question.en,
            guidance: item.guidance?.en ?? '',
            evidence: item.evidence?.en ?? '',
          },
  }));
  if (lang === 'en')
    for (let i = 0; i < NEW_ROWS; i += 1)
      rows.push({
        key: null,
        question: '',
        guidance: '',
        evidence: '',
        domain: '',
        remove: false,
        english: null,
      });
  return {
    lang,
    title: textIn(doc.title, lang),
    description: textIn(doc.description, lang),
    note: '',
    rows,
  };
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The posted form. Rows carry their item's key, so they are matched to the current version by
 * key (not by position): a form sent back after a conflict still lands on the right questions.
 */
export function readDraft(body: unknown, current: TemplateDocument, lang: TextLanguage): EditDraft {
  const fields = formFields(body);
  const byKey = new Map(current.items.map((item) => [item.key, item]));
  const rows: EditRow[] = [];
  for (let index = 0; index < LIMITS.items + NEW_ROWS; index += 1) {
    const at = (name: string) => fields[`items.${index}.${name}`];
    if (at('key') === undefined && at('question') === undefined) break;
    const key = at('key') && KEY.test(at('key')!) ? at('key')! : null;
    const old = key ? byKey.get(key) : undefined;
    rows.push({
      key,
      question: at('question') ?? '',
      guidance: at('guidance') ?? '',
      evidence: at('evidence') ?? '',
      domain: at('domain') ?? old?.domain ?? '',
      remove: at('remove') === 'yes',
      english:
        lang === 'en' || !old
          ? null
          : { question: old.question.en, guidance: old.guidance?.en ?? '', evidence: old.evidence?.en ?? '' },
    });
  }
  return {
    lang,
    title: fields.title ?? '',
    description: fields.description ?? '',
    note: fields.note ?? '',
    rows,
  };
}

/** Replaces (or removes, when blank) one language of a text. */
function withText(
  existing: LocalizedText | undefined,
  lang: TextLanguage,
  value: string,
): Record<string, string> | undefined {
  const out: Record<string, string> = { ...(existing ?? {}) };
  if (value.trim() === '') {
    if (lang === 'en') return existing ? { ...out, en: '' } : undefined;
    delete out[lang];
  } else out[lang] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The document the form describes: the current version with this language's texts replaced,
 * removed rows left out and new rows added. `rowOf[i]` is the form row of the document's item i,
 * so a problem at `items[i].question` is shown beside the right field.
 */
export function documentFromDraft(
  draft: EditDraft,
  current: TemplateDocument,
): { input: Record<string, unknown>; rowOf: number[] } {
  const byKey = new Map(current.items.map((item) => [item.key, item]));
  const items: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  draft.rows.forEach((row, index) => {
    if (row.remove) return;
    const old = row.key ? byKey.get(row.key) : undefined;
    if (!old) {
      const blank = [row.question, row.guidance, row.evidence].every((v) => v.trim() === '');
      if (blank) return;
    }
    // A new question gets a key of its own, never one an old item had: rounds match on keys.
    const key = row.key ?? `item-${newId().slice(0, 8)}`;
    items.push({
      key,
      domain: current.kind === 'governance' ? row.domain || null : null,
      question: withText(old?.question, draft.lang, row.question) ?? { en: '' },
      guidance: withText(old?.guidance, draft.lang, row.guidance),
      evidence: withText(old?.evidence, draft.lang, row.evidence),
    });
    rowOf.push(index);
  });
  const description = withText(current.description, draft.lang, draft.description);
  return {
    input: {
      key: current.key,
      kind: current.kind,
      scale: current.scale,
      sector: current.sector,
      level: current.level,
      title: withText(current.title, draft.lang, draft.title) ?? { en: '' },
      description: description && description.en === '' && draft.lang === 'en' ? undefined : description,
      note: draft.note,
      items,
    },
    rowOf,
  };
}

/** `items[3].question.fr` → the form field `items.<row>.question`; `title.en` → `title`. */
export function fieldOfPath(path: string, rowOf: number[]): string {
  const item = /^items\[(\d+)\]\.(\w+)/.exec(path);
  if (item) {
    const row = rowOf[Number(item[1])];
    return row === undefined ? 'items' : `items.${row}.${item[2]}`;
  }
  const top = /^(\w+)/.exec(path)?.[1] ?? 'items';
  return ['title', 'description', 'note'].includes(top) ? top : 'items';
}
