import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../config/index.js';
import { storeArticle } from '../ingest/index.js';
import type { Analysis } from '../model/index.js';
import { alertsDb, listOutbox, type SubscriptionKind, type SubscriptionStatus } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { analysePasted } from '../web/add/analyse.js';

// The subscriptions an article's statements match, the same on both databases: PostgreSQL reads them
// with one prepared statement of array parameters, SQLite with `in` lists.

const NOW = new Date('2024-10-15T12:00:00.000Z');
const clock = () => NOW;
const SEED = readFileSync(join(projectRoot(), 'samples', 'rt-dprk-troops.ar.txt'), 'utf8');

function seedAnalysis(id: string, outlet: string): Analysis {
  const r = analysePasted({ text: SEED }, 'test');
  if (!r.ok) throw new Error(r.message);
  return { ...r.analysis, article: { ...r.analysis.article, id, outlet } };
}

for (const database of TEST_DATABASES) {
  describe(`alerts of an article's statements (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; }, clock);

    const follow = (email: string, kind: SubscriptionKind, target: string, status: SubscriptionStatus = 'active') => alertsDb(store.db)
      .insertInto('subscriptions').values({
        email, kind, target, mode: 'immediate', status, created_at: NOW.toISOString(), confirmed_at: NOW.toISOString(),
      }).execute();
    const alertedEmails = async () => {
      const subs = await alertsDb(store.db).selectFrom('subscriptions').select(['id', 'email']).execute();
      const email = new Map(subs.map((s) => [s.id, s.email]));
      return (await listOutbox(alertsDb(store.db))).filter((r) => r.kind === 'alert').map((r) => email.get(r.subscription_id ?? -1));
    };

    it('alerts active entity, outlet and search subscriptions that match, and no other', async () => {
      const a = seedAnalysis('enqueue-1', 'RT World News');
      await follow('entity@example.org', 'entity', 'person:peskov');
      await follow('outlet@example.org', 'outlet', 'rt world news');
      await follow('search@example.org', 'search', a.statements[0]!.speaker.text);
      await follow('pending@example.org', 'entity', 'person:peskov', 'pending');
      await follow('gone@example.org', 'outlet', 'rt world news', 'unsubscribed');
      await follow('nobody@example.org', 'entity', 'person:nobody-said-anything');
      await follow('other-outlet@example.org', 'outlet', 'another outlet');
      // The right target under the wrong kind matches nothing.
      await follow('wrong-kind@example.org', 'entity', 'rt world news');
      expect((await storeArticle(store, a, { now: clock })).status).toBe('stored');

      const emails = await alertedEmails();
      expect(new Set(emails)).toEqual(new Set(['entity@example.org', 'outlet@example.org', 'search@example.org']));
      // The outlet follows every statement of the article.
      expect(emails.filter((e) => e === 'outlet@example.org')).toHaveLength(a.statements.length);
    });

    it('reads searches alone when the article names no entity and no outlet', async () => {
      const a = seedAnalysis('enqueue-2', '');
      const bare: Analysis = {
        ...a, entities: [], article: { ...a.article, site: undefined },
        statements: a.statements.map((s) => ({ ...s, speaker: { ...s.speaker, entity: undefined }, targets: s.targets.map((t) => ({ ...t, entity: undefined })) })),
      };
      await follow('entity@example.org', 'entity', 'person:peskov');
      await follow('search@example.org', 'search', a.statements[0]!.speaker.text);
      expect((await storeArticle(store, bare, { now: clock })).status).toBe('stored');
      expect(new Set(await alertedEmails())).toEqual(new Set(['search@example.org']));
    });
  });
}
