import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeClaims } from '../claims/index.js';
import { projectRoot } from '../config/index.js';
import { storeArticle } from '../ingest/index.js';
import type { Analysis } from '../model/index.js';
import { alertsDb, listOutbox, type SubscriptionKind } from '../store/alerts.js';
import { claimsDb } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storiesDb } from '../store/stories.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { placeStory } from '../stories/index.js';
import { analysePasted } from '../web/add/analyse.js';
import { enqueueClaimAlerts, enqueueStoryAlerts } from './placed.js';

// Alerts are written in the transaction of what causes them: the article's statements, a claim's
// membership, a story's membership. A failure injected after those rows (and their alerts) are
// written leaves neither.

const NOW = new Date('2024-10-15T12:00:00.000Z');
const clock = () => NOW;
const SEED = readFileSync(join(projectRoot(), 'samples', 'rt-dprk-troops.ar.txt'), 'utf8');

function seedAnalysis(): Analysis {
  const r = analysePasted({ text: SEED }, 'test');
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

/** The seed under another id: its statements join the seed's claims and its story. */
const copyOf = (a: Analysis, id: string): Analysis => ({ ...a, article: { ...a.article, id } });

const crash = () => {
  throw new Error('injected crash after the rows were written');
};

for (const database of TEST_DATABASES) {
  describe(`alerts are written with what causes them, or not at all (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; }, clock);

    const follow = (kind: SubscriptionKind, target: string) => alertsDb(store.db).insertInto('subscriptions').values({
      email: `${kind}@example.org`, kind, target, mode: 'immediate', status: 'active', created_at: NOW.toISOString(), confirmed_at: NOW.toISOString(),
    }).execute();
    const outbox = async () => (await listOutbox(alertsDb(store.db))).map((r) => JSON.parse(r.payload) as { statementId: string; follows: { kind: string } });
    const count = async (table: 'articles' | 'statements') => Number((await store.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    it('stores neither the statements nor their alerts when the article transaction fails after both were written', async () => {
      await follow('entity', 'person:peskov');
      const a = seedAnalysis();
      // The real store path, its article transaction made to fail once the rows and the alerts are in.
      const failing: Store = {
        ...store,
        saveAnalysis: (x, o) => store.saveAnalysis(x, { ...o, afterSave: async (trx, y, id) => { await o!.afterSave!(trx, y, id); crash(); } }),
      };
      await expect(storeArticle(failing, a, { now: clock })).rejects.toThrow(/injected crash/);
      expect(await count('articles')).toBe(0);
      expect(await count('statements')).toBe(0);
      expect(await outbox()).toEqual([]);

      expect((await storeArticle(store, a, { now: clock })).status).toBe('stored');
      expect(await count('statements')).toBe(a.statements.length);
      expect((await outbox()).length).toBeGreaterThan(0);
      expect((await outbox()).every((p) => p.follows.kind === 'entity')).toBe(true);
    });

    it('writes the alerts of claim and story subscriptions in the transaction that writes the membership', async () => {
      const first = seedAnalysis();
      await storeArticle(store, first, { now: clock });
      const claim = (await claimsDb(store.db).selectFrom('claim_statements').select('claim_id').where('article_id', '=', first.article.id).executeTakeFirstOrThrow()).claim_id;
      const story = (await storiesDb(store.db).selectFrom('story_members').select('story_id').where('article_id', '=', first.article.id).executeTakeFirstOrThrow()).story_id;
      await follow('claim', claim);
      await follow('story', story);

      const copy = copyOf(first, 'copy-of-the-seed');
      await store.saveAnalysis(copy);
      const inClaims = () => claimsDb(store.db).selectFrom('claim_statements').select('statement_id').where('article_id', '=', copy.article.id).execute();
      const inStory = () => storiesDb(store.db).selectFrom('story_members').select('story_id').where('article_id', '=', copy.article.id).execute();
      // Placement fails after its rows and their alerts were written: neither is left.
      await expect(placeClaims(store, copy.article.id, { now: clock, afterPlace: async (trx) => { await enqueueClaimAlerts(trx, copy.article.id, NOW); crash(); } }))
        .rejects.toThrow(/injected crash/);
      expect(await inClaims()).toEqual([]);
      await expect(placeStory(store, copy.article.id, clock, async (trx) => { expect(await enqueueStoryAlerts(trx, copy.article.id, NOW)).toBeGreaterThan(0); crash(); }))
        .rejects.toThrow(/injected crash/);
      expect(await inStory()).toEqual([]);
      expect(await outbox()).toEqual([]);

      // The store path places it, each placement with its alerts.
      expect((await storeArticle(store, copy, { now: clock, replace: true })).status).toBe('replaced');
      expect((await inClaims()).length).toBeGreaterThan(0);
      expect((await inStory()).map((r) => r.story_id)).toEqual([story]);
      const rows = await outbox();
      const claimAlerts = rows.filter((p) => p.follows.kind === 'claim');
      expect(claimAlerts.length).toBeGreaterThan(0);
      expect(claimAlerts.every((p) => p.statementId.startsWith(`${copy.article.id}:`))).toBe(true);
      expect(rows.filter((p) => p.follows.kind === 'story').map((p) => p.statementId).sort())
        .toEqual(copy.statements.map((_s, i) => `${copy.article.id}:${i}`).sort());
      // Placed again (re-analysis): nothing doubled.
      await storeArticle(store, copy, { now: clock, replace: true });
      expect((await outbox()).length).toBe(rows.length);
    });
  });
}
