import { z } from 'zod';
import type { Problems } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import { DOMAINS, LEVELS, SCALES, SECTORS, TEMPLATE_KINDS } from './assessment.table.ts';

/** Limits of a template document; the same for the JSON import, the API and the edit form. */
export const LIMITS = {
  /** Of the JSON text itself, in bytes. */
  jsonBytes: 256 * 1024,
  items: 100,
  key: 60,
  title: 200,
  description: 2000,
  note: 500,
  question: 500,
  guidance: 2000,
  evidence: 1000,
} as const;

export const TEXT_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** A text in English and, optionally, its translations. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<TextLanguage, 'en'>, string>>;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A text per language: `{ "en": "…", "fr": "…" }`, English required. A plain string is read as
 * English. Empty translations count as absent (the reader then sees the English).
 */
function localized(max: number) {
  return z.preprocess(
    (value) => {
      if (typeof value === 'string') return { en: value };
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const out: Record<string, unknown> = {};
        for (const [lang, text] of Object.entries(value)) {
          if (lang !== 'en' && typeof text === 'string' && text.trim() === '') continue;
          out[lang] = text;
        }
        return out;
      }
      return value;
    },
    z
      .object({
        en: z.string().trim().min(1).max(max),
        fr: z.string().trim().max(max).optional(),
        es: z.string().trim().max(max).optional(),
        ar: z.string().trim().max(max).optional(),
      })
      .strict(),
  );
}

/** Absent, null and blank are the same thing for an optional text. */
function optionalLocalized(max: number) {
  return z.preprocess(
    (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
    localized(max).optional(),
  );
}

const itemSchema = z
  .object({
    /** Stable across versions; rounds are compared item by item on it. Generated when absent. */
    key: z.string().trim().max(LIMITS.key).regex(KEY_PATTERN).optional(),
    /** Governance templates: one of the six domains. */
    domain: z.enum(DOMAINS).nullish(),
    question: localized(LIMITS.question),
    guidance: optionalLocalized(LIMITS.guidance),
    evidence: optionalLocalized(LIMITS.evidence),
  })
  .strict();

/**
 * A checklist template as JSON: what the starter set, the import form, the API and the export
 * share. `version` and `format` are written by the export and ignored on import.
 */
export const templateDocument = z
  .object({
    format: z.literal('corridor.checklist-template').optional(),
    key: z.string().trim().min(1).max(LIMITS.key).regex(KEY_PATTERN),
    kind: z.enum(TEMPLATE_KINDS),
    scale: z.enum(SCALES),
    sector: z.enum(SECTORS).nullish(),
    level: z.enum(LEVELS).nullish(),
    version: z.number().int().positive().optional(),
    title: localized(LIMITS.title),
    description: optionalLocalized(LIMITS.description),
    note: z.string().trim().max(LIMITS.note).nullish(),
    items: z.array(itemSchema).min(1).max(LIMITS.items),
  })
  .strict()
  .strict();

/**
 * The rules between fields, checked on the raw value even when other fields are wrong, so the
 * reader sees every problem at once.
 */
function crossProblems(
  value: Record<string, unknown>,
): { path: PropertyKey[]; key: string; values?: Record<string, string> }[] {
  const out: { path: PropertyKey[]; key: string; values?: Record<string, string> }[] = [];
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (value.kind === 'sector' && blank(value.sector))
    out.push({ path: ['sector'], key: 'checklist.json.sector' });
  if (value.kind === 'sector' && !blank(value.level))
    out.push({ path: ['level'], key: 'checklist.json.levelSector' });
  if (value.kind === 'governance' && blank(value.level))
    out.push({ path: ['level'], key: 'checklist.json.level' });
  if (value.kind === 'governance' && !blank(value.sector))
    out.push({ path: ['sector'], key: 'checklist.json.sectorGovernance' });
  if (!Array.isArray(value.items)) return out;
  const seen = new Set<string>();
  value.items.forEach((raw, index) => {
    const item = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    if (value.kind === 'governance' && blank(item.domain))
      out.push({ path: ['items', index, 'domain'], key: 'checklist.json.domain' });
    if (value.kind === 'sector' && !blank(item.domain))
      out.push({ path: ['items', index, 'domain'], key: 'checklist.json.domainSector' });
    const key = typeof item.key === 'string' ? item.key.trim() : `item-${index + 1}`;
    if (seen.has(key))
      out.push({ path: ['items', index, 'key'], key: 'checklist.json.duplicateKey', values: { key } });
    seen.add(key);
  });
  return out;
}

export type TemplateDocumentInput = z.input<typeof templateDocument>;
type Parsed = z.output<typeof templateDocument>;

/** A validated template, with every item keyed. */
export interface TemplateDocument extends Omit<Parsed, 'items' | 'format' | 'version' | 'note'> {
  note: string | null;
  items: (Omit<Parsed['items'][number], 'key' | 'domain'> & {
    key: string;
    domain: (typeof DOMAINS)[number] | null;
  })[];
}

/** One problem with a document: where (`items[3].question`) and what to do, in the reader's language. */
export interface DocumentProblem {
  path: string;
  message: string;
}

export type DocumentResult = { ok: true; value: TemplateDocument } | { ok: false; errors: DocumentProblem[] };

/** A command's problems, keyed by the document's path (`kind`), as the checker words its own. */
export function documentProblemsOf(problems: Problems, i18n: Translator): DocumentProblem[] {
  return Object.entries(problems).map(([path, problem]) => ({
    path,
    message: i18n.t(problem.key, problem.values),
  }));
}

/** `['items', 3, 'question']` → `items[3].question`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(document)';
}

const CHOICES: Record<string, readonly string[]> = {
  kind: TEMPLATE_KINDS,
  scale: SCALES,
  sector: SECTORS,
  level: LEVELS,
  domain: DOMAINS,
};

const REQUIRED_KEYS: Record<string, string> = {
  key: 'checklist.json.key',
  title: 'checklist.json.title',
  question: 'checklist.json.question',
  items: 'checklist.json.items',
};

/** A sentence that says how to fix one Zod issue, without the path (the caller adds it). */
/** The raw value at a path (Zod issues do not carry their input unless asked to). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describe(
  issue: z.core.$ZodIssue,
  i18n: Translator,
  root: unknown,
): { path: readonly PropertyKey[]; message: string } {
  const { t } = i18n;
  let path = issue.path;
  const last = path.at(-1);
  // A missing English text is reported on the field itself: "items[3].question: Enter a question".
  // A text given without English: say so on the text itself (`description: Enter the English text…`).
  const absent = issue.code === 'invalid_type' && valueAt(root, path) === undefined;
  if (last === 'en' && absent && typeof valueAt(root, path.slice(0, -1)) === 'object')
    return { path: path.slice(0, -1), message: t('checklist.json.english') };
  // A blank English text is a missing field: "items[3].question: Enter a question".
  const missingEnglish = last === 'en' && issue.code === 'too_small' && issue.origin === 'string';
  if (missingEnglish) path = path.slice(0, -1);
  const field = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  if (issue.code === 'custom')
    return {
      path,
      message: t(issue.message, { options: CHOICES[field]?.join(', ') ?? '', ...(issue.params ?? {}) }),
    };
  const missing = missingEnglish || absent || (issue.code === 'too_small' && issue.origin === 'string');
  if (CHOICES[field] && (missing || issue.code === 'invalid_value'))
    return { path, message: t(`checklist.json.${field}`, { options: CHOICES[field]!.join(', ') }) };
  if (missing && REQUIRED_KEYS[field]) return { path, message: t(REQUIRED_KEYS[field]!) };
  if (missing) return { path, message: t('checklist.json.required') };
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array'
        ? { path, message: t('checklist.json.tooManyItems', { max: Number(issue.maximum) }) }
        : { path, message: t('checklist.json.tooLong', { max: Number(issue.maximum) }) };
    case 'too_small':
      return { path, message: t('checklist.json.items') };
    case 'invalid_format':
      return { path, message: t('checklist.json.keyFormat') };
    case 'unrecognized_keys':
      return { path, message: t('checklist.json.unknownField', { names: issue.keys.join(', ') }) };
    case 'invalid_type':
      if (issue.expected === 'array') return { path, message: t('checklist.json.notList') };
      if (issue.expected === 'object')
        return { path, message: t(field === 'items' ? 'checklist.json.notItem' : 'checklist.json.notText') };
      if (issue.expected === 'string') return { path, message: t('checklist.json.notString') };
      return { path, message: t('checklist.json.invalid') };
    default:
      return { path, message: t('checklist.json.invalid') };
  }
}

/** Checks a parsed JSON value; every problem comes back with its path, in document order. */
export function checkTemplateDocument(value: unknown, i18n: Translator): DocumentResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, errors: [{ path: '(document)', message: i18n.t('checklist.json.notDocument') }] };
  const parsed = templateDocument.safeParse(value);
  const cross = crossProblems(value as Record<string, unknown>);
  if (!parsed.success || cross.length > 0) {
    const seen = new Set<string>();
    const errors: DocumentProblem[] = [];
    const add = (path: readonly PropertyKey[], message: string) => {
      const at = formatPath(path);
      if (seen.has(at)) return;
      seen.add(at);
      errors.push({ path: at, message });
    };
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const { path, message } = describe(issue, i18n, value);
      add(path, message);
    }
    for (const problem of cross) {
      const field = String(problem.path.at(-1));
      add(
        problem.path,
        i18n.t(problem.key, { options: CHOICES[field]?.join(', ') ?? '', ...(problem.values ?? {}) }),
      );
    }
    return { ok: false, errors };
  }
  const doc = parsed.data;
  return {
    ok: true,
    value: {
      key: doc.key,
      kind: doc.kind,
      scale: doc.scale,
      sector: doc.sector ?? null,
      level: doc.level ?? null,
      title: doc.title,
      description: doc.description,
      note: doc.note ?? null,
      items: doc.items.map((item, index) => ({
        key: item.key ?? `item-${index + 1}`,
        domain: item.domain ?? null,
        question: item.question,
        guidance: item.guidance,
        evidence: item.evidence,
      })),
    },
  };
}

/** Reads JSON text (from the import form or the API): size, syntax, then the schema. */
export function parseTemplateJson(text: string, i18n: Translator): DocumentResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.jsonBytes)
    return {
      ok: false,
      errors: [
        {
          path: '(document)',
          message: i18n.t('checklist.json.tooLarge', { max: LIMITS.jsonBytes / 1024 }),
        },
      ],
    };
  if (text.trim() === '')
    return { ok: false, errors: [{ path: '(document)', message: i18n.t('checklist.json.empty') }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '(document)',
          message: i18n.t('checklist.json.syntax', { detail: (error as Error).message }),
        },
      ],
    };
  }
  return checkTemplateDocument(value, i18n);
}
