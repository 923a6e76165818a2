import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a quantifier before a time unit (كل يوم، كل مرة) after a
// verb is a time adjunct, never a speaker.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a quantified time adjunct after a verb', () => {
  it('never reads كل يوم and the noun after it as the speaker', () => {
    const s = all('وقال الوزير إن قوات الشرطة تؤكد كل يوم مدى استعدادها لخدمة الناس.');
    expect(s.map((x) => x.speaker)).not.toContain('كل يوم مدى');
    expect(s[1]).toMatchObject({ speaker: 'قوات الشرطة' });
  });
  it('never reads كل مرة as a speaker either', () => {
    const s = all('وقال المدير إن الفرق الطبية تكشف كل مرة حجم جهودها في المدينة.');
    expect(s.map((x) => x.speaker)).not.toContain('كل مرة حجم');
  });
});
