import type { Store } from '../store/index.js';
import { membersSince, saveMember } from '../store/stories.js';
import { signatureBytes, signatureFromBytes } from '../republish/minhash.js';
import { storyFeatures } from './features.js';
import { StoryIndex, type StoryEvidence } from './story-index.js';

export type PlaceStoryResult =
  | { ok: true; articleId: string; status: 'joined' | 'started' | 'already-placed'; story: string; score?: number; evidence?: StoryEvidence }
  | { ok: false; articleId: string; reason: 'not-found' };

interface Cached { index: StoryIndex; seq: number }
const INDEXES = new WeakMap<Store, Cached>();

/** The store's story index: built from its member rows once, then caught up with rows others added. */
export async function storyIndex(store: Store): Promise<StoryIndex> {
  let c = INDEXES.get(store);
  if (!c) INDEXES.set(store, (c = { index: new StoryIndex(), seq: 0 }));
  for (const r of await membersSince(store.db, c.seq)) {
    c.index.add(r.articleId, r.storyId, { day: r.day, signature: signatureFromBytes(r.signature), anchors: Uint32Array.from(r.anchors) });
    c.seq = r.seq;
  }
  return c.index;
}

/**
 * Places a stored article in the story of the most similar article of the days around it, or starts a
 * story with it; nothing else is recomputed. Idempotent.
 */
export async function placeStory(store: Store, articleId: string, now: () => Date = () => new Date()): Promise<PlaceStoryResult> {
  const stored = await store.getArticle(articleId);
  if (!stored) return { ok: false, articleId, reason: 'not-found' };
  const index = await storyIndex(store);
  const already = index.storyOfArticle(articleId);
  if (already) return { ok: true, articleId, status: 'already-placed', story: already };
  const { article } = stored;
  const features = storyFeatures({ article, entities: stored.entities }, article.publishedAt ?? stored.ingestedAt);
  const m = index.match(features, articleId);
  const story = m.found ? m.story : articleId;
  await saveMember(store.db, {
    articleId, storyId: story, day: features.day, signature: signatureBytes(features.signature), anchors: [...features.anchors],
    score: m.found ? m.score : 1, evidence: m.found ? m.evidence : {},
    ...(m.found ? {} : { start: { title: article.title, language: article.language } }),
  }, now().toISOString());
  index.add(articleId, story, features);
  return m.found
    ? { ok: true, articleId, status: 'joined', story, score: m.score, evidence: m.evidence }
    : { ok: true, articleId, status: 'started', story };
}
