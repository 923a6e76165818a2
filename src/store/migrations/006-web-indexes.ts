import type { Kysely } from 'kysely';

// Indexes for what the web filters and orders by (measured by bench/web.ts): without them an outlet
// filter, a date range, the outlet counts, an entity's statements and the claims list read every row.
const INDEXES: { name: string; table: string; columns: string[] }[] = [
  // The home page and search filtered by outlet, newest first; the outlet counts (covering).
  { name: 'articles_outlet', table: 'articles', columns: ['outlet', 'seq'] },
  // Search by publication date range.
  { name: 'articles_published', table: 'articles', columns: ['published_at'] },
  // An entity's statements (its page and feed).
  { name: 'statements_speaker_entity', table: 'statements', columns: ['speaker_entity', 'article_id'] },
  // The claims list, most recently seen first.
  { name: 'claims_last_seen', table: 'claims', columns: ['last_seen', 'id'] },
  // The latest stories of the home page.
  { name: 'stories_last_day', table: 'stories', columns: ['last_day', 'size'] },
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const i of INDEXES) await db.schema.createIndex(i.name).ifNotExists().on(i.table).columns(i.columns).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of INDEXES) await db.schema.dropIndex(i.name).ifExists().execute();
}
