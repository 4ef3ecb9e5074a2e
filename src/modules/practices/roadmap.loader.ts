import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Practice } from './practice.presenter.ts';

export interface Roadmap {
  policyOptions: string;
  version: number;
  updatedAt: string;
  steps: { title: string; owner: string | null; dueOn: string | null; milestone: boolean }[];
}

export async function loadRoadmap(db: Kysely<Database>, practiceId: string): Promise<Roadmap | null> {
  const row = await db
    .selectFrom('practice_roadmaps')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (!row) return null;
  const steps = await db
    .selectFrom('practice_roadmap_steps')
    .select(['title', 'owner', 'due_on', 'milestone'])
    .where('practice_id', '=', practiceId)
    .orderBy('position')
    .execute();
  return {
    policyOptions: row.policy_options,
    version: Number(row.version),
    updatedAt: row.updated_at,
    steps: steps.map((s) => ({
      title: s.title,
      owner: s.owner,
      dueOn: s.due_on,
      milestone: s.milestone === 1,
    })),
  };
}

/** Why a place is suggested for a replication: catalogue keys the page writes out. */
export type SuggestionReason = 'corridor' | 'themes' | 'level';

export interface Suggestion {
  place: string;
  country: string | null;
  /** The published practice the place is known from. */
  practice: { id: string; title: string };
  reasons: { key: SuggestionReason; values?: Record<string, string | number> }[];
}

/**
 * Places where a practice could be replicated (decision 114): the local authorities of other
 * published practices on the same corridor, sharing themes, or of the same level of government,
 * best matches first, each with its reasons. Places already replicating it are left out.
 */
export async function suggestPlaces(
  db: Kysely<Database>,
  practice: Practice,
  limit = 6,
): Promise<Suggestion[]> {
  const origin = practice.corridor.origin?.alpha3 ?? null;
  const destination = practice.corridor.destination?.alpha3 ?? null;
  const themeIds = practice.tags.filter((t) => t.scheme === 'theme').map((t) => t.id);
  if (!origin && !destination && !practice.level && themeIds.length === 0) return [];
  const candidates = await db
    .selectFrom('practices')
    .select([
      'id',
      'title',
      'city',
      'region',
      'country_alpha3',
      'origin_alpha3',
      'destination_alpha3',
      'level',
    ])
    .where('status', '=', 'published')
    .where('id', '!=', practice.id)
    .where((eb) =>
      eb.or([
        ...(origin ? [eb('origin_alpha3', '=', origin)] : []),
        ...(destination ? [eb('destination_alpha3', '=', destination)] : []),
        ...(practice.level ? [eb('level', '=', practice.level)] : []),
        ...(themeIds.length
          ? [
              eb.exists(
                eb
                  .selectFrom('taggings')
                  .select('taggings.term_id')
                  .where('taggings.entity_type', '=', 'practice')
                  .whereRef('taggings.entity_id', '=', 'practices.id')
                  .where('taggings.term_id', 'in', themeIds),
              ),
            ]
          : []),
      ]),
    )
    .orderBy('published_at', 'desc')
    .limit(60)
    .execute();
  if (candidates.length === 0) return [];
  const shared = themeIds.length
    ? await db
        .selectFrom('taggings')
        .select(['entity_id', 'term_id'])
        .where('entity_type', '=', 'practice')
        .where('term_id', 'in', themeIds)
        .where(
          'entity_id',
          'in',
          candidates.map((c) => c.id),
        )
        .execute()
    : [];
  const replicating = new Set(
    (
      await db
        .selectFrom('practices')
        .select(['city', 'country_alpha3'])
        .where('replicates_id', '=', practice.id)
        .execute()
    ).map((r) => `${r.city ?? ''}|${r.country_alpha3 ?? ''}`),
  );
  replicating.add(`${practice.city ?? ''}|${practice.country?.alpha3 ?? ''}`);
  const seen = new Set<string>();
  const scored: (Suggestion & { score: number })[] = [];
  for (const c of candidates) {
    const place = c.city ?? c.region;
    const key = `${c.city ?? ''}|${c.country_alpha3 ?? ''}`;
    if (!place || replicating.has(key) || seen.has(key)) continue;
    const reasons: Suggestion['reasons'] = [];
    if (origin && destination && c.origin_alpha3 === origin && c.destination_alpha3 === destination)
      reasons.push({ key: 'corridor' });
    const themes = shared.filter((s) => s.entity_id === c.id).length;
    if (themes > 0) reasons.push({ key: 'themes', values: { count: themes } });
    if (practice.level && c.level === practice.level) reasons.push({ key: 'level' });
    if (reasons.length === 0) continue;
    seen.add(key);
    scored.push({
      place,
      country: c.country_alpha3,
      practice: { id: c.id, title: c.title },
      reasons,
      score: reasons.reduce((n, r) => n + (r.key === 'corridor' ? 3 : r.key === 'themes' ? 2 : 1), 0),
    });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ score: _s, ...s }) => s);
}
