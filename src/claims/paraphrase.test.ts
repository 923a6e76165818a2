import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { echoItemOf, echoOf } from './echo.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';
import type { Member } from './types.js';

// Paraphrases (paraphrase.ts): one proposition restated in other words by another outlet joins its echo claim.

const DAY = '2024-05-01T00:00:00.000Z';
const dayAfter = (n: number) => new Date(Date.parse(DAY) + n * 86_400_000).toISOString();

function member(content: string, entities: string[], over: Partial<Member> = {}): Member {
  return {
    statementId: `${over.articleId ?? 'a'}:${content.length}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'x' }, speakerKey: 'x', content, entities, lang: 'ar', date: DAY, ...over,
  };
}

// Names are left out of the stems by echoItemsOf (it knows their mentions); here the predicate words are given.
const item = (m: Member, predicate: string) => echoItemOf(m, undefined, () => predicate.split(' ').map((w) => [w]));

const SY_ISIS = ['country:SY', 'org:isis'];

describe('echoOf: a paraphrase in one language', () => {
  it.each([
    ['a release restated with its verbal noun, the same countries, is one proposition',
      item(member('أفرجت جماعة الحوثي عن الرهينة الفرنسية المحتجزة في اليمن منذ أشهر', ['country:FR', 'country:YE']), 'فرج رهن حتجز شهر'),
      item(member('إطلاق سراح رهينة فرنسية كانت محتجزة لدى الحوثيين في صنعاء باليمن', ['country:FR', 'country:YE'], { articleId: 'b' }), 'طلق سرح رهن حتجز'), true],
    ['does not join two different strikes that share Syria and ISIS (another actor on each side)',
      item(member('طائرات روسية قصفت مواقع تنظيم داعش في ريف حلب شمال سوريا', [...SY_ISIS, 'country:RU']), 'طرت قصف وقع ريف'),
      item(member('طائرات التحالف بقيادة واشنطن قصفت مواقع داعش في ريف الرقة بسوريا', [...SY_ISIS, 'country:US'], { articleId: 'b' }), 'طرت قصف وقع ريف'), false],
    ['does not join two propositions about the same entities with other predicates',
      item(member('سوريا ستشارك في مؤتمر دولي لمكافحة تنظيم داعش الشهر المقبل', SY_ISIS), 'شرك ؤتمر دول كفح'),
      item(member('تنظيم داعش دمر معبدا أثريا في مدينة تدمر السورية', SY_ISIS, { articleId: 'b' }), 'دمر عبد ثري دنت'), false],
    ['does not join the same words three days later (only the same words join a late reprint)',
      item(member('أفرجت جماعة الحوثي عن الرهينة الفرنسية المحتجزة في اليمن منذ أشهر', ['country:FR', 'country:YE']), 'فرج رهن حتجز شهر'),
      item(member('إطلاق سراح رهينة فرنسية كانت محتجزة لدى الحوثيين في صنعاء باليمن', ['country:FR', 'country:YE'], { articleId: 'b', date: dayAfter(3) }), 'طلق سرح رهن حتجز'), false],
    ['does not join a two-word clause to a long sentence that contains it',
      item(member('الحوثيون أفرجوا عن رهينة في اليمن', ['country:FR', 'country:YE']), 'فرج رهن'),
      item(member('long', ['country:FR', 'country:YE'], { articleId: 'b' }), 'فرج رهن طلب حكم تدخل قبل شهر مفاوض وسيط عمان طرف'), false],
  ])('%s', (_name, a, b, expected) => {
    expect(echoOf(a, b).ok).toBe(expected);
  });
});

describe('echoOf: one linked person restating their position weeks later (SPEAKER_PARAPHRASE_WINDOW_DAYS)', () => {
  const by = (entity: string, text: string) => ({ speaker: { text, entity }, speakerKey: entity, lang: 'en' as const });
  const EARLY = member('the country will leave the customs union by March with or without an agreement', ['country:NL', 'org:union'], by('person:okafor', 'Okafor'));
  const later = (over: Partial<Member>) => member('Norland must quit the union by that date, agreement or no agreement', ['country:NL', 'org:union'],
    { articleId: 'b', date: dayAfter(12), ...by('person:okafor', 'Okafor'), ...over });
  const early = item(EARLY, 'leave union march agreement');

  it('joins the same person\'s restatement twelve days on', () => {
    expect(echoOf(early, item(later({}), 'leave union date agreement')).ok).toBe(true);
  });

  it('joins a country speaking in other words within two days (PARAPHRASE_WINDOW_DAYS): the window alone tells it apart', () => {
    const country = item(member(EARLY.content, ['country:NL', 'org:union'], by('country:NL', 'Norland')), 'leave union march agreement');
    expect(echoOf(country, item(later({ date: dayAfter(2), ...by('country:NL', 'Norland') }), 'leave union date agreement')).ok).toBe(true);
  });

  it('does not join another person, nor a body or country speaking, twelve days on (the story window only)', () => {
    expect(echoOf(early, item(later(by('person:tembo', 'Tembo')), 'leave union date agreement')).ok).toBe(false);
    const country = item(member(EARLY.content, ['country:NL', 'org:union'], by('country:NL', 'Norland')), 'leave union march agreement');
    expect(echoOf(country, item(later(by('country:NL', 'Norland')), 'leave union date agreement')).ok).toBe(false);
  });
});

// Two outlets report one release in other words (after the ar-news pattern: title, then the attributed lead).
const RELEASE = [
  ['الإفراج عن رهينة فرنسية في اليمن\n\nأعلنت الرئاسة الفرنسية أن الحوثيين أفرجوا عن الرهينة الفرنسية المحتجزة في اليمن منذ أشهر بعد وساطة من سلطنة عمان.', '2024-05-01'],
  ['إطلاق سراح فرنسية محتجزة في اليمن\n\nقالت باريس إن الرهينة الفرنسية التي كانت محتجزة في اليمن أطلق سراحها بوساطة عمانية بعد أشهر من الاحتجاز.', '2024-05-02'],
] as const;

let store: Store;
const NOW = () => new Date('2024-05-03T12:00:00Z');
const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

for (const database of TEST_DATABASES) {
describe(`paraphrases in the store (${database.name})`, () => {
  storePerTest(database, (s) => { store = s; }, NOW);

  it('gives the claims groupClaims gives in memory, one article at a time', async () => {
    const as = RELEASE.map(([text, date]) => analysisOf(text, date));
    for (const a of as) await placeClaims(store, (await store.saveAnalysis(a)).id, { now: NOW });
    const memory = groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() });
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(shape(memory));
  });
});
}
