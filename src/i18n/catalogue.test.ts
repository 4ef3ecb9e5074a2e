import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modules } from '../modules/index.ts';
import { webMessages } from '../web/web.messages.ts';
import { LOCALES } from './locales.ts';

const catalogues = [webMessages, ...modules.flatMap((m) => (m.messages ? [m.messages] : []))];

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
        const names = [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
        for (const locale of LOCALES) {
          const other = (catalogue[locale] as Record<string, string>)[key] ?? '';
          const otherNames = [...new Set([...other.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
          expect(otherNames, `${locale} ${key}`).toEqual([...new Set(names)]);
        }
      }
    }
  });
});
