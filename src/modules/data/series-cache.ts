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

  /** The entries valid for the current releases (emptied when they changed). */
  private async state(db: Kysely<Database>) {
    const key = await currentReleasesKey(db);
    let state = this.perDb.get(db);
    if (!state || state.key !== key) {
      state = { key, entries: new Map() };
      this.perDb.set(db, state);
    }
    return state;
  }

  private keep(entries: Map<string, Promise<T>>, id: string, value: Promise<T>): void {
    entries.delete(id);
    entries.set(id, value);
    value.catch(() => entries.delete(id));
    if (entries.size > this.max) entries.delete(entries.keys().next().value as string);
  }

  /** The cached value, computed (once, even under concurrent reads) when missing. */
  async get(db: Kysely<Database>, id: string, compute: () => Promise<T>): Promise<T> {
    const { entries } = await this.state(db);
    const hit = entries.get(id);
    if (hit) {
      this.keep(entries, id, hit);
      return hit;
    }
    const value = compute();
    this.keep(entries, id, value);
    return value;
  }

  /** The cached value or undefined (never computes), and the releases it would be built from. */
  async find(db: Kysely<Database>, id: string): Promise<{ value: T | undefined; releases: string }> {
    const state = await this.state(db);
    return { value: await state.entries.get(id), releases: state.key };
  }

  /**
   * Stores a value produced elsewhere (a page as it was sent), unless an import changed the
   * current releases since `releases` was read: the value would already be stale.
   */
  async put(db: Kysely<Database>, id: string, value: T, releases: string): Promise<void> {
    const state = await this.state(db);
    if (state.key === releases) this.keep(state.entries, id, Promise.resolve(value));
  }
}
