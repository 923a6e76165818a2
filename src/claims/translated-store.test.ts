import { describe, expect, it } from 'vitest';
import { storeArticle } from '../ingest/index.js';
import type { Analysis } from '../model/index.js';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { linksOf } from '../store/republish.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { mergeClaims, moveOut, placeClaims } from './index.js';
import { analysisOf, HARBOUR_AR, HARBOUR_EN } from './test-helpers.js';

const NOW = () => new Date('2024-05-02T12:00:00Z');

let store: Store;

async function save(a: Analysis): Promise<string> {
  return (await store.saveAnalysis(a, {})).id;
}
/** Every claim as its members' statement ids, sorted: what placement decided, whatever the order it was written in. */
async function grouping(): Promise<string[][]> {
  return (await listClaims(claimsDb(store.db))).map((c) => c.members.map((m) => m.statementId).sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

for (const database of TEST_DATABASES) {
describe(`a translation's statements in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  async function both(): Promise<{ en: string; ar: string }> {
    const en = await save(analysisOf(HARBOUR_EN, '2024-05-01'));
    await placeClaims(store, en, { now: NOW });
    const ar = await save(analysisOf(HARBOUR_AR, '2024-05-01'));
    await placeClaims(store, ar, { now: NOW, counterparts: [en] });
    return { en, ar };
  }

  it('joins each statement of a translation with its original, idempotently, whichever is placed again', async () => {
    const { en, ar } = await both();
    const first = await grouping();
    expect(first).toHaveLength(3);
    expect(first.every((ids) => ids.length === 2 && ids.some((id) => id.startsWith(en)) && ids.some((id) => id.startsWith(ar)))).toBe(true);
    expect((await listClaims(claimsDb(store.db))).flatMap((c) => c.members).every((m) => m.rule === 'translation')).toBe(true);
    await placeClaims(store, ar, { now: NOW, counterparts: [en] });
    expect(await grouping()).toEqual(first);
    await placeClaims(store, en, { now: NOW, counterparts: [ar] });
    expect(await grouping()).toEqual(first);
    const ids = (await listClaims(claimsDb(store.db))).map((c) => c.id).sort();
    await placeClaims(store, ar, { now: NOW, counterparts: [en] });
    expect((await listClaims(claimsDb(store.db))).map((c) => c.id).sort()).toEqual(ids);
  });

  it('gives the same claims when the translation is analysed again (its statements replaced)', async () => {
    const { en, ar } = await both();
    const first = await grouping();
    const again = await store.saveAnalysis(analysisOf(HARBOUR_AR, '2024-05-01'), { replace: true });
    expect(again.id).toBe(ar);
    await placeClaims(store, ar, { now: NOW, counterparts: [en] });
    expect(await grouping()).toEqual(first);
  });

  it('joins nothing without the link', async () => {
    const en = await save(analysisOf(HARBOUR_EN, '2024-05-01'));
    await placeClaims(store, en, { now: NOW });
    const ar = await save(analysisOf(HARBOUR_AR, '2024-05-01'));
    expect(await placeClaims(store, ar, { now: NOW })).toEqual([]);
    expect(await grouping()).toEqual([]);
  });

  it('keeps out a statement the user moved out, of the translation or of the original, when either is placed again', async () => {
    const { en, ar } = await both();
    const [c1, c2] = await listClaims(claimsDb(store.db));
    const mine = c1.members.find((m) => m.articleId === ar)!.statementId;
    const theirs = c2.members.find((m) => m.articleId === en)!.statementId;
    expect((await moveOut(store, mine, { now: NOW })).ok).toBe(true);
    expect((await moveOut(store, theirs, { now: NOW })).ok).toBe(true);
    await placeClaims(store, ar, { now: NOW, counterparts: [en] });
    await placeClaims(store, en, { now: NOW, counterparts: [ar] });
    const placed = (await grouping()).flat();
    expect(placed).not.toContain(mine);
    expect(placed).not.toContain(theirs);
  });

  it('keeps a merge of two of its claims when the translation is placed again', async () => {
    const { en, ar } = await both();
    const [c1, c2] = await listClaims(claimsDb(store.db));
    expect((await mergeClaims(store, c1.id, c2.id, { now: NOW })).ok).toBe(true);
    await placeClaims(store, ar, { now: NOW, counterparts: [en] });
    const after = await listClaims(claimsDb(store.db));
    expect(after.map((c) => c.id)).not.toContain(c2.id);
    expect(after.find((c) => c.id === c1.id)?.members).toHaveLength(4);
  });

  it('ingest links the translation, then places its statements with the original\'s', async () => {
    const en = await storeArticle(store, analysisOf(HARBOUR_EN, '2024-05-01'), { now: NOW });
    const ar = await storeArticle(store, analysisOf(HARBOUR_AR, '2024-05-01'), { now: NOW });
    if (en.status === 'duplicate' || ar.status === 'duplicate') throw new Error('stored twice');
    const links = await linksOf(store.db, ar.id);
    expect(links.from.map((l) => [l.kind, l.other.id])).toEqual([['translation', en.id]]);
    expect((await grouping()).map((ids) => ids.length)).toEqual([2, 2, 2]);
  });
});
}
