import { beforeEach, describe, expect, it } from 'vitest';
import { ARABIC, ENGLISH, HOSTILE, analysisOf } from '../web/testing/fixtures.js';
import type { Store } from './index.js';
import { openStore } from './index.js';
import { statementPlan, type SearchPlanOptions, type SpeakerKeysTables, type StatementFilter } from './search-plan.js';
import { storePerTest, TEST_DATABASES } from './testing.js';
import { listArticlesBy, listOutlets } from './web-articles.js';
import { getEntity } from './web-entities.js';
import { searchArticles } from './web-search.js';
import { listStatementPage } from './web-statements.js';
import { claimsDb, insertMembers, saveClaimRecords } from './claims.js';
import { countClaimsBelow, listClaimPage } from './web-claims.js';

// The web's queries on every database: the same rows in the same order (STYLE.md §20).
for (const database of TEST_DATABASES) {
  describe(`web queries (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; }, () => new Date('2024-10-16T08:00:00Z'));
    beforeEach(async () => {
      for (const a of [ARABIC, ENGLISH, HOSTILE]) await store.saveAnalysis(a);
    });

    it('searches by words, filters and dates, and pages', async () => {
      const titles = async (s: Parameters<typeof searchArticles>[1]) => (await searchArticles(store.db, s)).items.map((h) => h.title);
      expect(await titles({ q: 'كرملين' })).toEqual(['نفي في الكرملين']);
      expect(await titles({ q: 'كرملين', order: 'newest' })).toEqual(['نفي في الكرملين']);
      expect(await titles({ speaker: 'بيسكوف', stance: 'deny' })).toEqual(['نفي في الكرملين']);
      expect(await titles({ stance: 'deny' })).toEqual(['Envoy rejects report', 'نفي في الكرملين']);
      expect(await titles({ from: '2020-01-01', to: '2020-12-31' })).toEqual(['Envoy rejects report']);
      expect(await titles({ outlet: 'Wire', q: 'report' })).toEqual(['Envoy rejects report']);
      const page = await searchArticles(store.db, { stance: 'deny', limit: 1 });
      expect(page.nextOffset).toBe(1);
      expect((await searchArticles(store.db, { stance: 'deny', limit: 1, offset: 1 })).items[0].title).toBe('نفي في الكرملين');
    });

    it('finds the same pages whether a stance is answered from its list of articles or article by article', async () => {
      const searches: Parameters<typeof searchArticles>[1][] = [
        { stance: 'deny' }, { stance: 'deny', limit: 1, offset: 1 }, { speaker: 'بيسكوف', stance: 'deny' }, { speaker: 'envoy', stance: 'deny', q: 'report' },
        { stance: 'accuse' }, { q: 'Peskov', stance: 'deny' }, { q: 'grain', stance: 'deny', lang: 'en' },
      ];
      for (const s of searches) {
        const list = await searchArticles(store.db, s, { rareStance: 1000 });
        const perArticle = await searchArticles(store.db, s, { rareStance: 0 });
        expect(perArticle, JSON.stringify(s)).toEqual(list);
      }
      expect((await searchArticles(store.db, { stance: 'deny' }, { rareStance: 0 })).items.map((h) => h.title)).toEqual(['Envoy rejects report', 'نفي في الكرملين']);
      expect((await searchArticles(store.db, { q: 'Peskov', stance: 'deny' }, { rareStance: 0 })).items.map((h) => h.title)).toEqual(['نفي في الكرملين']);
    });

    it('finds a speaker\'s articles of one stance through the speaker\'s keys, the same pages as article by article', async () => {
      const viaSpeaker = { rareSpeaker: 1000 };
      const neverAList = { rareSpeaker: -1, rareStance: -1 };
      const titles = async (s: Parameters<typeof searchArticles>[1]) => (await searchArticles(store.db, s, viaSpeaker)).items.map((h) => h.title);
      const plan = (f: StatementFilter, opts: SearchPlanOptions) => statementPlan(store.db.withTables<SpeakerKeysTables>(), f, opts);
      expect(await plan({ speaker: 'بيسكوف', stance: 'deny' }, viaSpeaker)).toEqual({ kind: 'speaker-list', key: 'بيسكوف' });
      expect(await plan({ speaker: 'بيسكوف', stance: 'deny' }, neverAList)).toEqual({ kind: 'per-article' });
      expect(await titles({ speaker: 'بيسكوف', stance: 'deny' })).toEqual(['نفي في الكرملين']);
      // The entity's other names are keys of its speaker too.
      expect(await titles({ speaker: 'Dmitry Peskov', stance: 'deny' })).toEqual(['نفي في الكرملين']);
      expect(await titles({ speaker: 'envoy', stance: 'deny' })).toEqual(['Envoy rejects report']);
      expect(await titles({ speaker: 'بيسكوف', stance: 'accuse' })).toEqual([]);
      // Every key of the speaker in one statement: the envoy's words and Peskov's are in two.
      expect(await titles({ speaker: 'envoy بيسكوف', stance: 'deny' })).toEqual([]);
      const searches: Parameters<typeof searchArticles>[1][] = [
        { speaker: 'بيسكوف', stance: 'deny' }, { speaker: 'بيسكوف' }, { speaker: 'envoy', stance: 'deny', q: 'report' }, { speaker: 'the envoy', stance: 'deny', limit: 1 },
        { speaker: 'Peskov', stance: 'assert' }, { speaker: 'nobody', stance: 'deny' }, { speaker: '50%_off', stance: 'deny' },
      ];
      for (const s of searches) expect(await searchArticles(store.db, s, viaSpeaker), JSON.stringify(s)).toEqual(await searchArticles(store.db, s, neverAList));
      // A key FTS5 reads as two words (`al-qadi`): the index gives candidates, each statement checked for the whole key.
      const envoy = ENGLISH.statements[0]!;
      await store.saveAnalysis({ ...ENGLISH, statements: [{ ...envoy, speaker: { text: 'The al-Qadi envoy' } }] }, { replace: true });
      for (const speaker of ['al-Qadi envoy', 'al-qadi', 'al-Qadi Peskov', 'qadi-al', 'al qadi']) {
        const s = { speaker, stance: 'deny' as const };
        expect(await searchArticles(store.db, s, viaSpeaker), speaker).toEqual(await searchArticles(store.db, s, neverAList));
      }
      expect(await titles({ speaker: 'al-Qadi envoy', stance: 'deny' })).toEqual(['Envoy rejects report']);
      expect(await titles({ speaker: 'qadi-al', stance: 'deny' })).toEqual([]);
      expect(await titles({ speaker: 'al-Qadi', stance: 'accuse' })).toEqual([]);
      await store.saveAnalysis(ENGLISH, { replace: true });
      expect(await titles({ speaker: 'al-Qadi envoy', stance: 'deny' })).toEqual([]);
      // The speakers' keys follow the statements: an article analysed again without its statement is no longer found.
      await store.saveAnalysis({ ...ARABIC, statements: [] }, { replace: true });
      expect(await titles({ speaker: 'بيسكوف', stance: 'deny' })).toEqual([]);
      await store.saveAnalysis(ARABIC, { replace: true });
      expect(await titles({ speaker: 'بيسكوف', stance: 'deny' })).toEqual(['نفي في الكرملين']);
    });

    it('finds an article by the name of an entity it mentions in another language, after those holding the words', async () => {
      const titles = async (s: Parameters<typeof searchArticles>[1]) => (await searchArticles(store.db, s)).items.map((h) => h.title);
      // The Arabic article names دميتري بيسكوف, whose English name is Dmitry Peskov.
      expect(await titles({ q: 'Peskov' })).toEqual(['نفي في الكرملين']);
      expect(await titles({ q: 'Dmitry Peskov' })).toEqual(['نفي في الكرملين']);
      expect(await titles({ q: 'Peskov', lang: 'en' })).toEqual([]);
      expect(await titles({ q: 'Peskov grain' })).toEqual([]);
      // Both ways: the Arabic name words find it too (in its text, ranked).
      expect(await titles({ q: 'بيسكوف' })).toEqual(['نفي في الكرملين']);
      const hit = (await searchArticles(store.db, { q: 'Peskov' })).items[0];
      expect(hit.fragments.length).toBeGreaterThan(0);
      // Pages run on from the articles holding the words to those naming the entity.
      const p1 = await searchArticles(store.db, { q: 'North Korea', limit: 1 });
      expect(p1.items).toHaveLength(1);
    });

    it('answers a search again after an article is stored, by this connection or by another', async () => {
      const titles = async () => (await searchArticles(store.db, { q: 'grain' })).items.map((h) => h.title).sort();
      expect(await titles()).toEqual(['Envoy rejects report']);
      expect(await titles()).toEqual(['Envoy rejects report']);
      await store.saveAnalysis(analysisOf('Grain deal extended\nThe grain corridor stays open.', { outlet: 'Wire' }));
      expect(await titles()).toEqual(['Envoy rejects report', 'Grain deal extended']);
      if (database.name !== 'sqlite') return;
      const other = await openStore({ path: store.path });
      try {
        await other.saveAnalysis(analysisOf('Grain prices fall\nPrices of grain fell again.', { outlet: 'Wire' }));
      } finally {
        await other.close();
      }
      expect(await titles()).toEqual(['Envoy rejects report', 'Grain deal extended', 'Grain prices fall']);
      expect((await searchArticles(store.db, { q: 'grain' }, { cache: false })).items).toHaveLength(3);
    });

    it('lists statements by speaker and by what they are about, page by page', async () => {
      const about = await listStatementPage(store.db, { aboutEntity: 'country:KP' });
      expect(about.items.map((s) => s.speaker.entity)).toEqual(['person:peskov']);
      expect((await listStatementPage(store.db, { speakerEntity: 'person:peskov' })).items).toHaveLength(1);
      const first = await listStatementPage(store.db, { limit: 1 });
      expect(first.items[0].article.title).toBe('Envoy rejects report');
      const second = await listStatementPage(store.db, { limit: 1, cursor: first.nextCursor });
      expect(second.items[0].article.title).toBe('نفي في الكرملين');
      expect(second.nextCursor).toBeUndefined();
    });

    it('lists articles by outlet, outlets by count, and an entity with its articles', async () => {
      expect((await listArticlesBy(store.db, { outlet: 'Wire' })).items.map((a) => a.title)).toEqual(['Envoy rejects report']);
      expect(await listOutlets(store.db)).toEqual([
        { outlet: '<i>Outlet</i>', articles: 1 },
        { outlet: 'RT World News', articles: 1 },
        { outlet: 'Wire', articles: 1 },
      ]);
      expect(await getEntity(store.db, 'person:peskov')).toMatchObject({ name: 'دميتري بيسكوف', articles: 1 });
      expect(await getEntity(store.db, 'nope')).toBeUndefined();
    });

    it('lists only claims stated more than once when asked, and counts the others', async () => {
      const db = claimsDb(store.db);
      const member = (a: typeof ARABIC, n: number) => ({
        statementId: `${a.article.id}:${n}`, articleId: a.article.id, position: 'for' as const, stance: ARABIC.statements[0].stance,
        rule: 'concept-entities' as const, origin: 'auto' as const, speaker: ARABIC.statements[0].speaker, speakerKey: `text:${n}`,
        content: ARABIC.statements[0].content.text, entities: [], lang: a.article.language, date: '2024-10-15T00:00:00Z',
      });
      const claim = (id: string, lastSeen: string) => ({ id, concept: 'deploy', keyEntities: [], title: id, lang: 'en' as const, firstSeen: lastSeen, lastSeen });
      await saveClaimRecords(db, [claim('twice', '2024-10-14T00:00:00Z'), claim('once', '2024-10-15T00:00:00Z')], '2024-10-16T08:00:00Z');
      await insertMembers(db, 'twice', [member(ARABIC, 0), member(ENGLISH, 0)]);
      await insertMembers(db, 'once', [member(HOSTILE, 0)]);
      expect((await listClaimPage(store.db)).items.map((c) => c.id)).toEqual(['once', 'twice']);
      expect((await listClaimPage(store.db, { minStatements: 2 })).items.map((c) => [c.id, c.statements])).toEqual([['twice', 2]]);
      expect(await countClaimsBelow(store.db, 2)).toBe(1);
    });
  });
}
