import { sql } from 'kysely';
import type { Store } from '../store/index.js';
import { PLACEMENT_LOCK_KEY } from './constants.js';

/**
 * Runs `fn` while this process alone, database-wide, places articles. PostgreSQL: a session advisory
 * lock on a connection of its own (released when `fn` ends, or by the server when the process dies).
 * SQLite: one process writes at a time anyway, and placement is not interleaved within a process.
 */
export async function withPlacementLock<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  if (store.dialect === 'sqlite') return fn();
  return store.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${PLACEMENT_LOCK_KEY.toString()}::bigint)`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(${PLACEMENT_LOCK_KEY.toString()}::bigint)`.execute(conn);
    }
  });
}
