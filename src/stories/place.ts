import type { Kysely } from 'kysely';
import type { Store, StoredArticle } from '../store/index.js';
import type { Database } from '../store/schema.js';
import { insertMember, membersSince, serialTransaction } from '../store/stories.js';
import { signatureBytes, signatureFromBytes } from '../republish/minhash.js';
import { outlineFromRow, outlineRow, storyFeatures } from './features.js';
import { StoryIndex, type StoryEvidence } from './story-index.js';

export type PlaceStoryResult =
  | { ok: true; articleId: string; status: 'joined' | 'started' | 'already-placed'; story: string; score?: number; evidence?: StoryEvidence }
  | { ok: false; articleId: string; reason: 'not-found' };

interface Cached { index: StoryIndex; seq: number }
const INDEXES = new WeakMap<Store, Cached>();

/**
 * The store's story index: built from its member rows once, then caught up with rows others added (read
 * through `db`, the placement's transaction when given: members are added under the 'stories' lock, so
 * their seq order is their commit order and none is skipped).
 */
export async function storyIndex(store: Store, db: Kysely<Database> = store.db): Promise<StoryIndex> {
  let c = INDEXES.get(store);
  if (!c) INDEXES.set(store, (c = { index: new StoryIndex(), seq: 0 }));
  for (const r of await membersSince(db, c.seq)) {
    c.index.add(r.articleId, r.storyId, { day: r.day, signature: signatureFromBytes(r.signature), anchors: Uint32Array.from(r.anchors), lang: r.lang, quotes: r.quotes, names: Uint16Array.from(r.names),
      ...(r.outline ? { outline: outlineFromRow(r.outline) } : {}),
    });
    c.seq = r.seq;
  }
  return c.index;
}

/**
 * Places a stored article in the story of the most similar article of the days around it, or starts a
 * story with it; nothing else is recomputed. Idempotent.
 */
export async function placeStory(
  store: Store, articleId: string, now: () => Date = () => new Date(),
  /** Runs in the transaction that adds the member (alerts of story subscriptions); its failure places nothing. */
  afterPlace?: (trx: Kysely<Database>) => Promise<unknown>,
  /** The article as stored, when the caller has it already read (src/ingest). */
  loaded?: StoredArticle,
): Promise<PlaceStoryResult> {
  const stored = loaded ?? (await store.getArticle(articleId));
  if (!stored) return { ok: false, articleId, reason: 'not-found' };
  const { article } = stored;
  const features = storyFeatures({ article, entities: stored.entities }, article.publishedAt ?? stored.ingestedAt);
  // Read (catch up with others' members, match) and write under one lock: two workers placing two
  // articles of one event at once cannot both start a story, nor place one article twice.
  const placed = await serialTransaction(store.db, 'stories', async (trx) => {
    const index = await storyIndex(store, trx);
    const already = index.storyOfArticle(articleId);
    if (already) return { kind: 'already' as const, story: already };
    const m = index.match(features, articleId);
    const story = m.found ? m.story : articleId;
    await insertMember(trx, {
      articleId, storyId: story, day: features.day, signature: signatureBytes(features.signature), anchors: [...features.anchors], ...(features.quotes ? { quotes: features.quotes } : {}), ...(features.names?.length ? { names: [...features.names] } : {}),
      ...(features.outline ? { outline: outlineRow(features.outline) } : {}),
      score: m.found ? m.score : 1, evidence: m.found ? m.evidence : {},
      ...(m.found ? {} : { start: { title: article.title, language: article.language } }),
    }, now().toISOString(), afterPlace, { placed: false });
    return { kind: 'placed' as const, m, story };
  });
  if (placed.kind === 'already') return { ok: true, articleId, status: 'already-placed', story: placed.story };
  const { m, story } = placed;
  // Committed: added to the cached index now; the next placement's catch-up (under the lock) reads the
  // row again, and add() ignores an id it holds. No catch-up query here: one round trip less per article.
  INDEXES.get(store)?.index.add(articleId, story, features);
  return m.found
    ? { ok: true, articleId, status: 'joined', story, score: m.score, evidence: m.evidence }
    : { ok: true, articleId, status: 'started', story };
}
