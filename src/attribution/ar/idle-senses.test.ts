import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Cue words in a sense that reports no speech (ar/call-sense.ts, ar/threat-sense.ts, ar/declined.ts): our own
// sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (text: string, title = T) => statementsOf('ar', title, text);
const cues = (text: string, title = T) => ar(text, title).map((s) => `${s.stance}:${s.speaker}`);

describe('Arabic دعا/تمنى: a call that asks nobody', () => {
  it.each([
    ['a situation gives cause for worry, after إلى', 'وقال المحلل إن الوضع الراهن يدعو إلى القلق الشديد.'],
    ['a courtesy wish of recovery', 'وتمنى المحافظ الشفاء العاجل لجميع المصابين في الحادث.'],
    ['a courtesy wish of success with a pronoun first', 'وتمنت الوزيرة لهم التوفيق في مهامهم الجديدة.'],
    ['a prayer for the injured', 'ودعا الشيخ للمصابين بالشفاء والعافية.'],
    ['a prayer to God with أن', 'ودعا نائب رئيس الجمعية الله أن يحفظ البلاد من كل سوء.'],
    ['a prayer to God with praise words', 'ودعا الخطيب المولى عز وجل أن يرحم الضحايا.'],
  ])('%s: no demand', (_name, sentence) => {
    expect(ar(sentence).filter((s) => s.stance === 'demand')).toEqual([]);
  });

  it('a headline whose subject gives cause for optimism is no statement', () => {
    expect(cues('وقال المتحدث إن الاجتماع سيعقد غدا.', 'المؤشرات الجديدة تدعو للتفاؤل بالمفاوضات')).toEqual(['assert:المتحدث']);
  });

  it('a thing giving cause for optimism inside a clause is no demand of the headline\'s subject', () => {
    const text = 'وقال المحلل إن المفاوضات صعبة. واعتبر أن المؤشرات الدولية تدعو للتفاؤل نحو المؤتمر، لافتا إلى أن الحل ممكن.';
    expect(ar(text, 'المؤشرات تدعو للتفاؤل').filter((s) => s.stance === 'demand')).toEqual([]);
  });

  it.each([
    ['a call for calm', 'ودعا الوزير المواطنين إلى الهدوء وضبط النفس.', 'الوزير'],
    ['a call to keep safety (the blessing word without بـ)', 'ودعا الوزير المواطنين إلى الحفاظ على السلامة العامة.', 'الوزير'],
    ['a wish that lays a duty', 'وتمنى رئيس النادي أن يسرع الاتحاد في إصدار قراره.', 'رئيس النادي'],
    ['a speaker whose name ends in الله', 'ودعا عبد الله سالم الحكومة إلى الاستقالة.', 'عبد الله'],
  ])('%s stays a demand', (_name, sentence, speaker) => {
    expect(ar(sentence).some((s) => s.stance === 'demand' && s.speaker.includes(speaker))).toBe(true);
  });
});

describe('Arabic هدد: a threat nobody makes', () => {
  it.each([
    ['a passive threat with its agent', 'وقال والد الصحفي إن ابنه يهدد بالقتل من قبل العصابة منذ أسابيع.'],
  ])('%s: no warning', (_name, sentence) => {
    expect(ar(sentence).filter((s) => s.stance === 'warn')).toEqual([]);
  });

  it('a headline whose subject is threatened is no statement', () => {
    expect(cues('وقال المتحدث إن الاجتماع سيعقد غدا.', 'المدينة مهددة بالفيضانات هذا الشتاء')).toEqual(['assert:المتحدث']);
  });

  it('a headline whose subject is a thing that threatens is no statement', () => {
    expect(cues('وقال المتحدث إن الاجتماع سيعقد غدا.', 'موجة الجفاف الطويلة تهدد محاصيل القمح')).toEqual(['assert:المتحدث']);
  });

  it.each([
    ['a threat to resign', 'وهدد الوزير بالاستقالة إذا لم تقر الميزانية.'],
    ['a threat made after a comma with the participle', 'وانتقد النائب القرار، مهددا بمقاطعة الجلسة المقبلة.'],
  ])('%s stays a warning', (_name, sentence) => {
    expect(ar(sentence).some((s) => s.stance === 'warn')).toBe(true);
  });
});

describe('Arabic رفض: declining to comment', () => {
  it.each([
    ['declined to comment (التصريح)', 'ويرفض مدير الشركة التصريح للصحفيين منذ أيام.'],
    ['declined to disclose the causes (كشف)', 'ورفض مصدر مسؤول كشف أسباب الانفجار.'],
    ['declined to respond', 'ورفض المتحدث الرد على أسئلة الصحفيين.'],
  ])('%s: no denial', (_name, sentence) => {
    expect(ar(sentence).filter((s) => s.stance === 'deny')).toEqual([]);
  });

  it('the one who declined is still the speaker of the next bare verb', () => {
    const out = ar('إلا أن مدير الشركة سامي نور يرفض التصريح، لكنه ذكر أن الإنتاج سيستأنف قريبا.');
    expect(out.map((s) => `${s.stance}:${s.speaker}`)).toEqual(['assert:مدير الشركة سامي نور']);
  });

  it('rejecting a proposal stays a denial', () => {
    expect(ar('ورفض الوزير الاقتراح الذي قدمته المعارضة.').some((s) => s.stance === 'deny')).toBe(true);
  });
});
