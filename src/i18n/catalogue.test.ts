import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { modules } from '../modules/index.ts';
import { KERNEL_MESSAGES } from '../web/kernel-messages.ts';
import { LOCALES } from './locales.ts';

/** The ICU arguments a message uses (`{count, plural, …}` counts once; words inside branches do not). */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

const catalogues = [...KERNEL_MESSAGES, ...modules.flatMap((m) => (m.messages ? [m.messages] : []))];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('give every language the same keys as English', () => {
    for (const catalogue of catalogues) {
      const english = Object.keys(catalogue.en).sort();
      for (const locale of LOCALES) expect(Object.keys(catalogue[locale]).sort()).toEqual(english);
    }
  });

  it('define every key the code asks for with t("…")', () => {
    const known = new Set(catalogues.flatMap((c) => Object.keys(c.en)));
    const missing: string[] = [];
    for (const file of sourceFiles(new URL('..', import.meta.url).pathname)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) {
        if (!known.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keep ICU placeholders consistent across languages', () => {
    for (const catalogue of catalogues) {
      for (const [key, text] of Object.entries(catalogue.en)) {
        const names = argumentNames(text);
        for (const locale of LOCALES) {
          const other = (catalogue[locale] as Record<string, string>)[key] ?? '';
          expect(argumentNames(other), `${locale} ${key}`).toEqual(names);
        }
      }
    }
  });
});
