import type { Kysely } from 'kysely';

// The search's statement filters (src/store/web-search.ts): "an article with a statement of this stance
// and/or speaker". Without these SQLite answered a stance through `statements_stance`, reading every
// statement of that stance for each article the words found (seconds at 10,000 articles). Both are
// covering: the filter is answered from the index alone, either article by article (the first) or as
// the list of a rare stance's articles (the second). Measured with bench/web.ts.
const INDEXES: { name: string; table: string; columns: string[] }[] = [
  { name: 'statements_article_filters', table: 'statements', columns: ['article_id', 'stance', 'speaker_keys'] },
  { name: 'statements_stance_filters', table: 'statements', columns: ['stance', 'article_id', 'speaker_keys'] },
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const i of INDEXES) await db.schema.createIndex(i.name).ifNotExists().on(i.table).columns(i.columns).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of INDEXES) await db.schema.dropIndex(i.name).ifExists().execute();
}
