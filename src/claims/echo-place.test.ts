import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { echoItemOf } from './echo.js';
import { followers, joinOf } from './echo-place.js';
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
  [`بيان للمنظمة حول تصريحات الوزير\n\nوأصدرت المنظمة بيانا حول تصريحات الوزير التي ادعى فيها بأن الجمعية تمول التهريب.\n\n${ANSWER}`, '2024-05-02'],
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

// A third outlet's sentence restates both a reprinted sentence (in a claim) and a fourth outlet's one (waiting alone),
// this one best: the four are one claim, not the reprint's and a second beside it.
const SCHOOLS = 'The Lebanese ministry said that the rebels will open 3 schools and 5 clinics in the villages near Arsal before the winter.';
const OFFER = 'The rebel commander said: if they give us 5 doctors, we will build 3 schools for the children of the villages';
const BOTH = [
  [`Rebels to open schools\n\n${SCHOOLS}`, '2024-05-01'],
  [`Ministry on rebel schools\n\n${SCHOOLS}`, '2024-05-01'],
  [`Rebel offer\n\n${OFFER}.`, '2024-05-01'],
  [`Rebels offer schools\n\n${OFFER}, and the rebels will open 5 clinics near Arsal.`, '2024-05-02'],
] as const;

describe('an item that echoes a waiting statement best and a claimed one too joins the claim, taking the waiting one along', () => {
  it('makes one claim of the four statements (in memory)', () => {
    expect(claimsOf(BOTH).map((c) => c.members.length)).toEqual([4]);
  });
  it('makes two claims when the last outlet restates only the waiting statement', () => {
    expect(claimsOf([...BOTH.slice(0, 3), [`Rebels offer schools\n\n${OFFER}.`, '2024-05-02']]).map((c) => c.members.length).sort()).toEqual([2, 2]);
  });
});

describe('joinOf', () => {
  const c = (n: number, claimId?: string) => ({ item: echoItemOf({
    statementId: `s:${n}`, articleId: `s${n}`, position: 'for', stance: 'assert', rule: 'echo', origin: 'auto', speaker: { text: 'x' }, speakerKey: 'x',
    content: 'x', entities: [], lang: 'en', date: NOW().toISOString(),
  }), ...(claimId ? { claimId } : {}) });
  const waiting = c(1), claimed = c(2, 'echo:a'), other = c(3, 'echo:b');
  it.each([
    ['nothing echoed: nowhere', [], undefined],
    ['the best in a claim: that claim', [claimed, other], { found: claimed }],
    ['the best waiting, another in a claim: the first such claim takes both', [waiting, claimed, other], { found: waiting, claimed }],
    ['the best waiting, none in a claim: a new claim', [waiting], { found: waiting, claimed: undefined }],
  ])('%s', (_name, ranked, expected) => expect(joinOf(ranked)).toEqual(expected));
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

  it.each([['a headline', HEADLINE_AFTER_REPRINT, 3], ['an allegation', ALLEGATION_AFTER_REPRINT, 3], ['a waiting statement taken into a claim', BOTH, 4]] as const)('gives the claims groupClaims gives in memory (%s)', async (_name, articles, size) => {
    const as = articles.map(([text, date]) => analysisOf(text, date));
    for (const a of as) await placeClaims(store, (await store.saveAnalysis(a)).id, { now: NOW });
    const memory = groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() });
    expect(Object.values(shape(memory)).map((ids) => ids.length)).toEqual([size]);
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(shape(memory));
  });
});
}
