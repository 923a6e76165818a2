import type { Transaction } from 'kysely';
import { enqueueAlerts } from '../alerts/enqueue.js';
import { enqueueClaimAlerts, enqueueStoryAlerts } from '../alerts/placed.js';
import { placeClaims } from '../claims/index.js';
import { withPlacementLock } from '../jobs/lock.js';
import type { Analysis } from '../model/index.js';
import { placeRepublication, type PlaceRepublicationResult } from '../republish/index.js';
import type { Store } from '../store/index.js';
import { linksOf } from '../store/republish.js';
import type { SaveItem, SaveOptions, SaveOutcome, SaveResult } from '../store/save.js';
import type { Database } from '../store/schema.js';
import { placeStory } from '../stories/index.js';

// The one way an analysis is stored, whoever stores it (`isnad ingest`, the job queue, the web's
// /add and POST /api/v1/articles): the article and what it causes, each step one transaction that
// carries the alerts it causes to the outbox (src/alerts), so that no write path forgets them.

export interface StoreArticleOptions {
  /** Replace the statements of an article already stored (re-analysis). */
  replace?: boolean;
  /** The clock: claim and story timestamps, when alerts are due. */
  now?: () => Date;
}

/**
 * Stores an analysis, then places it in republications, claims and a story (under the database-wide
 * placement lock, src/jobs/lock.ts); a duplicate is left as it was.
 */
export async function storeArticle(store: Store, analysis: Analysis, o: StoreArticleOptions = {}): Promise<SaveResult> {
  const r = await saveArticle(store, analysis, o);
  if (r.status !== 'duplicate') await withPlacementLock(store, () => placeArticle(store, r.id, o.now));
  return r;
}

/**
 * Step 1: article, entities, statements + alerts of entity, outlet and search subscriptions (and of
 * its story's, when re-analysed: it is already a member), in one transaction; `alsoInTransaction`
 * adds to it (the job queue's `place` job).
 */
export function saveArticle(
  store: Store, analysis: Analysis, o: StoreArticleOptions = {}, alsoInTransaction?: AlsoInTransaction,
): Promise<SaveResult> {
  return store.saveAnalysis(analysis, saveOptions(o, alsoInTransaction));
}

/** Runs in an article's transaction once it is saved (the job queue's `place` job). */
export type AlsoInTransaction = (trx: Transaction<Database>, articleId: string) => Promise<unknown>;

/**
 * Step 1 for several analyses in one transaction, each article in a savepoint of its own (alerts
 * and `alsoInTransaction` included): one that fails is rolled back alone and reported as failed, the
 * others are stored. Placement (steps 2–4) is the caller's, once this returns (committed).
 */
export function saveArticles(
  store: Store, items: readonly Omit<SaveItem, 'opts'>[], o: StoreArticleOptions = {}, alsoInTransaction?: AlsoInTransaction,
): Promise<SaveOutcome[]> {
  const opts = saveOptions(o, alsoInTransaction);
  return store.saveAnalyses(items.map((item) => ({ ...item, opts })));
}

function saveOptions(o: StoreArticleOptions, alsoInTransaction?: AlsoInTransaction): SaveOptions {
  const clock = o.now ?? (() => new Date());
  return {
    ...(o.replace ? { replace: true } : {}),
    afterSave: async (trx, a, id, status) => {
      await enqueueAlerts(trx, a, id, clock());
      // A new article is in no story yet (placement comes after): only a re-analysed one has story subscribers to tell.
      if (status !== 'stored') await enqueueStoryAlerts(trx, id, clock());
      await alsoInTransaction?.(trx, id);
    },
  };
}

/** Steps 2–4 for a stored article, each one transaction with the alerts it causes; idempotent. The caller holds the placement lock. */
export async function placeArticle(store: Store, articleId: string, now?: () => Date): Promise<void> {
  const clock = now ?? (() => new Date());
  // 1. The article as stored, read once for the three steps (none of them changes it).
  const stored = await store.getArticle(articleId);
  if (!stored) return;
  // 2. Copies and translations (src/republish): first, so that a translation's statements join its counterparts' claims.
  const counterparts = await translationsOf(store, articleId, await placeRepublication(store, articleId, now, stored));
  // 3. Its statements join claims + alerts of claim subscriptions (src/claims/store.ts).
  await placeClaims(store, articleId, { ...(now ? { now } : {}), stored, counterparts, afterPlace: (trx) => enqueueClaimAlerts(trx, articleId, clock()) });
  // 4. The story it belongs to + alerts of story subscriptions (src/stories).
  await placeStory(store, articleId, clock, (trx) => enqueueStoryAlerts(trx, articleId, clock()), stored);
}

/**
 * The articles an article translates or is translated by (either way: either may be placed last), best link first.
 * Placed just now, its links are the ones placement found (a later article links to it when that one is placed);
 * placed before (re-placement), they are read.
 */
async function translationsOf(store: Store, articleId: string, placed: PlaceRepublicationResult): Promise<string[]> {
  const links = placed.ok && placed.status === 'placed'
    ? placed.links.map((l) => ({ kind: l.kind, score: l.score, id: l.originId === articleId ? l.copyId : l.originId }))
    : Object.values(await linksOf(store.db, articleId)).flat().map((l) => ({ kind: l.kind, score: l.score, id: l.other.id }));
  return links.filter((l) => l.kind === 'translation').sort((a, b) => b.score - a.score).map((l) => l.id);
}
