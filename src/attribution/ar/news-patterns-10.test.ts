import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): quotations after a speaker's place, future verbs.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a quotation after the speaker phrase is the content, whatever particle it holds', () => {
  it('keeps the negation before أن inside the quotation (لم يسبق أن …)', () => {
    const s = all('وقالت ممثلة المنظمة في البلاد سارة العلي "لم يسبق أن رأينا مثل هذه الأزمة في البلاد".');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ content: 'لم يسبق أن رأينا مثل هذه الأزمة في البلاد', direct: true });
  });
  it('takes the quotation after an addressee and an occasion, not the words before it', () => {
    const s = all('وقال المدرب لوكالة الأنباء في مقابلة "نحن نتطلع إلى الموسم المقبل بثقة كبيرة".');
    expect(s[0]?.content).toBe('نحن نتطلع إلى الموسم المقبل بثقة كبيرة');
  });
  it('leaves a quotation governed by a preposition inside the object of a verb that takes one', () => {
    const s = all('وشدد الوزير على الحاجة إلى "صحافة تقوم بدورها بكل حياد ومسؤولية كاملة".');
    expect(s[0]?.content.startsWith('الحاجة')).toBe(true);
  });
});

describe('a reporting verb in the future reports nothing yet', () => {
  it('سيعلن inside a statement is no statement of its own and does not cut the outer content', () => {
    const s = all('وقال مسؤول في المنظمة: إن الأمين العام سيعلن تعيينه وموعد توليه مهامه لاحقا.');
    expect(s).toHaveLength(1);
    expect(s[0].content.endsWith('لاحقا')).toBe(true);
  });
  it('a sentence opened by وستعلن gives no statement, while the same verb in the past does', () => {
    expect(all('وستعلن الحكومة نتائج التحقيق الأسبوع المقبل.')).toHaveLength(0);
    expect(all('وأعلنت الحكومة أن نتائج التحقيق ستصدر الأسبوع المقبل.')).toHaveLength(1);
  });
});
