import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): after وفق/حسب/وفقا لـ, principles, priorities, calendars and
// directives (norm-nouns.tsv), and ما with a verb that is no saying, head no source (ar/source-head.ts).
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('norms after an according-to word name no source (ar/source-head.ts)', () => {
  it.each([
    ['أولويات', 'وسيتم توزيع الميزانية على المشاريع الجديدة في المحافظات وفقاً لأولويات التنمية الوطنية.'],
    ['تقويم', 'وسافر الوفد إلى العاصمة يوم السبت التاسع من شهر شوال حسب تقويم أم القرى، الموافق لنهاية الشهر.'],
    ['توجيهات', 'وتم افتتاح المهرجان السنوي للعسل في المنطقة الجنوبية وفق توجيهات وزير الزراعة.'],
    ['ما يقتضيه', 'وستتم مراجعة الاتفاق في البرلمان خلال شهرين وفقًا لما يقتضيه القانون الجديد.'],
  ])('reads no source after %s', (_head, sentence) => {
    expect(all(sentence).filter((x) => x.rule === 'ar-according-to')).toEqual([]);
  });
  it('still reads a news agency after وفقا لـ', () => {
    const s = all('وقتل ثلاثة أشخاص في انفجار قرب السوق المركزي صباح أمس، وفقا لوكالة الأنباء الرسمية.');
    expect(s.map((x) => [x.rule, x.speaker])).toEqual([['ar-according-to', 'وكالة الأنباء الرسمية']]);
  });
});
