import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/index.js';
import { claimsDb, getClaim, listClaims, type ClaimWithEntries } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { claimReview, mergeClaims, moveIn, moveOut, placeClaims } from './index.js';
import { formulation } from './summary.js';
import { analysisOf, ENGLISH_TROOPS, seedAnalysis } from './test-helpers.js';

const NOW = () => new Date('2024-10-15T12:00:00Z');
const TROOPS = 'troop-deployment:country:KP+country:RU';
const RATIFY = 'ratification:person:putin';
/** Peskov's words on relations in all areas: a statement of the seed that joins no claim. */
const RELATIONS = 'في كافة المجالات';

let store: Store;

async function ingest(a: Analysis, replace = false): Promise<string[]> {
  const r = await store.saveAnalysis(a, { replace });
  return placeClaims(store, r.id, { now: NOW });
}
const claim = async (id: string) => getClaim(claimsDb(store.db), id);
const has = (c: ClaimWithEntries | undefined, fragment: string) => Boolean(c?.members.some((m) => m.content.includes(fragment)));
/** Re-analysis that renumbers statements: the first one is gone, every later one moves up. */
const renumbered = (a: Analysis): Analysis => ({ ...a, statements: a.statements.slice(1) });

for (const database of TEST_DATABASES) {
describe(`claims in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  it('places a stored article\'s statements into claims, idempotently', async () => {
    const seed = seedAnalysis('2024-10-15');
    expect(await ingest(seed)).toEqual([TROOPS, RATIFY]);
    const first = await claim(TROOPS);
    expect(first?.members).toHaveLength(8);
    expect(first?.members.some((m) => formulation(m.content) === first.title)).toBe(true);
    await placeClaims(store, seed.article.id, { now: NOW });
    expect((await claim(TROOPS))?.members.map((m) => m.statementId)).toEqual(first?.members.map((m) => m.statementId));
    expect((await listClaims(claimsDb(store.db))).map((c) => c.id).sort()).toEqual([RATIFY, TROOPS]);
  });

  it('places a later English article into the Arabic claim without recomputing others', async () => {
    await ingest(seedAnalysis('2024-10-15'));
    expect(await ingest(analysisOf(ENGLISH_TROOPS, '2024-10-16'))).toEqual([TROOPS]);
    const c = await claim(TROOPS);
    expect(has(c, 'North Korea had sent troops to Russia')).toBe(true);
    expect(c?.lastSeen.slice(0, 10)).toBe('2024-10-16');
  });

  it('keeps two attacks apart whose numbers conflict (a broad concept, members read from the store)', async () => {
    const article = (n: number, day: string, when = 'overnight') =>
      analysisOf(`Strikes on Ukraine\n\nThe Ukrainian air force said that Russia attacked Ukraine with ${n} drones ${when}.`, day);
    const [first] = await ingest(article(40, '2024-10-14'));
    const [second] = await ingest(article(90, '2024-10-15'));
    expect(first).toMatch(/^attack:/);
    expect(second).not.toBe(first);
    const [third] = await ingest(article(40, '2024-10-16', 'on Monday'));
    expect(third).toBe(first);
    expect((await claim(first))?.members).toHaveLength(2);
  });

  it('keeps two attacks apart whose actors are reversed (the actor is stored with the statement)', async () => {
    const article = (title: string, body: string, day: string) => analysisOf(`${title}\n\n${body}`, day);
    const [first] = await ingest(article('Tehran accuses Israel', 'The Iranian foreign ministry said that Israel attacked Iran overnight.', '2024-10-14'));
    expect(first).toMatch(/^attack:/);
    expect((await claim(first))?.members.map((m) => m.actor)).toEqual(['country:IL']);
    const [second] = await ingest(article('Israel accuses Tehran', 'The Israeli army said that Iran attacked Israel overnight.', '2024-10-15'));
    expect(second).toMatch(/^attack:/);
    expect(second).not.toBe(first);
    const [third] = await ingest(article('Israel strikes', 'The Iranian army said that Israel attacked Iran with drones.', '2024-10-16'));
    expect(third).toBe(first);
  });

  it('a merge correction survives re-analysis', async () => {
    const seed = seedAnalysis('2024-10-15');
    await ingest(seed);
    expect(await mergeClaims(store, TROOPS, RATIFY, { now: NOW })).toEqual({ ok: true, claim: TROOPS });
    await ingest(renumbered(seed), true);
    const c = await claim(TROOPS);
    expect(has(c, 'التصديق على الوثيقة')).toBe(true);
    expect(c?.members.find((m) => m.content.includes('التصديق'))).toMatchObject({ origin: 'user', rule: 'user-merge' });
    expect(await claim(RATIFY)).toBeUndefined();
  });

  it('a move-out correction survives re-analysis that renumbers statements', async () => {
    const seed = seedAnalysis('2024-10-15');
    await ingest(seed);
    const falseStory = (await claim(TROOPS))!.members.find((m) => m.content.includes('قصة كاذبة'))!;
    expect(await moveOut(store, falseStory.statementId, { now: NOW })).toEqual({ ok: true, claim: TROOPS });
    expect(has(await claim(TROOPS), 'قصة كاذبة')).toBe(false);
    await ingest(renumbered(seed), true);
    const after = await claim(TROOPS);
    expect(has(after, 'قصة كاذبة')).toBe(false);
    expect(has(after, 'نشر القوات الكورية الشمالية')).toBe(true);
  });

  /** A statement of the article that placement left in no claim (the seed's Peskov on relations in all areas). */
  const unplaced = async (a: Analysis) => {
    const placed = new Set((await listClaims(claimsDb(store.db))).flatMap((c) => c.members.map((m) => m.statementId)));
    const rows = await store.db.selectFrom('statements').select(['id', 'content']).where('article_id', '=', a.article.id).execute();
    return rows.find((r) => !placed.has(r.id) && r.content.includes(RELATIONS))!;
  };

  it('a move-in puts a statement of no claim into one, and survives re-analysis that renumbers statements', async () => {
    const seed = seedAnalysis('2024-10-15');
    await ingest(seed);
    const relations = await unplaced(seed);
    expect(relations).toBeDefined();
    expect(await moveIn(store, relations.id, TROOPS, { now: NOW })).toEqual({ ok: true, claim: TROOPS });
    const moved = (await claim(TROOPS))?.members.find((m) => m.statementId === relations.id);
    expect(moved).toMatchObject({ origin: 'user', rule: 'user-move', articleId: seed.article.id });
    expect((await claim(TROOPS))?.members).toHaveLength(9);
    await ingest(renumbered(seed), true);
    const after = await claim(TROOPS);
    expect(after?.members.filter((m) => m.content.includes(RELATIONS))).toMatchObject([{ origin: 'user', rule: 'user-move' }]);
    // The statement re-analysis dropped (the first, on the West) was in no claim: nine still.
    expect(after?.members).toHaveLength(9);
  });

  it('a move-in takes a statement from its claim to another, which survives re-analysis; the claim left empty is gone', async () => {
    const seed = seedAnalysis('2024-10-15');
    await ingest(seed);
    const ratify = (await claim(RATIFY))!.members;
    expect(ratify).toHaveLength(1);
    expect(await moveIn(store, ratify[0].statementId, TROOPS, { now: NOW })).toEqual({ ok: true, claim: TROOPS });
    expect(await claim(RATIFY)).toBeUndefined();
    expect(has(await claim(TROOPS), 'التصديق على الوثيقة')).toBe(true);
    await ingest(seed, true);
    expect(await claim(RATIFY)).toBeUndefined();
    expect(has(await claim(TROOPS), 'التصديق على الوثيقة')).toBe(true);
  });

  it('a later move-out of a moved-in statement wins over the move-in after re-analysis', async () => {
    const seed = seedAnalysis('2024-10-15');
    await ingest(seed);
    const relations = await unplaced(seed);
    await moveIn(store, relations.id, TROOPS, { now: NOW });
    expect(await moveOut(store, relations.id, { now: NOW })).toEqual({ ok: true, claim: TROOPS });
    await ingest(seed, true);
    expect(has(await claim(TROOPS), RELATIONS)).toBe(false);
  });

  it.each([
    ['moving a statement into an unknown claim', () => moveIn(store, `${seedAnalysis('2024-10-15').article.id}:0`, 'no-such'), 'no-such-claim'],
    ['moving an unknown statement in', () => moveIn(store, 'nope:0', TROOPS), 'no-such-statement'],
    ['merging a claim into itself', () => mergeClaims(store, TROOPS, TROOPS), 'same-claim'],
    ['merging an unknown claim', () => mergeClaims(store, TROOPS, 'no-such'), 'no-such-claim'],
    ['moving out an unknown statement', () => moveOut(store, 'nope:0'), 'no-such-statement'],
  ])('refuses %s with a reason', async (_name, act, reason) => {
    await ingest(seedAnalysis('2024-10-15'));
    expect(await act()).toMatchObject({ ok: false, reason });
  });

  it('refuses to move a statement into the claim it is in, recording nothing', async () => {
    await ingest(seedAnalysis('2024-10-15'));
    const member = (await claim(TROOPS))!.members[0];
    expect(await moveIn(store, member.statementId, TROOPS)).toMatchObject({ ok: false, reason: 'already-in-claim' });
    expect(await store.db.selectFrom('claim_corrections' as never).selectAll().execute()).toEqual([]);
  });

  it('exports ClaimReview JSON-LD without inventing a rating', async () => {
    await ingest(seedAnalysis('2024-10-15'));
    const ld = claimReview((await claim(TROOPS))!, NOW()) as unknown as Record<string, any>;
    expect(ld['@type']).toBe('ClaimReview');
    expect(ld.claimReviewed).toBe((await claim(TROOPS))!.title);
    expect(ld.datePublished).toBe('2024-10-15');
    expect(ld.itemReviewed).toMatchObject({ '@type': 'Claim', firstAppearance: { '@type': 'NewsArticle', publisher: { name: 'RT World News' } } });
    expect(ld.itemReviewed.appearance).toHaveLength(1);
    expect(ld.itemReviewed.author).toMatchObject({ '@type': 'Person' });
    expect(JSON.stringify(ld)).not.toContain('reviewRating');
  });
});
}
