import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/index.js';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';

// Rare-words echoes in the store (rare-words.ts): two outlets' wordings sharing no entity, quantity or linked speaker
// are found by their rare-stem lookup keys alone, as in memory. Synthetic articles, written for this test.

const NOW = () => new Date('2024-05-03T12:00:00Z');
const QUOTA = 'Cod quota halved\n\nNorway said that the cod fishing quota in the northern fjords of Norway would be halved next season to protect spawning grounds.';
const BOATS = 'Fjord fishermen face cuts\n\nNorway announced that boats working the northern fjords of Norway may land only a little cod next season as shoals dwindle.';
const ROADS = 'Road tolls rise\n\nNorway said that road tolls in the western valleys would rise next season to pay for tunnel repairs.';

let store: Store;

async function ingest(a: Analysis): Promise<string[]> {
  const r = await store.saveAnalysis(a, { replace: false });
  return placeClaims(store, r.id, { now: NOW });
}

const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

for (const database of TEST_DATABASES) {
describe(`rare-words echoes in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  it('joins the second outlet\'s wording to the first, as groupClaims does in memory', async () => {
    const as = [analysisOf(QUOTA, '2024-05-01T08:00:00Z'), analysisOf(ROADS, '2024-05-01T09:00:00Z'), analysisOf(BOATS, '2024-05-01T15:00:00Z')];
    for (const a of as) await ingest(a);
    const claims = await listClaims(claimsDb(store.db));
    expect(claims).toHaveLength(1);
    expect(claims[0].members).toHaveLength(2);
    expect(shape(claims)).toEqual(shape(groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() })));
  });
});
}
