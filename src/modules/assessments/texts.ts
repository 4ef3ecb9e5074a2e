import type { Locale } from '../../i18n/locales.ts';
import type { LocalizedText } from './template.schema.ts';

/** A text in the reader's language, or in English when there is no translation (`lang` says which). */
export interface ShownText {
  text: string;
  lang: string;
}

export function parseTexts(json: string | null): LocalizedText | null {
  return json === null ? null : (JSON.parse(json) as LocalizedText);
}

/** The reader's language when the text has it, else English. */
export function pick(texts: LocalizedText, locale: Locale): ShownText {
  const own = texts[locale as keyof LocalizedText];
  return own ? { text: own, lang: locale } : { text: texts.en, lang: 'en' };
}

export function pickJson(json: string | null, locale: Locale): ShownText | null {
  const texts = parseTexts(json);
  return texts ? pick(texts, locale) : null;
}
