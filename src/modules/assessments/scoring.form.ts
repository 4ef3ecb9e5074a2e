import type { Problems } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import { translateProblems } from '../../web/form/index.ts';
import type { PendingItem } from './scoring.views.tsx';

/** What one item's form sent: its score, evidence and comment (`<prefix>score`, …). */
export function sentValues(fields: Record<string, string>, prefix = ''): PendingItem['values'] {
  return {
    score: fields[`${prefix}score`] ?? '',
    evidence: fields[`${prefix}evidence`] ?? '',
    comment: fields[`${prefix}comment`] ?? '',
  };
}

/** One item's problems (fields named `<prefix>score`, …) in the reader's language, by field. */
export function itemErrors(problems: Problems, i18n: Translator, prefix = ''): PendingItem['errors'] {
  const errors: PendingItem['errors'] = {};
  for (const [name, message] of Object.entries(translateProblems(problems, i18n))) {
    if (!name.startsWith(prefix)) continue;
    const field = name.slice(prefix.length);
    if (field === 'score' || field === 'evidence' || field === 'comment') errors[field] = message;
  }
  return errors;
}
