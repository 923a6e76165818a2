import { describe, expect, it } from 'vitest';
import { continuationOf, follows } from './continuation.js';
import { speakersAgree } from './copy.js';
import { echoItemOf, echoOf, waitsInPool, type EchoItem } from './echo.js';
import { followers } from './echo-place.js';
import { titleLeadOf } from './lead.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { officeOfCountry } from './speaker-names.js';
import { analysisOf, syntheticSource } from './test-helpers.js';
import type { Member } from './types.js';

// Session 9's echo rules, on synthetic sentences: a title restating its lead (lead.ts `titleLeadOf`), a speaker going
// on about a point in the next breath (continuation.ts `follows`), and an office of a country not taken for the
// country's own voice (speaker-names.ts `officeOfCountry`).

const DAY = '2024-05-01T00:00:00.000Z';

const member = (statementId: string, content: string, over: Partial<Member> = {}): Member => ({
  statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
  speaker: { text: 'الميناء' }, speakerKey: 'الميناء', content, entities: [], lang: 'ar', date: DAY, ...over,
});
/** An echo item whose words and predicate stems are the given space-separated stems. */
const item = (m: Member, stems: string, roles: Parameters<typeof echoItemOf>[4] = {}, headline = false): EchoItem =>
  echoItemOf(m, () => stems.split(' ').map((w) => [w]), () => stems.split(' ').map((w) => [w]), headline, roles);

describe('titleLeadOf: the title restating the lead', () => {
  const TITLE = member('a:0', 'الميناء يستأنف الشحن', { speaker: { text: 'تونس' }, speakerKey: 'country:TN', entities: ['country:TN'] });
  const LEAD = member('a:1', 'ميناء رادس استأنف الشحن بعد إضراب العمال', { speaker: { text: 'مدير الميناء' }, speakerKey: 'مدير الميناء', entities: ['country:TN'] });

  it('joins a title and the lead sharing a predicate word, whoever each names as speaker', () => {
    expect(titleLeadOf(item(TITLE, 'منء نف شحن', {}, true), item(LEAD, 'منء رادس نف شحن ضرب عمل', { lead: true }))).toBe(3);
  });

  it('does not join the title to a statement that is not the lead, nor two body statements', () => {
    expect(titleLeadOf(item(TITLE, 'منء نف شحن', {}, true), item(LEAD, 'منء رادس نف شحن ضرب عمل'))).toBeUndefined();
    expect(titleLeadOf(item(TITLE, 'منء نف شحن'), item(LEAD, 'منء رادس نف شحن ضرب عمل', { lead: true }))).toBeUndefined();
  });

  it('does not join when each names an entity the other does not, their numbers differ, or they share no word', () => {
    const other = member('a:1', 'ميناء طرابلس استأنف الشحن', { entities: ['country:LY'] });
    expect(titleLeadOf(item(TITLE, 'منء نف شحن', {}, true), item(other, 'منء طرب نف شحن', { lead: true }))).toBeUndefined();
    const counted = (id: string, n: string, headline: boolean) => item(member(id, `الميناء يستقبل ${n} سفينة`), 'منء قبل سفن', id === 'a:1' ? { lead: true } : {}, headline);
    expect(titleLeadOf(counted('a:0', '40', true), counted('a:1', '12', false))).toBeUndefined();
    expect(titleLeadOf(item(TITLE, 'طقس حرر', {}, true), item(LEAD, 'منء رادس نف شحن', { lead: true }))).toBeUndefined();
  });

  it('joins a title of two names and a generic verb to a lead naming both, not one naming a single name', () => {
    const names = (id: string, entities: string[], headline: boolean, stems: string) =>
      item(member(id, 'تونس وليبيا للتعاون', { entities }), stems, id === 'a:1' ? { lead: true } : {}, headline);
    expect(titleLeadOf(names('a:0', ['country:LY', 'country:TN'], true, 'تنظم'), names('a:1', ['country:LY', 'country:TN'], false, 'أمن حدد'))).toBe(0);
    expect(titleLeadOf(names('a:0', ['country:TN'], true, 'تنظم'), names('a:1', ['country:TN'], false, 'أمن حدد'))).toBeUndefined();
  });

  it('is how echoOf matches a short title with its lead, and nothing else of its article; it waits in no pool', () => {
    const title = item(member('a:0', 'الشحن يستأنف'), 'شحن نف', {}, true);
    expect(waitsInPool(title)).toBe(false);
    expect(waitsInPool(item(LEAD, 'منء رادس نف شحن ضرب عمل', { lead: true }))).toBe(true);
    expect(echoOf(title, item(LEAD, 'منء رادس نف شحن ضرب عمل', { lead: true }))).toMatchObject({ ok: true, how: 'headline' });
    expect(echoOf(title, item(member('a:2', 'الشحن استأنف بعد الإضراب'), 'شحن نف ضرب'))).toMatchObject({ ok: false });
  });
});

describe('followers: an evaluating title follows its lead into a claim', () => {
  const LEAD = member('a:1', 'ميناء رادس استأنف الشحن بعد إضراب العمال', { speakerKey: 'country:TN', entities: ['country:TN'] });
  const lead = item(LEAD, 'منء رادس نف شحن ضرب عمل', { lead: true });
  const reprint = item(member('b:1', 'ميناء رادس استأنف الشحن بعد إضراب العمال', { articleId: 'b', speakerKey: 'country:TN', entities: ['country:TN'] }), 'منء رادس نف شحن ضرب عمل');

  it('takes the title that characterises what the lead states (`انتصار`), once the lead joined another outlet', () => {
    const title = item(member('a:0', 'استئناف الشحن انتصار للعمال', { speakerKey: 'country:TN', entities: ['country:TN'] }), 'نف شحن نصر عمل', { evaluates: true }, true);
    expect(echoOf(lead, title).ok).toBe(false);
    expect(followers(lead, [title], () => true, reprint)).toEqual([title]);
  });

  it('does not take a title that shares no word with the lead', () => {
    const title = item(member('a:0', 'يوم حزين للمدينة'), 'يوم حزن مدن', { evaluates: true }, true);
    expect(followers(lead, [title], () => true, reprint)).toEqual([]);
  });
});

describe('continuationOf: a speaker going on in the next breath (follows)', () => {
  const FIRST = member('a:3', 'السفن تنتظر في عرض البحر منذ أسبوع');
  const NEXT = member('a:4', 'عشرات السفن ما زالت تنتظر دورها للرسو');
  const first = (stems = 'سفن نظر بحر سبع عرض') => item(FIRST, stems);
  const next = (roles: Parameters<typeof echoItemOf>[4], m = NEXT) => item(m, 'عشر سفن نظر دور رسو', roles);

  it('joins the next statement of the speaker sharing two predicate words, with only a cue between', () => {
    expect(continuationOf(first(), next({ follows: true }))).toBe(2);
  });

  it('does not when a sentence of its own stands between, the later adds a point, or each names other entities', () => {
    expect(continuationOf(first(), next({}))).toBeUndefined();
    expect(continuationOf(first(), next({ follows: true, coordinated: true }))).toBeUndefined();
    const apart = (id: string, content: string, e: string) => member(id, content, { entities: [e] });
    expect(continuationOf(item(apart('a:3', FIRST.content, 'country:TN'), 'سفن نظر بحر سبع عرض'), next({ follows: true }, apart('a:4', NEXT.content, 'country:LY')))).toBeUndefined();
  });

  it('does not when both name quantities and share none (a share now, a share expected)', () => {
    const share = (id: string, n: string, stems: string, roles = {}) => item(member(id, `حصة الميناء من الشحن ${n} في المئة`), stems, roles);
    expect(continuationOf(share('a:3', 'بلغت 30', 'حصة منء شحن بلغ سنه'), share('a:4', 'ستبلغ 45', 'حصة منء توقع عقد زيد', { follows: true }))).toBeUndefined();
    expect(continuationOf(share('a:3', 'بلغت 30', 'حصة منء شحن بلغ سنه'), share('a:4', 'بلغت 30', 'حصة منء توقع عقد زيد', { follows: true }))).toBe(2);
  });

  it('reads `follows` as a content starting within a cue of the previous one\'s end', () => {
    const text = 'قال المدير إن السفن تنتظر في عرض البحر. وأضاف أن السفن تنتظر دورها. وفي سياق آخر أعلنت الشركة المشغلة للميناء عن نتائجها المالية للربع الثاني من العام، وقال المدير إن الأرباح زادت.';
    const src = syntheticSource(text, [
      { speaker: 'المدير', content: 'السفن تنتظر في عرض البحر' },
      { speaker: 'المدير', content: 'السفن تنتظر دورها' },
      { speaker: 'المدير', content: 'الأرباح زادت' },
    ], {});
    expect([follows(src, 0), follows(src, 1), follows(src, 2)]).toEqual([false, true, false]);
  });
});

describe('officeOfCountry: an official linked to the country', () => {
  it('holds for a title of the country, not for the country named alone', () => {
    expect(officeOfCountry({ text: 'وزير خارجية مصر', entity: 'country:EG' })).toBe(true);
    expect(officeOfCountry({ text: 'مصر', entity: 'country:EG' })).toBe(false);
    expect(officeOfCountry({ text: 'وزير الخارجية' })).toBe(false);
  });

  it('lets another outlet\'s reprint by the official, named otherwise, join the copy (claim grouping)', () => {
    const sentence = 'على جميع الموانئ في المنطقة أن ترفع مستوى التأهب خلال موسم الأعاصير المقبل وأن تراجع خطط الإخلاء';
    const a = analysisOf(`تحذير من الأعاصير\n\nوقال مفتي الديار إن ${sentence}.`, '2024-05-01');
    const b = analysisOf(`الموانئ في حالة تأهب\n\nوقال مفتي تونس إن ${sentence}.`, '2024-05-02');
    const claims = groupClaims([a, b].map((x) => sourceFromAnalysis(x)), { fallbackDate: DAY });
    const together = claims.find((c) => new Set(c.members.map((m) => m.articleId)).size === 2);
    expect(together?.members.map((m) => m.content)).toEqual([sentence, sentence]);
    expect(together!.members.map((m) => m.speaker.entity)).toEqual([undefined, 'country:TN']);
    expect(speakersAgree(together!.members[0], together!.members[1])).toBe(false);
  });
});
