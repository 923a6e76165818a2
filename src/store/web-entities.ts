import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface EntityRecord {
  id: string;
  type: string;
  name: string;
  names: { ar?: string; en?: string };
  country?: string;
  /** Articles that mention it. */
  articles: number;
}

/** One entity with the number of articles mentioning it; undefined when unknown. */
export async function getEntity(db: Kysely<Database>, id: string): Promise<EntityRecord | undefined> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const n = await db
    .selectFrom('mentions')
    .select((e) => e.fn.count<number>('article_id').distinct().as('n'))
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    names: JSON.parse(row.names),
    ...(row.country === null ? {} : { country: row.country }),
    articles: Number(n.n),
  };
}
