import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Database } from './schema.js';

// Per-process caches of what the web reads again and again (search pages), dropped as soon as the
// store changes: on SQLite, `data_version` moves when another connection (an ingest, a worker)
// commits and `total_changes()` when this one writes. PostgreSQL gives no such cheap mark: nothing is
// cached there (several web processes share it; each query is answered by the server).

/** Entries one cache keeps at most; the least recently used goes first. */
export const CACHE_ENTRIES = 256;

/** A mark that changes whenever the store's content may have changed; undefined when none can be had. */
export async function storeMark(db: Kysely<Database>): Promise<string | undefined> {
  if (dialectOf(db) !== 'sqlite') return undefined;
  const r = await sql<{ v: number; c: number }>`select (select data_version from pragma_data_version) as v, total_changes() as c`.execute(db);
  const row = r.rows[0];
  return row ? `${row.v}.${row.c}` : undefined;
}

export interface VersionedCache<T> {
  /** The cached value of `key` while the store is unchanged; else `make()`'s, kept for next time. */
  get(db: Kysely<Database>, key: string, make: () => Promise<T>): Promise<T>;
}

/** A cache per database, emptied when its mark moves. Disabled (always `make()`) with `enabled: false`; `entries` (default CACHE_ENTRIES) bounds it. */
export function versionedCache<T>(opts: { enabled?: boolean; entries?: number } = {}): VersionedCache<T> {
  const max = opts.entries ?? CACHE_ENTRIES;
  const perDb = new WeakMap<Kysely<Database>, { mark: string; entries: Map<string, Promise<T>> }>();
  return {
    async get(db, key, make) {
      if (opts.enabled === false) return make();
      const mark = await storeMark(db);
      if (mark === undefined) return make();
      let c = perDb.get(db);
      if (!c || c.mark !== mark) perDb.set(db, (c = { mark, entries: new Map() }));
      const hit = c.entries.get(key);
      if (hit) {
        // Most recently used last.
        c.entries.delete(key);
        c.entries.set(key, hit);
        return hit;
      }
      const value = make();
      c.entries.set(key, value);
      if (c.entries.size > max) c.entries.delete(c.entries.keys().next().value!);
      const entries = c.entries;
      value.catch(() => entries.delete(key));
      return value;
    },
  };
}
