import type { Kysely } from 'kysely';
import { activeFollowing, alertsDb, type Subscription } from '../store/alerts.js';
import { claimsDb } from '../store/claims.js';
import type { Database } from '../store/schema.js';
import { storiesDb } from '../store/stories.js';
import { enqueueFor } from './enqueue.js';
import type { AlertPayload } from './types.js';

// Alerts of claim and story subscriptions: a statement joins a claim, an article a story, only
// after the article's own transaction (placement, src/claims and src/stories), so these rows are
// written right after placement, in one transaction of their own, idempotently (same dedupe keys).
// A crash between placement and this step loses these alerts; rerunning `isnad ingest --replace`
// on the article writes them (documented gap: placement does not yet take an afterSave hook).

export async function enqueuePlacedAlerts(store: Kysely<Database>, articleId: string, now: Date): Promise<number> {
  return store.transaction().execute(async (trx) => {
    const db = alertsDb(trx);
    const article = await trx.selectFrom('articles').select(['title', 'outlet', 'site', 'language', 'published_at']).where('id', '=', articleId).executeTakeFirst();
    if (!article) return 0;
    const statements = await trx.selectFrom('statements').selectAll().where('article_id', '=', articleId).orderBy('ordinal').execute();
    const claimOf = new Map((await claimsDb(trx).selectFrom('claim_statements').select(['statement_id', 'claim_id']).where('article_id', '=', articleId).execute())
      .map((r) => [r.statement_id, r.claim_id]));
    const story = await storiesDb(trx).selectFrom('story_members').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
    const claimSubs = await activeFollowing(db, 'claim', [...claimOf.values()]);
    const storySubs = story ? await activeFollowing(db, 'story', [story.story_id]) : [];
    let added = 0;
    for (const s of statements) {
      const subs: Subscription[] = [...claimSubs.filter((c) => c.target === claimOf.get(s.id)), ...storySubs];
      for (const sub of subs) {
        const payload: AlertPayload = {
          statementId: s.id, articleId, ordinal: s.ordinal, speaker: s.speaker_text, stance: s.stance as AlertPayload['stance'],
          content: s.content, language: article.language, title: article.title, outlet: article.outlet ?? article.site,
          at: article.published_at ?? now.toISOString(), follows: { kind: sub.kind, target: sub.target },
        };
        if (await enqueueFor(db, sub, payload, now)) added++;
      }
    }
    return added;
  });
}
