import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Arabic stance, our own sentences: a verb of command opening a content (ar/stance-jussive.ts), threatening as the
// content's predicate (stance-leads.tsv), "without any basis" and destabilising or a subversive role laid on a party
// (stance-markers.tsv), and "no one was …" (stance-openers.tsv).
const first = (sentence: string) => statementsOf('ar', 'عنوان الخبر', sentence)[0];

describe('a verb with the lam of command bids someone act', () => {
  it.each([
    ['ليـ in a quotation', 'وقال رئيس الحزب: «ليتحمل الوزير نتائج قراره أمام البرلمان».'],
    ['لنـ in a quotation', 'وقال المتحدث: «لنبدأ صفحة جديدة مع جيراننا».'],
    ['فليـ after a colon', 'وقال المتحدث: فليخرج الوزراء إلى الناس ويشرحوا ما جرى.'],
  ] as const)('%s', (_name, sentence) => {
    expect(first(sentence)).toMatchObject({ stance: 'demand' });
  });
  it('leaves ليس and a clause of purpose outside a quotation as they are', () => {
    expect(first('وقال الوزير: «ليس لدينا أي معلومات عن المفقودين».')).not.toMatchObject({ stance: 'demand' });
    expect(first('وقال المدير إن ليبيا ستستضيف المعرض العام المقبل.')).toMatchObject({ stance: 'assert' });
  });
});

describe('other Arabic stance words', () => {
  it('reads threatening as the predicate as a warning, not in a relative clause', () => {
    expect(first('وقال الخبير إن الجفاف يهدد المحاصيل في الجنوب هذا العام.')).toMatchObject({ stance: 'warn' });
    expect(first('وقال الخبير إن الحكومة تلاحق العصابات التي تهدد المزارعين في الجنوب.')).toMatchObject({ stance: 'assert' });
  });
  it('reads "without any basis" as a denial', () => {
    expect(first('وقال المدرب إن هذا الكلام يسيء إلى الفريق دون أي أساس لذلك.')).toMatchObject({ stance: 'deny' });
  });
  it.each([
    ['زعزعة الاستقرار', 'وقال الوزير إن الجماعة تمول خلايا تعمل على زعزعة الاستقرار في البلاد.'],
    ['دورها التخريبي', 'وقال المتحدث إن الحركة تواصل دورها التخريبي في الإقليم منذ سنوات.'],
    ['الخطاب العدواني', 'وقال المتحدث إن الخطاب العدواني للرئيس يكشف نواياه الحقيقية.'],
  ] as const)('reads %s laid on a party as an accusation', (_name, sentence) => {
    expect(first(sentence)).toMatchObject({ stance: 'accuse' });
  });
  it('reads "no one was able" opening a content as an account, not a denial', () => {
    expect(first('وقال المتحدث: «لم يكن أحد يستطيع دخول المبنى دون إذن المدير».')).toMatchObject({ stance: 'assert' });
    expect(first('وقال المتحدث: «لم يكن المدير في المبنى ذلك اليوم».')).toMatchObject({ stance: 'deny' });
  });
});
