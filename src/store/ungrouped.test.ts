import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, Statement } from '../model/index.js';
import { analysisOf, spanOf } from '../web/testing/fixtures.js';
import { claimsDb, insertMembers, saveClaimRecord } from './claims.js';
import type { Store } from './index.js';
import { saveMember } from './stories.js';
import { storePerTest, TEST_DATABASES } from './testing.js';
import { MAX_UNGROUPED_STATEMENTS, ungroupedNear } from './ungrouped.js';

// The statements in no claim near a claim's articles, on every database (STYLE.md §20).

const NOW = '2024-10-16T08:00:00.000Z';

/** An article whose every line after the title is a statement of `speaker`, said with "قال". */
function article(title: string, lines: string[], publishedAt: string, outlet: string): Analysis {
  const a = analysisOf([title, ...lines.map((l) => `قال المتحدث ${l}`)].join('\n'), { outlet, publishedAt });
  const statements: Statement[] = lines.map((l, i) => ({
    speaker: { text: 'المتحدث' }, cue: spanOf(a, `قال المتحدث ${l}`), stance: 'assert', content: spanOf(a, l),
    direct: false, targets: [], rule: 'test', sentence: i + 1,
  }));
  return { ...a, statements };
}

// A: the claim's article; B: another article of A's story; C: an article of another story; D: of no story.
const A = article('موسكو وبيونغ يانغ', ['القوات الكورية وصلت إلى روسيا', 'العلاقات مع بيونغ يانغ تتطور'], '2024-10-15', 'RT Arabic');
const B = article('قوات في روسيا', ['الجنود الكوريون في كورسك', 'الكرملين ينفي وجود القوات'], '2024-10-16', 'Al Jazeera');
const C = article('قوات في بيلاروسيا', ['القوات الروسية وصلت إلى بيلاروسيا'], '2024-10-14', 'Wire');
const D = article('الطقس', ['الطقس مشمس غدا'], '2024-10-13', 'Wire');

for (const database of TEST_DATABASES) {
  describe(`statements in no claim near a claim (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; }, () => new Date(NOW));
    const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

    beforeEach(async () => {
      for (const [k, a] of Object.entries({ A, B, C, D }) as ['A' | 'B' | 'C' | 'D', Analysis][]) ids[k] = (await store.saveAnalysis(a)).id;
      const db = claimsDb(store.db);
      const member = (articleId: string, ordinal: number, content: string) => ({
        statementId: `${articleId}:${ordinal}`, articleId, position: 'for' as const, stance: 'assert' as const, rule: 'concept-entities' as const,
        origin: 'auto' as const, speaker: { text: 'المتحدث' }, speakerKey: 'text:المتحدث', content, entities: [], lang: 'ar' as const, date: NOW,
      });
      for (const id of ['troops', 'denial']) {
        await saveClaimRecord(db, { id, concept: id, keyEntities: [], title: id, lang: 'ar', firstSeen: NOW, lastSeen: NOW }, NOW);
      }
      // A:0 is the claim's, B:1 another claim's; C:0 and D:0 are in no claim, but C is of another story and D of none.
      await insertMembers(db, 'troops', [member(ids.A, 0, A.statements[0].content.text)]);
      await insertMembers(db, 'denial', [member(ids.B, 1, B.statements[1].content.text)]);
      const sig = new Uint8Array(4);
      const add = (articleId: string, storyId: string, day: number, start?: { title: string; language: string }) =>
        saveMember(store.db, { articleId, storyId, day, signature: sig, anchors: [], score: 1, evidence: {}, ...(start ? { start } : {}) }, NOW);
      await add(ids.A, ids.A, 20011, { title: A.article.title, language: 'ar' });
      await add(ids.B, ids.A, 20012);
      await add(ids.C, ids.C, 20010, { title: C.article.title, language: 'ar' });
    });

    it('reads the statements in no claim of the claim\'s articles first, then of the other articles of their stories, never of unrelated articles', async () => {
      const got = await ungroupedNear(store.db, [ids.A]);
      expect(got.map((s) => [s.id, s.ownArticle])).toEqual([[`${ids.A}:1`, true], [`${ids.B}:0`, false]]);
      expect(got[0]).toEqual({
        id: `${ids.A}:1`, ordinal: 1, speaker: { text: 'المتحدث' }, stance: 'assert', content: 'العلاقات مع بيونغ يانغ تتطور', direct: false, ownArticle: true,
        article: { id: ids.A, title: 'موسكو وبيونغ يانغ', outlet: 'RT Arabic', language: 'ar', publishedAt: '2024-10-15' },
      });
    });

    it('reads an article of no story alone, an article given twice once, and nothing for no article', async () => {
      expect((await ungroupedNear(store.db, [ids.D, ids.D])).map((s) => s.id)).toEqual([`${ids.D}:0`]);
      expect(await ungroupedNear(store.db, [])).toEqual([]);
      // Two of the claim's articles of one story: both are its own, none is read twice.
      const both = await ungroupedNear(store.db, [ids.B, ids.A]);
      expect(both.map((s) => [s.id, s.ownArticle])).toEqual([[`${ids.A}:1`, true], [`${ids.B}:0`, true]]);
    });

    it('leaves out a statement once it is placed in a claim', async () => {
      await insertMembers(claimsDb(store.db), 'troops', [{
        statementId: `${ids.B}:0`, articleId: ids.B, position: 'for', stance: 'assert', rule: 'user-move', origin: 'user',
        speaker: { text: 'المتحدث' }, speakerKey: 'text:المتحدث', content: B.statements[0].content.text, entities: [], lang: 'ar', date: NOW,
      }]);
      expect((await ungroupedNear(store.db, [ids.A])).map((s) => s.id)).toEqual([`${ids.A}:1`]);
    });

    it('reads at most MAX_UNGROUPED_STATEMENTS, the claim\'s own articles first', async () => {
      const lines = Array.from({ length: MAX_UNGROUPED_STATEMENTS + 5 }, (_, i) => `الجملة رقم ${i + 1} عن القوات`);
      const big = await store.saveAnalysis(article('قصة طويلة', lines, '2024-10-17', 'Wire'));
      await saveMember(store.db, { articleId: big.id, storyId: ids.A, day: 20013, signature: new Uint8Array(4), anchors: [], score: 1, evidence: {} }, NOW);
      const got = await ungroupedNear(store.db, [ids.A]);
      expect(got).toHaveLength(MAX_UNGROUPED_STATEMENTS);
      expect(got[0].id).toBe(`${ids.A}:1`);
    });
  });
}
