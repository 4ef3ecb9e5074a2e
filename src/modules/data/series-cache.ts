import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { currentReleasesKey } from './series.repository.ts';

/**
 * A small in-memory cache for read models built from the indicator store. Values only change
 * when an import makes a release current, so each entry is kept until the set of current
 * releases changes (checked with one tiny query per read), and at most `max` entries are kept
 * (least recently used dropped first). One cache per database handle.
 */
export class ReleaseCache<T> {
  private readonly perDb = new WeakMap<object, { key: string; entries: Map<string, Promise<T>> }>();

  constructor(private readonly max = 300) {}

  async get(db: Kysely<Database>, id: string, compute: () => Promise<T>): Promise<T> {
    const key = await currentReleasesKey(db);
    let state = this.perDb.get(db);
    if (!state || state.key !== key) {
      state = { key, entries: new Map() };
      this.perDb.set(db, state);
    }
    const hit = state.entries.get(id);
    if (hit) {
      state.entries.delete(id);
      state.entries.set(id, hit);
      return hit;
    }
    const value = compute();
    state.entries.set(id, value);
    const entries = state.entries;
    value.catch(() => entries.delete(id));
    if (entries.size > this.max) entries.delete(entries.keys().next().value as string);
    return value;
  }
}
