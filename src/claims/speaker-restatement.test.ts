import { describe, expect, it } from 'vitest';
import { echoItemOf, echoOf } from './echo.js';
import { lookupKeys } from './echo-item.js';
import type { Member } from './types.js';

// One linked speaker's point told the same day by two outlets in other words, with no content entity or quantity in
// common (speaker-restatement.ts). Synthetic sentences, written for these tests; the predicate words are given, as
// echoItemsOf would read them off the article.

const DAY = '2024-05-01T09:00:00.000Z';
const LATER_SAME_DAY = '2024-05-01T18:00:00.000Z';
const NEXT_DAY = '2024-05-02T09:00:00.000Z';

function member(articleId: string, content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `${articleId}:1`, articleId, position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'وزير الخارجية', entity: 'person:halvorsen' }, speakerKey: 'person:halvorsen', content, entities: [], lang: 'ar', date: DAY, ...over,
  };
}
const item = (m: Member, predicate: string) => echoItemOf(m, undefined, () => predicate.split(' ').map((w) => [w]));

// The minister's agreement on arms sales, as two outlets word it: five of the six predicate words meet.
const FIRST = item(member('a', 'اتفقنا على تسريع مبيعات الأسلحة والقيام بتدريبات مشتركة للقوات الخاصة'), 'تفق سرع بيع سلح درب خاص');
const second = (over: Partial<Member> = {}, predicate = 'تفق سرع بيع سلح درب طول') =>
  item(member('b', 'تم الاتفاق على تسريع بيع بعض الأسلحة التي تطول إجراءاتها وعلى تدريبات مشتركة', { date: LATER_SAME_DAY, ...over }), predicate);

describe('echoOf: one linked speaker restating a point the same day', () => {
  it('joins the two outlets\' wordings, which share no anchor', () => {
    expect(echoOf(FIRST, second())).toEqual({ ok: true, how: 'paraphrase', score: 5 });
  });

  it('does not join them a day apart', () => {
    expect(echoOf(FIRST, second({ date: NEXT_DAY })).ok).toBe(false);
  });

  it('does not join them when the speaker is unlinked or another person', () => {
    expect(echoOf(FIRST, second({ speaker: { text: 'الوزير' }, speakerKey: 'الوزير' })).ok).toBe(false);
    expect(echoOf(FIRST, second({ speaker: { text: 'الوزيرة', entity: 'person:moreau' }, speakerKey: 'person:moreau' })).ok).toBe(false);
  });

  it('does not join a country\'s two statements (every official of it speaks as the country)', () => {
    const byCountry = { speaker: { text: 'النرويج', entity: 'country:NO' }, speakerKey: 'country:NO' };
    expect(echoOf(item(member('a', FIRST.member.content, byCountry), 'تفق سرع بيع سلح درب خاص'), second(byCountry)).ok).toBe(false);
  });

  it('does not join a point that is one of many in a long statement (under half of the longer predicate)', () => {
    expect(echoOf(FIRST, second({}, 'تفق سرع بيع سلح درب طول قمة نفط غاز ميناء مطار سفر')).ok).toBe(false);
  });

  it('does not join two points sharing two words', () => {
    expect(echoOf(FIRST, second({}, 'تفق سرع حدد موعد قمة')).ok).toBe(false);
  });

  it('is looked up in the pool by the linked speaker, and an unlinked one by nothing of it', () => {
    expect(lookupKeys(FIRST)).toContain('s:person:halvorsen');
    expect(lookupKeys(item(member('c', 'نص', { speaker: { text: 'مصدر' }, speakerKey: 'مصدر' }), 'نص')).some((k) => k.startsWith('s:'))).toBe(false);
  });
});
