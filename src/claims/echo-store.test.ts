import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/index.js';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { groupClaims, mergeClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf, ECHO_ARTICLES } from './test-helpers.js';

// Echo claims in the store (echo-store.ts): the same claims as in memory (echo-place.ts), placed one article at a time.

const NOW = () => new Date('2024-05-03T12:00:00Z');
const ECHO = 'echo:country:IN+country:IR';
const analysis = (k: keyof typeof ECHO_ARTICLES) => analysisOf(ECHO_ARTICLES[k][0], ECHO_ARTICLES[k][1]);

let store: Store;

async function ingest(a: Analysis, replace = false): Promise<string[]> {
  const r = await store.saveAnalysis(a, { replace });
  return placeClaims(store, r.id, { now: NOW });
}

/** Claims as id → sorted statement ids. */
const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

for (const database of TEST_DATABASES) {
describe(`echo claims in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  it('makes no claim of a lone statement, then one with it when another outlet echoes it', async () => {
    expect(await ingest(analysis('opened'))).toEqual([]);
    expect(await ingest(analysis('meet'))).toEqual([]);
    expect(await listClaims(claimsDb(store.db))).toEqual([]);
    expect(await ingest(analysis('openedAgain'))).toEqual([ECHO]);
    expect(await ingest(analysis('openedAr'))).toEqual([ECHO]);
    const [c] = await listClaims(claimsDb(store.db));
    expect(c).toMatchObject({ id: ECHO, concept: 'echo', keyEntities: ['country:IN', 'country:IR'] });
    expect(c.members.map((m) => `${m.lang} ${m.rule}`).sort()).toEqual(['ar echo', 'en echo', 'en echo']);
  });

  it('gives the claims groupClaims gives in memory', async () => {
    const order = ['opened', 'meet', 'openedAgain', 'openedAr'] as const;
    const as = order.map(analysis);
    for (const a of as) await ingest(a);
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(shape(groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() })));
  });

  it('re-placing an article keeps the claim; a claim left with one statement is dropped and its statement waits again', async () => {
    const opened = analysis('opened');
    await ingest(opened);
    await ingest(analysis('openedAgain'));
    const before = shape(await listClaims(claimsDb(store.db)));
    expect(await ingest(opened, true)).toEqual([ECHO]);
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(before);
    // The article re-analysed with no statements: the claim would be left with one.
    expect(await ingest({ ...opened, statements: [] }, true)).toEqual([]);
    expect(await listClaims(claimsDb(store.db))).toEqual([]);
    expect(await ingest(analysis('openedAr'))).toEqual([ECHO]);
    expect((await listClaims(claimsDb(store.db)))[0].members.map((m) => m.lang).sort()).toEqual(['ar', 'en']);
  });

  it('follows a merge correction of an echo claim', async () => {
    await ingest(analysisOf('Russia sends troops to Belarus\n\nThe Belarusian defence ministry said that Russia had sent troops to Belarus for joint exercises.', '2024-05-01'));
    const [troops] = (await listClaims(claimsDb(store.db))).map((c) => c.id);
    await ingest(analysis('opened'));
    await ingest(analysis('openedAgain'));
    expect(await mergeClaims(store, troops, ECHO, { now: NOW })).toEqual({ ok: true, claim: troops });
    expect(await ingest(analysis('openedAr'))).toEqual([troops]);
    expect((await listClaims(claimsDb(store.db))).map((c) => [c.id, c.members.length])).toEqual([[troops, 4]]);
  });
});
}
