import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';

// In the store as in memory (echo-store.ts `adoptStored`, echo-place.ts `absorbed`): two outlets' reprint of a sentence
// with no event phrase makes an echo claim; a later article stating the event in the same words takes it into the
// event's claim.

const NOW = () => new Date('2024-05-03T12:00:00Z');
const ARRIVED = 'the Russian tanks and aircraft arrived in Minsk on Tuesday for joint exercises near the borders with Poland and Lithuania lasting three weeks.';
const ARTICLES = [
  [`Tanks roll into Minsk\n\nThe Belarusian defence ministry said that ${ARRIVED}`, '2024-05-01'],
  [`Exercises begin\n\nThe Belarusian defence ministry said that ${ARRIVED}`, '2024-05-01'],
  [`Russia sends troops to Belarus\n\nThe Belarusian defence ministry said that Russia had sent troops to Belarus, and that ${ARRIVED}`, '2024-05-02'],
] as const;

let store: Store;

/** Claims as id → sorted statement ids. */
const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

for (const database of TEST_DATABASES) {
describe(`echo claims taken into a concept claim in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  it('the reprints\' echo claim goes into the troop deployment\'s claim, as in memory', async () => {
    const as = ARTICLES.map(([text, day]) => analysisOf(text, day));
    for (const a of as) {
      const r = await store.saveAnalysis(a);
      await placeClaims(store, r.id, { now: NOW });
    }
    const stored = await listClaims(claimsDb(store.db));
    expect(stored.map((c) => [c.id, c.members.length])).toEqual([['troop-deployment:country:BY+country:RU', 3]]);
    expect(shape(stored)).toEqual(shape(groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() })));
  });
});
}
