import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';
import { withNumberSigns } from './signs.js';

// Constructed sentences: a sign written onto a number at a content's edge is part of what was said.
describe('signs written onto numbers', () => {
  it.each([
    ['en', 'The minister said growth reached 5%.', 'growth reached 5%'],
    ['en', 'The ministry said $5 million was lost.', '$5 million was lost'],
    ['ar', 'وأكد المدير أن الأرباح ارتفعت بنسبة 12٪.', 'الأرباح ارتفعت بنسبة 12٪'],
    ['ar', 'وقال الوزير إن النمو بلغ 5%.', 'النمو بلغ 5%'],
  ] as const)('%s: %s', (lang, sentence, content) => {
    expect(statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'Headline here', sentence)[0]).toMatchObject({ content });
  });

  it('leaves a sign that is not written onto the number', () => {
    const text = 'fell to 3 % and $ 5';
    expect(withNumberSigns(text, [0, 9])).toEqual([0, 9]);
    expect(withNumberSigns(text, [18, 19])).toEqual([18, 19]);
  });
});
