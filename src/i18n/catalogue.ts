import type { Locale } from './locales.ts';

/** A module's messages: English is complete; every other language must have the same keys. */
export type Messages<K extends string = string> = Record<K, string>;
export type ModuleMessages<E extends Messages> = { en: E } & Record<
  Exclude<Locale, 'en'>,
  Record<keyof E, string>
>;

const merged: Record<Locale, Map<string, string>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
  ar: new Map(),
};

/** Adds a module's catalogue to the shared one. A key defined twice is a programming error. */
export function registerMessages(catalogue: { [L in Locale]: Record<string, string> }): void {
  for (const locale of Object.keys(merged) as Locale[]) {
    for (const [key, text] of Object.entries(catalogue[locale])) {
      const existing = merged[locale].get(key);
      if (existing !== undefined && existing !== text) throw new Error(`Message key defined twice: ${key}`);
      merged[locale].set(key, text);
    }
  }
}

export function lookupMessage(locale: Locale, key: string): string | undefined {
  return merged[locale].get(key) ?? merged.en.get(key);
}

export function allMessageKeys(locale: Locale): string[] {
  return [...merged[locale].keys()];
}
