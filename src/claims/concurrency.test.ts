import { beforeEach, describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { placeClaims } from './index.js';
import { analysisOf, ENGLISH_TROOPS, seedAnalysis } from './test-helpers.js';

// Two processes (two connections) placing statements of one claim at once end with one claim holding
// both, as one process placing them in turn would; neither claim nor row is made twice.

const NOW = () => new Date('2024-10-15T12:00:00Z');
const TROOPS = 'troop-deployment:country:KP+country:RU';

for (const database of TEST_DATABASES) {
describe(`claim placement from two connections at once (${database.name})`, () => {
  let one: Store;
  let two: Store;
  const stores = storePerTest(database, (s) => { one = s; }, NOW);
  beforeEach(async () => {
    two = await stores.another();
  });

  it('Arabic and English articles of one claim placed at once join one claim', async () => {
    const ar = await one.saveAnalysis(seedAnalysis('2024-10-15'));
    const en = await one.saveAnalysis(analysisOf(ENGLISH_TROOPS, '2024-10-16'));
    const [pa, pe] = await Promise.all([placeClaims(one, ar.id, { now: NOW }), placeClaims(two, en.id, { now: NOW })]);
    expect(pa).toContain(TROOPS);
    expect(pe).toContain(TROOPS);
    const troops = (await listClaims(claimsDb(one.db))).filter((c) => c.concept === 'troop-deployment');
    expect(troops.map((c) => c.id)).toEqual([TROOPS]);
    expect(new Set(troops[0].members.map((m) => m.lang))).toEqual(new Set(['ar', 'en']));
  });

  it('one article placed by both at once has each statement in one claim once', async () => {
    const ar = await one.saveAnalysis(seedAnalysis('2024-10-15'));
    const [x, y] = await Promise.all([placeClaims(one, ar.id, { now: NOW }), placeClaims(two, ar.id, { now: NOW })]);
    expect(new Set(x)).toEqual(new Set(y));
    const rows = await claimsDb(one.db).selectFrom('claim_statements').select('statement_id').execute();
    expect(rows.length).toBe(new Set(rows.map((r) => r.statement_id)).size);
    expect((await listClaims(claimsDb(two.db))).map((c) => c.id).sort()).toEqual([...new Set(x)].sort());
  });
});
}
