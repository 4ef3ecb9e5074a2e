import type { Domain } from '../assessment.table.ts';
import type { LocalizedText } from '../template.schema.ts';

/** A text in the four languages of the interface: English, French, Spanish, Arabic. */
export function l(en: string, fr: string, es: string, ar: string): LocalizedText {
  return { en, fr, es, ar };
}

/** One starter item: its stable key, then the question, guidance and evidence expected. */
export interface StarterItem {
  key: string;
  domain?: Domain;
  question: LocalizedText;
  guidance: LocalizedText;
  evidence: LocalizedText;
}

export function item(
  key: string,
  question: LocalizedText,
  guidance: LocalizedText,
  evidence: LocalizedText,
  domain?: Domain,
): StarterItem {
  return domain ? { key, domain, question, guidance, evidence } : { key, question, guidance, evidence };
}
