import { setTimeout as sleep } from 'node:timers/promises';
import { NoResultError, sql, type Generated, type Kysely } from 'kysely';
import { BUSY_TIMEOUT_MS } from './connect.js';
import { dialectOf } from './dialect.js';
import type { Database } from './schema.js';

// Stories: articles about one event. A member row holds the compact features the in-memory
// story index is rebuilt from; `seq` lets a running process catch up with others' rows.

export interface StoriesTable {
  /** The id of the story's first article. */
  id: string;
  /** The first article's title. */
  title: string;
  language: string;
  first_day: number;
  last_day: number;
  size: number;
  created_at: string;
  updated_at: string;
}

export interface StoryMembersTable {
  seq: Generated<number>;
  article_id: string;
  story_id: string;
  /** Days since the epoch of the article's publication (else ingestion). */
  day: number;
  /** Content-word MinHash, little-endian uint32s. */
  signature: Uint8Array;
  /** JSON {anchors: number[], quotes?: number, names?: number[], outline?: number[]} */
  features: string;
  /** The score that placed it (1 for the article that started the story). */
  score: number;
  /** JSON StoryEvidence, `{}` for the first article. */
  evidence: string;
  created_at: string;
}

export type StoryTables = { stories: StoriesTable; story_members: StoryMembersTable };
export const storiesDb = (db: Kysely<Database>): Kysely<Database & StoryTables> => db.withTables<StoryTables>();

export interface MemberRow {
  seq: number;
  articleId: string;
  storyId: string;
  day: number;
  signature: Uint8Array;
  anchors: number[];
  /** Which anchors are quotations (a bit each; 0 on rows stored before it was kept). */
  quotes: number;
  /** 16-bit hashes of name skeletons (StoryFeatures.names; empty on rows stored before they were kept). */
  names: number[];
  /** StoryFeatures.outline as numbers (src/stories/place.ts); absent on rows stored before it was kept. */
  outline?: number[];
  /** The article's language. */
  lang: string;
}

export async function membersSince(db: Kysely<Database>, seq: number): Promise<MemberRow[]> {
  const rows = await storiesDb(db).selectFrom('story_members as m').innerJoin('articles as a', 'a.id', 'm.article_id')
    .select(['m.seq', 'm.article_id', 'm.story_id', 'm.day', 'm.signature', 'm.features', 'a.language'])
    .where('m.seq', '>', seq).orderBy('m.seq').execute();
  return rows.map((r) => ({
    seq: r.seq, articleId: r.article_id, storyId: r.story_id, day: r.day, signature: r.signature,
    ...featuresOf(r.features), lang: r.language,
  }));
}

function featuresOf(json: string): { anchors: number[]; quotes: number; names: number[]; outline?: number[] } {
  const f = JSON.parse(json) as { anchors: number[]; quotes?: number; names?: number[]; outline?: number[] };
  return { anchors: f.anchors, quotes: f.quotes ?? 0, names: f.names ?? [], ...(f.outline ? { outline: f.outline } : {}) };
}

export interface NewMember {
  articleId: string;
  storyId: string;
  /** Set when the article starts the story. */
  start?: { title: string; language: string };
  day: number;
  signature: Uint8Array;
  anchors: number[];
  /** Which anchors are quotations (StoryFeatures.quotes). */
  quotes?: number;
  /** StoryFeatures.names. */
  names?: number[];
  /** StoryFeatures.outline as numbers. */
  outline?: number[];
  score: number;
  evidence: object;
}

/** What a serial transaction serialises: story placement, claim placement. */
export type PlacementLock = 'stories' | 'claims';
/** Milliseconds between two attempts to take SQLite's write lock (without blocking the event loop). */
export const LOCK_RETRY_MS = 5;

const isBusy = (e: unknown) => e instanceof Error && /SQLITE_BUSY|database is locked/i.test(`${(e as { code?: string }).code ?? ''} ${e.message}`);

/**
 * Runs `fn` in a transaction that no other placement of the same kind, in this process or another, runs
 * beside: what it reads (which stories and claims exist) is still true when it writes. PostgreSQL: a
 * transaction-scoped advisory lock per schema and kind; SQLite: `BEGIN IMMEDIATE` (the database's one
 * write lock, taken before the first read), retried asynchronously for up to BUSY_TIMEOUT_MS.
 */
export async function serialTransaction<T>(db: Kysely<Database>, lock: PlacementLock, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const pg = dialectOf(db) === 'postgres';
  return db.connection().execute(async (conn) => {
    if (pg) {
      try {
        // One round trip: a query without parameters may hold two statements (the lock name is one of PlacementLock).
        await sql.raw(`begin; select pg_advisory_xact_lock(hashtext(current_schema() || ':isnad-${lock}'))`).execute(conn);
      } catch (e) {
        await sql`rollback`.execute(conn);
        throw e;
      }
    } else {
      // busy_timeout would block the whole process while another connection holds the lock: retry instead.
      await sql.raw('pragma busy_timeout = 0').execute(conn);
      try {
        for (const deadline = Date.now() + BUSY_TIMEOUT_MS; ;) {
          try {
            await sql.raw('begin immediate').execute(conn);
            break;
          } catch (e) {
            if (!isBusy(e) || Date.now() > deadline) throw e;
            await sleep(LOCK_RETRY_MS);
          }
        }
      } finally {
        await sql.raw(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`).execute(conn);
      }
    }
    try {
      const out = await fn(conn);
      await sql`commit`.execute(conn);
      return out;
    } catch (e) {
      await sql`rollback`.execute(conn);
      throw e;
    }
  });
}

/** Adds an article to its story (creating the story when it starts one), then runs `afterSave`, in one serial transaction; idempotent. */
export async function saveMember(db: Kysely<Database>, m: NewMember, now: string, afterSave?: (trx: Kysely<Database>) => Promise<unknown>): Promise<void> {
  await serialTransaction(db, 'stories', (trx) => insertMember(trx, m, now, afterSave));
}

/**
 * saveMember inside a transaction the caller holds (serialTransaction 'stories'); false when the article
 * was already placed. `afterSave` runs after the rows are written (alerts of story subscriptions).
 * `placed: false` says the caller knows, under that lock, that the article is in no story (placeStory's index,
 * caught up under it): the check is not read again.
 */
export async function insertMember(
  db: Kysely<Database>, m: NewMember, now: string, afterSave?: (trx: Kysely<Database>) => Promise<unknown>, known?: { placed: false },
): Promise<boolean> {
  const trx = storiesDb(db);
  if (!known) {
    const there = await trx.selectFrom('story_members').select('seq').where('article_id', '=', m.articleId).executeTakeFirst();
    if (there) return false;
  }
  // A story its first member starts is written with that member counted: no update after (a round trip less).
  let counted = false;
  if (m.start) {
    const r = await trx.insertInto('stories')
      .values({ id: m.storyId, title: m.start.title, language: m.start.language, first_day: m.day, last_day: m.day, size: 1, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    counted = Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  await trx.insertInto('story_members').values({
    article_id: m.articleId, story_id: m.storyId, day: m.day, signature: m.signature,
    features: JSON.stringify({ anchors: m.anchors, ...(m.quotes ? { quotes: m.quotes } : {}), ...(m.names?.length ? { names: m.names } : {}), ...(m.outline ? { outline: m.outline } : {}) }), score: m.score, evidence: JSON.stringify(m.evidence), created_at: now,
  }).execute();
  if (!counted) {
    // One statement, no read first (a round trip less): SQLite's scalar min/max are PostgreSQL's least/greatest.
    const [lesser, greater] = dialectOf(db) === 'postgres' ? ['least', 'greatest'] : ['min', 'max'];
    const updated = await trx.updateTable('stories')
      .set({
        size: sql<number>`size + 1`,
        first_day: sql<number>`${sql.raw(lesser)}(first_day, ${m.day})`,
        last_day: sql<number>`${sql.raw(greater)}(last_day, ${m.day})`,
        updated_at: now,
      })
      .where('id', '=', m.storyId)
      .executeTakeFirstOrThrow();
    if (!updated.numUpdatedRows) throw new NoResultError(trx.updateTable('stories').where('id', '=', m.storyId).toOperationNode());
  }
  // In the same transaction (alerts of story subscriptions): its failure adds no member.
  await afterSave?.(db);
  return true;
}

export interface StoryView {
  id: string;
  title: string;
  language: string;
  firstDay: string;
  lastDay: string;
  size: number;
  members: { articleId: string; title: string; outlet?: string; language: string; publishedAt?: string; score: number }[];
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The story an article belongs to, with its members in day order. */
export async function storyOfArticle(db: Kysely<Database>, articleId: string): Promise<StoryView | undefined> {
  const sdb = storiesDb(db);
  const m = await sdb.selectFrom('story_members').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
  if (!m) return undefined;
  const s = await sdb.selectFrom('stories').selectAll().where('id', '=', m.story_id).executeTakeFirstOrThrow();
  const members = await sdb.selectFrom('story_members as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select(['m.article_id', 'm.score', 'a.title', 'a.outlet', 'a.language', 'a.published_at'])
    .where('m.story_id', '=', s.id)
    .orderBy('m.day').orderBy('m.seq')
    .execute();
  return {
    id: s.id, title: s.title, language: s.language, firstDay: isoDay(s.first_day), lastDay: isoDay(s.last_day), size: s.size,
    members: members.map((r) => ({
      articleId: r.article_id, title: r.title, language: r.language, score: r.score,
      ...(r.outlet === null ? {} : { outlet: r.outlet }), ...(r.published_at === null ? {} : { publishedAt: r.published_at }),
    })),
  };
}
