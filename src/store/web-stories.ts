import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { clampLimit } from './queries.js';
import { storiesDb, type StoryView } from './stories.js';

// Stories as the web shows them: one story by id, the latest ones, and related ones.

/** A story without its members, as lists show it. */
export type StorySummary = Omit<StoryView, 'members'>;

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
type Row = { id: string; title: string; language: string; first_day: number; last_day: number; size: number };
const toSummary = (s: Row): StorySummary => ({ id: s.id, title: s.title, language: s.language, firstDay: isoDay(s.first_day), lastDay: isoDay(s.last_day), size: s.size });
const COLUMNS = ['id', 'title', 'language', 'first_day', 'last_day', 'size'] as const;

/** A story with its articles in day order: all of them, or one page (`limit` from `offset`) with the next page's offset. */
export async function getStory(db: Kysely<Database>, id: string, page?: { limit: number; offset?: number }): Promise<(StoryView & { nextOffset?: number }) | undefined> {
  const sdb = storiesDb(db);
  const s = await sdb.selectFrom('stories').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!s) return undefined;
  let q = sdb.selectFrom('story_members as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select(['m.article_id', 'm.score', 'a.title', 'a.outlet', 'a.language', 'a.published_at'])
    .where('m.story_id', '=', s.id).orderBy('m.day').orderBy('m.seq');
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  if (page) q = q.limit(clampLimit(page.limit) + 1).offset(offset);
  const rows = await q.execute();
  const more = page !== undefined && rows.length > clampLimit(page.limit);
  const members = more ? rows.slice(0, clampLimit(page!.limit)) : rows;
  return {
    ...toSummary(s),
    members: members.map((r) => ({
      articleId: r.article_id, title: r.title, language: r.language, score: r.score,
      ...(r.outlet === null ? {} : { outlet: r.outlet }), ...(r.published_at === null ? {} : { publishedAt: r.published_at }),
    })),
    ...(more ? { nextOffset: offset + members.length } : {}),
  };
}

/** Stories by their last day, newest first, biggest first within a day, by pages; the cursor is an offset. */
export async function listStoryPage(db: Kysely<Database>, opts: { limit?: number; cursor?: string; minSize?: number } = {}): Promise<{ items: StorySummary[]; nextCursor?: string }> {
  const limit = clampLimit(opts.limit);
  const offset = opts.cursor && /^\d{1,15}$/.test(opts.cursor) ? Number(opts.cursor) : 0;
  const rows = await storiesDb(db).selectFrom('stories').select(COLUMNS).where('size', '>=', opts.minSize ?? 1)
    .orderBy('last_day', 'desc').orderBy('size', 'desc').orderBy('id').limit(limit + 1).offset(offset).execute();
  return { items: rows.slice(0, limit).map(toSummary), ...(rows.length > limit ? { nextCursor: String(offset + limit) } : {}) };
}

/** The id of the story an article belongs to. */
export async function storyIdOf(db: Kysely<Database>, articleId: string): Promise<string | undefined> {
  return (await storiesDb(db).selectFrom('story_members').select('story_id').where('article_id', '=', articleId).executeTakeFirst())?.story_id;
}

/** Stories by their last day, newest first; the biggest first within a day. */
export async function latestStories(db: Kysely<Database>, limit: number, minSize = 1): Promise<StorySummary[]> {
  const rows = await storiesDb(db).selectFrom('stories').select(COLUMNS).where('size', '>=', minSize)
    .orderBy('last_day', 'desc').orderBy('size', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toSummary);
}

/** A shared claim counts as much as this many shared entities when ranking related stories. */
export const CLAIM_WEIGHT = 3;

/** Other stories sharing entities or claims with this one, most shared first. */
export async function relatedStories(db: Kysely<Database>, storyId: string, limit: number): Promise<(StorySummary & { shared: number })[]> {
  const sdb = storiesDb(db).withTables<{ claim_statements: { claim_id: string; article_id: string } }>();
  const byEntity = await sdb.selectFrom('mentions as m2')
    .innerJoin('story_members as o', 'o.article_id', 'm2.article_id')
    .select((e) => ['o.story_id', e.fn.count<number>('m2.entity_id').distinct().as('n')])
    .where('o.story_id', '!=', storyId)
    .where('m2.entity_id', 'in', (q) => q.selectFrom('mentions as m').innerJoin('story_members as s', 's.article_id', 'm.article_id')
      .select('m.entity_id').where('s.story_id', '=', storyId))
    .groupBy('o.story_id').orderBy('n', 'desc').limit(limit * 4).execute();
  const byClaim = await sdb.selectFrom('claim_statements as c2')
    .innerJoin('story_members as o', 'o.article_id', 'c2.article_id')
    .select((e) => ['o.story_id', e.fn.count<number>('c2.claim_id').distinct().as('n')])
    .where('o.story_id', '!=', storyId)
    .where('c2.claim_id', 'in', (q) => q.selectFrom('claim_statements as c').innerJoin('story_members as s', 's.article_id', 'c.article_id')
      .select('c.claim_id').where('s.story_id', '=', storyId))
    .groupBy('o.story_id').limit(limit * 4).execute();
  const score = new Map<string, number>();
  for (const r of byEntity) score.set(r.story_id, Number(r.n));
  for (const r of byClaim) score.set(r.story_id, (score.get(r.story_id) ?? 0) + CLAIM_WEIGHT * Number(r.n));
  const best = [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  if (!best.length) return [];
  const rows = await sdb.selectFrom('stories').select(COLUMNS).where('id', 'in', best.map(([id]) => id)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return best.flatMap(([id, shared]) => (byId.has(id) ? [{ ...toSummary(byId.get(id)!), shared }] : []));
}
