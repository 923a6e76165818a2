import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { clashReports } from './test-helpers.js';

// Title-event merges in the store (store.ts, title-event.ts `planTitleEvents`): the same claims as in memory
// (place.ts placeArticle), placed one article at a time. Synthetic sentences.

const NOW = () => new Date('2024-05-03T12:00:00Z');
const ANALYSES = clashReports();

let store: Store;

/** Claims as id → sorted statement ids. */
const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

for (const database of TEST_DATABASES) {
describe(`title-event merges in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  async function ingestAll(titleEvents: boolean): Promise<string[][]> {
    const placed: string[][] = [];
    for (const a of ANALYSES) {
      const r = await store.saveAnalysis(a, { replace: true });
      placed.push(await placeClaims(store, r.id, { now: NOW, titleEvents }));
    }
    return placed;
  }

  it('gives the claims groupClaims gives in memory, one for the incident', async () => {
    const placed = await ingestAll(true);
    const stored = await listClaims(claimsDb(store.db));
    const memory = groupClaims(ANALYSES.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString(), titleEvents: true });
    expect(shape(stored)).toEqual(shape(memory));
    expect(stored.map((c) => c.members.length)).toEqual([5]);
    // The second article reports the claim that survived, not the one merged away.
    expect(placed[1]).toEqual([stored[0].id]);
    // Rows moved by placement keep their rule; the second title's statement joined by restating its lead (lead.ts
    // `titleLeadOf`), before the title event could take it as a detail.
    expect(stored[0].members.map((m) => m.rule).sort()).toEqual(['echo', 'echo', 'echo', 'echo', 'echo']);
  });

  it('keeps the two claims without it (the second title with the toll its lead states)', async () => {
    await ingestAll(false);
    expect((await listClaims(claimsDb(store.db))).map((c) => c.members.length).sort()).toEqual([2, 3]);
  });
});
}
