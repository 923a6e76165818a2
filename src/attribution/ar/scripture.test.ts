import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): scripture and tradition cited inside the news.
const T = 'عنوان الخبر';
const said = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs).map((s) => ({ speaker: s.speaker, content: s.content }));

describe('scripture and tradition cited inside the news', () => {
  it('a verse cited after قال تعالى is no statement, and a later bare verb stays with the preacher', () => {
    const out = said('وأكد وزير الأوقاف أن الأمن نعمة كبرى. وقال تعالى: (وضرب الله مثلا قرية كانت آمنة). وأضاف أن على الجميع حماية البلاد.');
    expect(out.map((s) => s.speaker)).toEqual(['وزير الأوقاف', 'وزير الأوقاف']);
    expect(out[1].content).toBe('على الجميع حماية البلاد');
  });

  it('يقول الله عز وجل after a preacher names scripture, not a pro-drop statement of the preacher', () => {
    const out = said('وشدد الشيخ على حرمة الدماء حيث يقول الله عز وجل: (ولا تقتلوا أنفسكم).');
    expect(out.some((s) => s.content.includes('تقتلوا'))).toBe(false);
  });

  it('a hadith and a companion\'s words are no statements; the official quoted around them keeps his', () => {
    const out = said(
      'وقال الوزير إن التسامح أساس الدين. وقال رسول الله صلى الله عليه وسلم: «الدين النصيحة».',
      'وقالت الصحابية رضي الله عنها: «كنا نخرج مع الجيش». وكان النبي عليه الصلاة والسلام يمر بالصفوف فيقول: «استووا».',
    );
    expect(out).toEqual([{ speaker: 'الوزير', content: 'التسامح أساس الدين' }]);
  });

  it('a speaker who names God inside what he says keeps the statement', () => {
    expect(said('وقال الرئيس إن الله سيحفظ هذه البلاد من كل سوء.')).toEqual([{ speaker: 'الرئيس', content: 'الله سيحفظ هذه البلاد من كل سوء' }]);
  });
});
