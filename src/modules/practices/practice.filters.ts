import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { termWithChildren } from '../taxonomy/index.ts';
import type { CatalogueFilter } from './practice.catalogue.ts';
import { isModerator } from './practice.policy.ts';
import { practiceListQuery } from './practice.schema.ts';
import type { CatalogueQuery } from './practice.views.tsx';

const FILTER_KEYS = [
  'country',
  'region',
  'theme',
  'level',
  'origin',
  'destination',
  'partner',
  'status',
  'promising',
] as const;

/**
 * The catalogue's filters from a page's query: blank fields are no filter; a filter that cannot
 * be read is dropped and named in `error` (the page then lists without it). Only moderators
 * filter by a state other than published.
 */
export async function readCatalogueQuery(
  db: Kysely<Database>,
  raw: unknown,
  actor: Actor,
): Promise<{ filter: CatalogueFilter; query: CatalogueQuery; invalid: boolean }> {
  const source = (raw ?? {}) as Record<string, unknown>;
  const query: CatalogueQuery = {};
  for (const key of FILTER_KEYS) {
    const value = source[key];
    if (typeof value === 'string' && value.trim()) query[key] = value.trim();
  }
  const parsed = practiceListQuery.safeParse(query);
  if (!parsed.success) return { filter: {}, query: {}, invalid: true };
  const q = parsed.data;
  const filter: CatalogueFilter = {
    country: q.country,
    region: q.region,
    level: q.level,
    origin: q.origin,
    destination: q.destination,
    partner: q.partner,
    promising: q.promising === 'yes' ? true : undefined,
    status: q.status && isModerator(actor) ? q.status : undefined,
  };
  if (q.theme) {
    const ids = await termWithChildren(db, q.theme);
    if (ids.length === 0) return { filter: {}, query: {}, invalid: true };
    filter.themeIds = ids;
  }
  for (const key of Object.keys(filter) as (keyof CatalogueFilter)[])
    if (filter[key] === undefined) delete filter[key];
  return { filter, query, invalid: false };
}
