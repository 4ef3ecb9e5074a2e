import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { allTerms, type TermRecord, tagsOf, termWithChildren } from '../taxonomy/index.ts';
import { type Guidance, presentGuidance } from './guidance.presenter.ts';
import {
  findGuidance,
  guidanceChoices,
  guidanceFamily,
  guidanceVersions,
  listGuidance,
} from './guidance.repository.ts';
import { GUIDANCE } from './guidance.service.ts';
import { canEditGuidance } from './learning.policy.ts';
import type { ContentLocale, GuidanceKind, GuidanceRow } from './learning.table.ts';

/** One guidance document with its languages, tags and versions, as the actor may see it. */
export async function getGuidance(
  db: Db,
  id: string,
  actor: Actor,
  i18n: Translator,
): Promise<Guidance | undefined> {
  const row = await findGuidance(db.kysely, id);
  if (!row) return undefined;
  const [family, tags, versions] = await Promise.all([
    guidanceFamily(db.kysely, row.family_id),
    tagsOf(db.kysely, GUIDANCE, [id]),
    guidanceVersions(db.kysely, id),
  ]);
  return presentGuidance(row, { family, terms: tags.get(id) ?? [], versions }, i18n, {
    edit: canEditGuidance(actor),
  });
}

/** A page of the library with the filters as given (an unknown term finds nothing). */
export async function guidancePage(
  db: Db,
  filter: {
    kind?: GuidanceKind;
    locale?: ContentLocale;
    term?: string;
    after?: { title: string; id: string };
    limit: number;
  },
): Promise<GuidanceRow[]> {
  const termIds = filter.term ? await termWithChildren(db.kysely, filter.term) : undefined;
  return listGuidance(db.kysely, { ...filter, termIds });
}

/** The themes and sectors, for the filter and the form's tag picker. */
export async function guidanceTerms(db: Db): Promise<TermRecord[]> {
  return (await allTerms(db.kysely)).filter((t) => t.scheme === 'theme' || t.scheme === 'sector');
}

/** Documents another one may translate: one choice per family, in its first language. */
export async function translationChoices(db: Db): Promise<{ value: string; label: string }[]> {
  const rows = await guidanceChoices(db.kysely);
  const seen = new Set<string>();
  const out: { value: string; label: string }[] = [];
  for (const row of rows) {
    if (seen.has(row.family_id)) continue;
    seen.add(row.family_id);
    out.push({ value: row.id, label: `${row.title} (${row.locale})` });
  }
  return out;
}
