import { describe, expect, it } from 'vitest';
import { registerMessages } from '../../i18n/catalogue.ts';
import { translator } from '../../i18n/translator.ts';
import { assessmentMessages } from './assessment.messages.ts';
import { DOMAINS, SECTORS } from './assessment.table.ts';
import { starterTemplates } from './starter/index.ts';
import { checkTemplateDocument, LIMITS, parseTemplateJson } from './template.schema.ts';

registerMessages(assessmentMessages);
const en = translator('en');

const valid = () => ({
  key: 'sector-test',
  kind: 'sector',
  scale: 'coherence',
  sector: 'health',
  title: 'Test checklist',
  items: [
    { key: 'one', question: { en: 'First?', fr: 'Premier ?' } },
    { question: 'Second?', guidance: 'Look here.', evidence: { en: 'A law.' } },
    { question: 'Third?' },
    { question: 'Fourth?' },
  ],
});

function problems(doc: unknown) {
  const result = parseTemplateJson(JSON.stringify(doc), en);
  if (result.ok) throw new Error('expected problems');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('template documents', () => {
  it('accept a valid document, reading plain strings as English and keying every item', () => {
    const result = parseTemplateJson(JSON.stringify(valid()), en);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.map((i) => i.key)).toEqual(['one', 'item-2', 'item-3', 'item-4']);
    expect(result.value.items[1]!.question).toEqual({ en: 'Second?' });
    expect(result.value.items[0]!.question).toEqual({ en: 'First?', fr: 'Premier ?' });
  });

  it('say where a question is missing, in words that say how to fix it', () => {
    const doc = valid();
    delete (doc.items[3] as { question?: unknown }).question;
    expect(problems(doc)).toEqual(['items[3].question: Enter a question']);
    doc.items[3] = { question: '   ' } as never;
    expect(problems(doc)).toEqual(['items[3].question: Enter a question']);
  });

  it('name the accepted values of an unknown scale, sector or domain', () => {
    expect(problems({ ...valid(), scale: 'stars' })).toEqual(['scale: Choose a scale: coherence, presence']);
    expect(problems({ ...valid(), sector: 'tourism' })[0]).toMatch(
      /^sector: Choose a sector: labour, education/,
    );
    const governance = {
      ...valid(),
      kind: 'governance',
      scale: 'presence',
      sector: undefined,
      level: 'local',
    };
    governance.items = [{ question: 'Q?', domain: 'weather' }] as never;
    expect(problems(governance)).toEqual([
      'items[0].domain: Choose a domain: rights, whole-of-government, partnerships, well-being, crises, safe-orderly-regular',
    ]);
    governance.items = [{ question: 'Q?' }] as never;
    expect(problems(governance)[0]).toMatch(/^items\[0\]\.domain: Choose a domain/);
  });

  it('refuse bad JSON, an empty text, an array, and oversize documents', () => {
    const bad = parseTemplateJson('{"key": "x",', en);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/^This is not valid JSON: /);
    const empty = parseTemplateJson('  ', en);
    expect(!empty.ok && empty.errors[0]!.message).toBe('Paste the checklist as JSON');
    const list = parseTemplateJson('[]', en);
    expect(!list.ok && list.errors[0]!.path).toBe('(document)');
    const huge = parseTemplateJson(JSON.stringify({ ...valid(), title: 'x'.repeat(LIMITS.jsonBytes) }), en);
    expect(!huge.ok && huge.errors[0]!.message).toBe('The checklist is too large: keep it under 256 KB');
  });

  it('report long texts, unknown fields, duplicate keys, missing English and too many items', () => {
    const doc = valid();
    doc.items[0] = { key: 'one', question: { en: 'q'.repeat(LIMITS.question + 1) } } as never;
    doc.items[1] = { key: 'one', question: 'Again?' } as never;
    (doc.items[2] as Record<string, unknown>).colour = 'blue';
    doc.items[3] = { question: { fr: 'Seulement en français ?' } } as never;
    expect(problems(doc)).toEqual([
      'items[0].question.en: Shorten this text to 500 characters or fewer',
      'items[2]: Remove the field this format does not know: colour',
      'items[3].question: Enter the English text: every text needs "en"',
      'items[1].key: Give each question its own key: "one" is used twice',
    ]);
    const many = { ...valid(), items: Array.from({ length: LIMITS.items + 1 }, () => ({ question: 'Q?' })) };
    expect(problems(many)).toEqual(['items: A checklist can have at most 100 questions']);
    expect(problems({ ...valid(), items: [] })).toEqual(['items: Add at least one question']);
    expect(problems({ ...valid(), items: 'none' })).toEqual([
      'items: Write the questions as a list: "items": [ … ]',
    ]);
  });

  it('speak the reader’s language', () => {
    registerMessages(assessmentMessages);
    const result = checkTemplateDocument({ ...valid(), items: [{}] }, translator('fr'));
    expect(!result.ok && result.errors[0]).toEqual({
      path: 'items[0].question',
      message: 'Saisissez une question',
    });
  });
});

describe('the starter set', () => {
  const starters = starterTemplates();

  it('covers the twelve sectors with 3 to 5 questions each, and two governance levels', () => {
    const sectors = starters.filter((s) => s.kind === 'sector');
    expect(sectors.map((s) => s.sector)).toEqual([...SECTORS]);
    for (const s of sectors) {
      expect(s.items.length).toBeGreaterThanOrEqual(3);
      expect(s.items.length).toBeLessThanOrEqual(5);
    }
    const governance = starters.filter((s) => s.kind === 'governance');
    expect(governance.map((g) => g.level)).toEqual(['national', 'local']);
    for (const g of governance) expect(new Set(g.items.map((i) => i.domain))).toEqual(new Set(DOMAINS));
  });

  it('is valid, with every text in English, French, Spanish and Arabic', () => {
    for (const starter of starters) {
      const result = checkTemplateDocument(starter, en);
      expect(result.ok, starter.key).toBe(true);
      if (!result.ok) continue;
      for (const item of result.value.items)
        for (const text of [item.question, item.guidance!, item.evidence!])
          expect(Object.keys(text).sort(), `${starter.key} ${item.key}`).toEqual(['ar', 'en', 'es', 'fr']);
    }
  });
});
