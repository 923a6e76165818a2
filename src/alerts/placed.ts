import type { Kysely } from 'kysely';
import { activeFollowing, alertsDb, type Subscription } from '../store/alerts.js';
import { claimsDb } from '../store/claims.js';
import type { Database } from '../store/schema.js';
import { storiesDb } from '../store/stories.js';
import { enqueueFor } from './enqueue.js';
import type { AlertPayload } from './types.js';

// Alerts of claim and story subscriptions. A statement joins a claim (src/claims placeClaims), an
// article a story (src/stories placeStory), in a transaction of their own after the article's; these
// functions run inside that transaction (their afterPlace hook), so that a membership written is
// never an alert lost, and a membership rolled back is never an alert sent. Idempotent: the dedupe
// key is the subscription and the statement, the same as the article's own alerts (enqueue.ts).

/** Outbox rows for the active claim subscriptions following a claim that a statement of `articleId` is in. */
export async function enqueueClaimAlerts(trx: Kysely<Database>, articleId: string, now: Date): Promise<number> {
  const claimOf = new Map((await claimsDb(trx).selectFrom('claim_statements').select(['statement_id', 'claim_id']).where('article_id', '=', articleId).execute())
    .map((r) => [r.statement_id, r.claim_id]));
  const subs = await activeFollowing(alertsDb(trx), 'claim', [...claimOf.values()]);
  if (!subs.length) return 0;
  return enqueueStatementAlerts(trx, articleId, now, (statementId) => subs.filter((c) => c.target === claimOf.get(statementId)));
}

/** Outbox rows for the active story subscriptions following the story `articleId` is in (none while it is in none). */
export async function enqueueStoryAlerts(trx: Kysely<Database>, articleId: string, now: Date): Promise<number> {
  const story = await storiesDb(trx).selectFrom('story_members').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
  const subs = story ? await activeFollowing(alertsDb(trx), 'story', [story.story_id]) : [];
  if (!subs.length) return 0;
  return enqueueStatementAlerts(trx, articleId, now, () => subs);
}

/** One row per stored statement of the article and subscription `subsOf` gives it. */
async function enqueueStatementAlerts(trx: Kysely<Database>, articleId: string, now: Date, subsOf: (statementId: string) => Subscription[]): Promise<number> {
  const db = alertsDb(trx);
  const article = await trx.selectFrom('articles').select(['title', 'outlet', 'site', 'language', 'published_at']).where('id', '=', articleId).executeTakeFirst();
  if (!article) return 0;
  const statements = await trx.selectFrom('statements').selectAll().where('article_id', '=', articleId).orderBy('ordinal').execute();
  let added = 0;
  for (const s of statements) {
    for (const sub of subsOf(s.id)) {
      const payload: AlertPayload = {
        statementId: s.id, articleId, ordinal: s.ordinal, speaker: s.speaker_text, stance: s.stance as AlertPayload['stance'],
        content: s.content, language: article.language, title: article.title, outlet: article.outlet ?? article.site,
        at: article.published_at ?? now.toISOString(), follows: { kind: sub.kind, target: sub.target },
      };
      if (await enqueueFor(db, sub, payload, now)) added++;
    }
  }
  return added;
}
