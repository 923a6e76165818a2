import { describe, expect, it } from 'vitest';
import { chooseEcho, ECHO_CONCEPT, echoable, echoItemOf, echoItemsOf, echoOf } from './echo.js';
import { groupArticle } from './group.js';
import { groupClaims, placeArticle, sourceFromAnalysis } from './index.js';
import { analysisOf, ECHO_ARTICLES } from './test-helpers.js';
import type { Member } from './types.js';

// Echoes (echo.ts): concept-less statements that carry the same proposition in several outlets and languages.

const DAY = '2024-05-01T00:00:00.000Z';
const dayAfter = (n: number) => new Date(Date.parse(DAY) + n * 86_400_000).toISOString();
const AT = { fallbackDate: DAY };

function member(content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `${over.articleId ?? 'a'}:${content.length}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'x' }, speakerKey: 'x', content, entities: ['country:IN', 'country:IR'], lang: 'en', date: DAY, ...over,
  };
}

const OPENED = 'Iran opened the port of Chabahar to Indian ships and will let 40 vessels dock each month from India';
const OPENED_AR = 'إيران فتحت ميناء تشابهار أمام السفن الهندية وستسمح لـ 40 سفينة من الهند بالرسو كل شهر';
// After the open TICO-19 pair (Wikinews, CC BY 2.5; translation CC0): the same figures in two languages.
const FIGURES = 'the recorded infected cases included 114 active cases and 33 recovered cases staying at home';
const FIGURES_AR = 'بلغ عدد الحالات المصابة المسجلة 114 حالة نشطة و33 حالة تعاف كانت تقيم في المنازل';

describe('echoOf: is one statement an echo of another', () => {
  it.each([
    ['the same sentence in another outlet, worded a little differently, is an echo',
      member(OPENED), member('Iran opened the port of Chabahar to Indian ships and would let 40 vessels dock every month from India', { articleId: 'b' }), true],
    ['an Arabic translation with the same numbers, entities and speaker is an echo',
      member(OPENED, { speaker: { text: 'ministry', entity: 'country:IR' }, speakerKey: 'country:IR' }),
      member(OPENED_AR, { articleId: 'b', lang: 'ar', speaker: { text: 'الوزارة', entity: 'country:IR' }, speakerKey: 'country:IR' }), true],
    ['the same sentence with another number is not',
      member(OPENED), member(OPENED.replace('40', '60'), { articleId: 'b' }), false],
    ['a translation sharing entities but no number is not (ids alone agree too easily)',
      member('Iran opened the port of Chabahar to Indian ships', { entities: ['country:IN', 'country:IR'] }),
      member('إيران فتحت ميناء تشابهار أمام السفن الهندية', { articleId: 'b', lang: 'ar' }), false],
    ['a translation four days later is not',
      member(OPENED), member(OPENED_AR, { articleId: 'b', lang: 'ar', date: dayAfter(4) }), false],
    ['a fragment lying whole inside a long sentence is not',
      member(`${OPENED}, the ministry added in a long statement on shipping, trade and the future of relations with New Delhi`),
      member('Iran opened the port of Chabahar', { articleId: 'b' }), false],
    ['two statements of one article are not compared', member(OPENED), member(OPENED), false],
    ['a translation with the same two figures and no other anchor is an echo (the same figures)',
      member(FIGURES, { entities: [] }), member(FIGURES_AR, { articleId: 'b', lang: 'ar', entities: [] }), true],
    ['a translation sharing one of two figures is not',
      member(FIGURES, { entities: [] }), member(FIGURES_AR.replace('33', '35'), { articleId: 'b', lang: 'ar', entities: [] }), false],
    ['a translation sharing two figures, one side naming a third, is not',
      member(`${FIGURES} and 12 deaths`, { entities: [] }), member(FIGURES_AR, { articleId: 'b', lang: 'ar', entities: [] }), false],
  ])('%s', (_name, a, b, expected) => {
    expect(echoOf(echoItemOf(a), echoItemOf(b)).ok).toBe(expected);
  });

  it('a statement naming one entity and no number, said by that entity or an unlinked speaker, echoes nothing (characterisations republished word for word)', () => {
    const liberation = 'The liberation of the province is a beginning and a key to further victories across the country';
    expect(echoable(echoItemOf(member(liberation, { entities: ['country:YE'] })))).toBe(false);
    expect(echoable(echoItemOf(member(liberation, { entities: ['country:YE'], speaker: { text: 'the minister', entity: 'country:YE' }, speakerKey: 'country:YE' })))).toBe(false);
    expect(echoable(echoItemOf(member(OPENED)))).toBe(true);
  });

  it('another proposition about the same entities on the same day is not ("will meet" is not "opened")', () => {
    // Predicate words as echoItemsOf reads them off an article, names left out (read from the content alone, `port
    // Chabahar` would be a phrase of rare words: rare-words.ts).
    const opened = echoItemOf(member(OPENED), undefined, () => [['open'], ['port'], ['ship'], ['let'], ['vessel'], ['dock'], ['month']]);
    const meet = echoItemOf(member('Iran will meet India next week to discuss the port of Chabahar and trade between the two countries', { articleId: 'b' }),
      undefined, () => [['meet'], ['next'], ['week'], ['discuss'], ['port'], ['trade'], ['between'], ['two'], ['countr']]);
    expect(echoOf(opened, meet).ok).toBe(false);
    expect(echoOf(meet, opened).ok).toBe(false);
  });

  it('a statement naming one entity echoes the same words only from the same linked speaker', () => {
    const losses = 'Turkey suffered heavy losses in its fight against the terrorists but will keep fighting them';
    const by = (speaker: string, articleId: string) => echoItemOf(member(losses, { articleId, entities: ['country:TR'], speaker: { text: speaker, entity: speaker }, speakerKey: speaker }));
    expect(echoOf(by('person:erdogan', 'a'), by('person:erdogan', 'b')).ok).toBe(true);
    expect(echoOf(by('person:erdogan', 'a'), by('person:davutoglu', 'b')).ok).toBe(false);
  });

  it('chooses the closest same-language candidate over a translation, whatever their order', () => {
    const it = echoItemOf(member(OPENED));
    const near = { item: echoItemOf(member(OPENED.replace('will let', 'is letting'), { articleId: 'b' })), claimId: 'near' };
    const translated = { item: echoItemOf(member(OPENED_AR, { articleId: 'c', lang: 'ar' })), claimId: 'translated' };
    expect(chooseEcho(it, [translated, near])?.claimId).toBe('near');
    expect(chooseEcho(it, [near, translated])?.claimId).toBe('near');
  });
});

const articles = ECHO_ARTICLES;
const sourceOf = (k: keyof typeof articles) => sourceFromAnalysis(analysisOf(articles[k][0], articles[k][1]));

describe('echo claims', () => {
  it('the statements are concept-less: they reach echo placement, not a concept group', () => {
    const src = sourceOf('opened');
    const groups = groupArticle(src, DAY);
    expect(groups).toEqual([]);
    expect(echoItemsOf(src, groups, DAY).map((i) => i.quantities)).toEqual([[40]]);
  });

  it('joins the same proposition from two English outlets and an Arabic one into one claim; another proposition stays out', () => {
    const claims = groupClaims([sourceOf('opened'), sourceOf('meet'), sourceOf('openedAgain'), sourceOf('openedAr')], AT);
    expect(claims.map((c) => [c.id, c.concept])).toEqual([['echo:country:IN+country:IR', ECHO_CONCEPT]]);
    expect(claims[0].members.map((m) => [m.lang, m.rule])).toEqual([['en', 'echo'], ['en', 'echo'], ['ar', 'echo']]);
    expect(claims[0].members.some((m) => m.content.includes('will meet'))).toBe(false);
  });

  it('makes no claim of a lone concept-less statement (the claims list is not flooded)', () => {
    expect(groupClaims([sourceOf('opened'), sourceOf('meet')], AT)).toEqual([]);
  });

  it('re-placing an article gives the same claims', () => {
    const once = groupClaims([sourceOf('opened'), sourceOf('openedAgain')], AT);
    const twice = groupClaims([sourceOf('opened'), sourceOf('openedAgain'), sourceOf('opened')], AT);
    expect(twice.map((c) => [c.id, c.members.map((m) => m.statementId).sort()])).toEqual(once.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));
  });

  it('without a pool, placeArticle makes no echo claims', () => {
    expect(placeArticle(placeArticle([], sourceOf('opened'), AT), sourceOf('openedAgain'), AT)).toEqual([]);
  });
});
