import { sql } from 'kysely';
import { placeArticle } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { withPlacementLock } from './lock.js';
import type { PlaceJob } from './types.js';

// The `place` job: a stored article joins claims, republications and a story (src/ingest
// placeArticle, steps 2–4). These steps read what was placed so far and extend it, so they run one
// article at a time database-wide (./lock.ts), whichever worker runs them. The job was queued in the
// article's own transaction (src/ingest saveArticle), so an article stored is an article placed,
// however often a worker dies.

/** True once the article's last placement step (its story) was written. */
export async function isPlaced(store: Store, articleId: string): Promise<boolean> {
  const r = await sql<{ one: number }>`select 1 as one from story_members where article_id = ${articleId}`.execute(store.db);
  return r.rows.length > 0;
}

/** Runs a batch of place jobs, in order, holding the placement lock once for the batch. */
export async function runPlaceJobs(store: Store, jobs: readonly PlaceJob[], now: () => Date): Promise<void> {
  await withPlacementLock(store, async () => {
    for (const j of jobs) await placeArticle(store, j.articleId, now);
  });
}
