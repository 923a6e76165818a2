import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { echoItemOf } from './echo.js';
import { followers } from './echo-place.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';
import type { Member } from './types.js';

// An item joining a claim through an echo takes along the earlier statements of its article it echoes and that sit in
// no claim (echo-place.ts `followers`): the headline it restates, the allegation it answers. Synthetic sentences.

const NOW = () => new Date('2024-05-03T12:00:00Z');
const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

// Another outlet's reprint of a lead comes first; then the outlet whose headline the lead restates. The lead's best echo
// is the reprint (a copy ranks before a headline), so the headline follows it rather than wait alone.
const LEAD = 'قال المتحدث سميث إن الحكومة لن ترفع أسعار الوقود في الأسواق المحلية خلال العام المقبل رغم ضغوط الموازنة.';
const HEADLINE_AFTER_REPRINT = [
  [`الحكومة تتعهد بتثبيت الأسعار\n\n${LEAD}`, '2024-05-01'],
  [`سميث: لن نرفع أسعار الوقود في الأسواق المحلية خلال العام المقبل\n\n${LEAD}\n\nوأضاف سميث أن المخزون يكفي ستة أشهر.`, '2024-05-02'],
] as const;

// An answer to `these allegations` reprinted by another outlet first; then the outlet that reports the allegation too.
const ANSWER = 'وأشارت المنظمة إلى أن هذه الادعاءات تنافي الواقع بالنظر إلى ما تقوم به الجمعية من جهود كبيرة في مكافحة التهريب عبر الحدود.';
const ALLEGATION_AFTER_REPRINT = [
  [`المنظمة ترد على الوزير\n\n${ANSWER}`, '2024-05-01'],
  [`المنظمة تستنكر تصريحات الوزير\n\nاستنكرت المنظمة تصريحات الوزير التي ادعى فيها بأن الجمعية تمول التهريب.\n\n${ANSWER}`, '2024-05-02'],
] as const;

const claimsOf = (articles: readonly (readonly [string, string])[]) =>
  groupClaims(articles.map(([t, d]) => sourceFromAnalysis(analysisOf(t, d))), { fallbackDate: NOW().toISOString() });

describe('earlier statements of an article follow its echo into a claim (in memory)', () => {
  it('takes along the headline the lead restates when the lead joins another outlet\'s reprint; the other statement stays out', () => {
    const claims = claimsOf(HEADLINE_AFTER_REPRINT);
    expect(claims.map((c) => c.members.length)).toEqual([3]);
    expect(claims[0].members.some((m) => m.content.startsWith('لن نرفع'))).toBe(true);
    expect(claims[0].members.some((m) => m.content.includes('المخزون'))).toBe(false);
  });

  it('takes along the allegation an answer refers to when the answer joins another outlet\'s reprint', () => {
    const claims = claimsOf(ALLEGATION_AFTER_REPRINT);
    expect(claims.map((c) => c.members.length)).toEqual([3]);
    expect(claims[0].members.some((m) => m.content.includes('الجمعية تمول'))).toBe(true);
  });
});

describe('followers', () => {
  const member = (n: number, content: string, over: Partial<Member> = {}): Member => ({
    statementId: `a:${n}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto', speaker: { text: 'x' }, speakerKey: 'x',
    content, entities: [], lang: 'en', date: NOW().toISOString(), ...over,
  });
  const allegation = echoItemOf(member(1, 'the association funds smuggling'), undefined, undefined, false, { alleges: true });
  const other = echoItemOf(member(2, 'the stock lasts six months'));
  const answer = echoItemOf(member(3, 'these allegations contradict the facts'), undefined, undefined, false, { refers: true });
  const reprint = echoItemOf(member(0, 'these allegations contradict the facts', { articleId: 'b', statementId: 'b:0' }));

  it.each([
    ['an earlier statement the item echoes, in no claim, follows', () => true, [allegation]],
    ['one already in a claim does not', (s: string) => s !== 'a:1', []],
  ])('%s', (_name, free, expected) => {
    expect(followers(answer, [allegation, other], free, reprint)).toEqual(expected);
  });

  it('the statement the item joined by is not taken twice', () => {
    expect(followers(answer, [allegation, other], () => true, allegation)).toEqual([]);
  });
});

for (const database of TEST_DATABASES) {
describe(`earlier statements follow an echo in the store (${database.name})`, () => {
  let store: Store;
  storePerTest(database, (s) => { store = s; }, NOW);

  it.each([['a headline', HEADLINE_AFTER_REPRINT], ['an allegation', ALLEGATION_AFTER_REPRINT]] as const)('gives the claims groupClaims gives in memory (%s)', async (_name, articles) => {
    const as = articles.map(([text, date]) => analysisOf(text, date));
    for (const a of as) await placeClaims(store, (await store.saveAnalysis(a)).id, { now: NOW });
    const memory = groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() });
    expect(Object.values(shape(memory)).map((ids) => ids.length)).toEqual([3]);
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(shape(memory));
  });
});
}
