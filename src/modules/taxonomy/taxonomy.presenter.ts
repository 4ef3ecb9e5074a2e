import type { Translator } from '../../i18n/translator.ts';
import type { TermRecord } from './taxonomy.repository.ts';

/** A term in the reader's language: `short` for a tag ("SDG 10.7"), `label` in full. */
export interface Term {
  id: string;
  scheme: TermRecord['scheme'];
  code: string;
  parentId: string | null;
  name: string;
  short: string;
  label: string;
}

export function presentTerm(term: TermRecord, i18n: Translator): Term {
  const name = term.names[i18n.locale] ?? term.names.en;
  let short = name;
  if (term.scheme === 'sdg') {
    short = i18n.t(term.parentId ? 'taxonomy.sdgTarget.short' : 'taxonomy.sdgGoal.short', {
      code: term.code,
    });
  } else if (term.scheme === 'gcm') {
    short = i18n.t('taxonomy.gcm.short', { code: term.code });
  }
  const label = short === name ? name : i18n.t('taxonomy.label', { short, name });
  return { id: term.id, scheme: term.scheme, code: term.code, parentId: term.parentId, name, short, label };
}
