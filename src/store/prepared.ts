import type pg from 'pg';

// PostgreSQL: the few statements run for every article stored (src/store/save.ts, the `place` job's insert)
// as named prepared statements, parsed and planned once per connection instead of every time. Kysely
// sends every query unnamed, and parsing, analysing and planning the article's one statement of five
// CTEs was ~15% of the server's CPU an article (perf, bench/ingest.ts). Only texts registered here are
// prepared: a prepared statement lives as long as its connection, and a generic plan suits a write whose
// plan never depends on its values, not a search.

/** Statement name of each registered text. */
const names = new Map<string, string>();

/** Registers `text` to run as a prepared statement on PostgreSQL connections; returns it. SQLite prepares every text already (connect.ts). */
export function prepared(text: string): string {
  if (!names.has(text)) names.set(text, `isnad_${names.size + 1}`);
  return text;
}

/**
 * For pg.Pool's 'connect' event: the client's registered texts go out by name (node-pg parses a name
 * once per connection, and again after a failure). Other queries, and cursors, pass through unchanged.
 */
export function preparingStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((text: unknown, values?: unknown, ...rest: unknown[]) => {
    const name = typeof text === 'string' && Array.isArray(values) && !rest.length ? names.get(text) : undefined;
    return name ? query({ name, text, values }) : query(text, values, ...rest);
  }) as typeof client.query;
}
