import type { Kysely } from 'kysely';
import { queryKeys } from './keys.js';
import { storeMark } from './web-cache.js';
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

/** Each search key of an entity name (in any language) → the entities with that name word. */
type NameIndex = Map<string, string[]>;

/** The name index of each database, with the mark of the store it was built from. */
const nameIndexes = new WeakMap<Kysely<Database>, { mark: string; index: Promise<NameIndex> }>();

/**
 * The mark the name index is kept by: the store's (SQLite), else the number of entities and the
 * longest names text (PostgreSQL: entities are added, rarely renamed).
 */
async function namesMark(db: Kysely<Database>): Promise<string> {
  const mark = await storeMark(db);
  if (mark !== undefined) return mark;
  const r = await db.selectFrom('entities').select((e) => [e.fn.countAll().as('n'), e.fn.sum(e.fn('length', ['names'])).as('l')]).executeTakeFirstOrThrow();
  return `${r.n}.${r.l}`;
}

async function buildNameIndex(db: Kysely<Database>): Promise<NameIndex> {
  const index: NameIndex = new Map();
  for (const e of await db.selectFrom('entities').select(['id', 'name', 'names']).execute()) {
    const names = JSON.parse(e.names) as { ar?: string; en?: string };
    for (const k of queryKeys([e.name, names.ar, names.en].filter(Boolean).join(' '))) {
      const ids = index.get(k);
      if (!ids) index.set(k, [e.id]);
      else if (!ids.includes(e.id)) ids.push(e.id);
    }
  }
  return index;
}

/**
 * The entities a search key names (`peskov` and `بيسكوف` both → person:peskov), for each key that
 * names any. The names are read once per process and again only when the store changed.
 */
export async function entitiesNamed(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, string[]>> {
  const mark = await namesMark(db);
  let hit = nameIndexes.get(db);
  if (!hit || hit.mark !== mark) {
    hit = { mark, index: buildNameIndex(db) };
    nameIndexes.set(db, hit);
    const failed = hit;
    hit.index.catch(() => { if (nameIndexes.get(db) === failed) nameIndexes.delete(db); });
  }
  const index = await hit.index;
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const ids = index.get(k);
    if (ids) out.set(k, ids);
  }
  return out;
}
