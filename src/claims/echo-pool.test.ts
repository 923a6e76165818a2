import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import * as m017 from '../store/migrations/017-claim-echo-keys-compact.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { mayCopy } from './copy.js';
import { echoItemOf, echoItemsOf, lookupKeys } from './echo.js';
import { groupArticle } from './group.js';
import { placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf, ECHO_ARTICLES } from './test-helpers.js';

// The echo pool's tables as placement writes them (echo-store.ts, migration 017), and a store pooled before 017.

const NOW = () => new Date('2024-05-03T12:00:00Z');
const ECHO = 'echo:country:IN+country:IR';
const analysis = (k: keyof typeof ECHO_ARTICLES) => analysisOf(ECHO_ARTICLES[k][0], ECHO_ARTICLES[k][1]);

let store: Store;

async function ingest(k: keyof typeof ECHO_ARTICLES): Promise<string[]> {
  const r = await store.saveAnalysis(analysis(k));
  return placeClaims(store, r.id, { now: NOW });
}

const keyRows = async () =>
  (await sql<{ key: string; statement_id: string; digest: string | null }>`select key, statement_id, digest from claim_echo_keys order by key, statement_id`.execute(store.db)).rows;

for (const database of TEST_DATABASES) {
describe(`the echo pool in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  it('pools a statement with its lookup keys, each row carrying the digest of its member', async () => {
    await ingest('opened');
    const pooled = (await sql<{ member: string }>`select member from claim_echoes`.execute(store.db)).rows;
    expect(pooled.length).toBeGreaterThan(0);
    const rows = await keyRows();
    for (const { member } of pooled) {
      const m = JSON.parse(member);
      const mine = rows.filter((r) => r.statement_id === m.statementId);
      expect(mine.map((r) => r.key).sort()).toEqual([...lookupKeys(echoItemOf(m))].sort());
      expect(new Set(mine.map((r) => r.digest)).size).toBe(1);
      expect(mine[0].digest).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('writes no copy sketch for a statement that may not be a copy, and pools no statement without keys', async () => {
    // A copy-length statement without anchors, a shorter one without (an allegation: no keys at all), and a shorter
    // one with anchors (under COPY_VERBATIM_MIN_WORDS: no sketch).
    const a = analysisOf([
      'Policy news',
      'The minister said that the new policy would lower bread prices sharply.',
      'The minister claimed that the mayor lied.',
      'The minister claimed that Iran hid 40 ships.',
    ].join('\n\n'), '2024-05-01');
    const src = sourceFromAnalysis(a);
    const items = echoItemsOf(src, groupArticle(src, NOW().toISOString()), NOW().toISOString());
    expect(items.some((it) => !lookupKeys(it).length)).toBe(true);
    expect(items.some((it) => !mayCopy(it) && lookupKeys(it).length)).toBe(true);
    const r = await store.saveAnalysis(a);
    await placeClaims(store, r.id, { now: NOW });
    const pooled = (await sql<{ statement_id: string }>`select statement_id from claim_echoes order by statement_id`.execute(store.db)).rows.map((p) => p.statement_id);
    expect(pooled).toEqual(items.filter((it) => lookupKeys(it).length).map((it) => it.member.statementId).sort());
    const rows = await keyRows();
    for (const it of items) {
      const keys = rows.filter((k) => k.statement_id === it.member.statementId).map((k) => k.key);
      expect(keys.sort()).toEqual([...lookupKeys(it)].sort());
      expect(keys.some((k) => k.startsWith('c:'))).toBe(mayCopy(it));
    }
  });

  it('migration 017 down and up keeps the pooled statements, which later articles still echo (read whole, with no digest)', async () => {
    await ingest('opened');
    const before = (await keyRows()).map((r) => [r.key, r.statement_id]);
    expect(before.length).toBeGreaterThan(0);
    await m017.down(store.db);
    expect((await sql<{ n: number }>`select count(*) as n from claim_echo_keys`.execute(store.db)).rows.map((r) => Number(r.n))).toEqual([before.length]);
    await m017.up(store.db);
    const after = await keyRows();
    expect(after.map((r) => [r.key, r.statement_id])).toEqual(before);
    expect(after.every((r) => r.digest === null)).toBe(true);
    expect(await ingest('openedAgain')).toEqual([ECHO]);
    expect(await ingest('openedAr')).toEqual([ECHO]);
    const [c] = await listClaims(claimsDb(store.db));
    expect(c.members.map((m) => m.lang).sort()).toEqual(['ar', 'en', 'en']);
  });
});
}
