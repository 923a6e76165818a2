import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a verb of speech going on with قائلا reports once. The rule
// tells whose cue reports: the verb's (ar-verb-subject-*, ar-pro-drop) or قائلا's own (ar-participle).
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a verb of speech with قائلا reports once (ar/saying-participle.ts)', () => {
  it('takes the quotation after وأضاف قائلا as its content', () => {
    const s = all('قال رئيس البلدية إن المشروع سيكتمل قريبا.', 'وأضاف قائلا «سنفتتح الحديقة الكبيرة في الربيع المقبل».');
    expect(s.map((x) => [x.rule, x.content])).toEqual([
      ['ar-verb-subject-anna', 'المشروع سيكتمل قريبا'],
      ['ar-pro-drop', 'سنفتتح الحديقة الكبيرة في الربيع المقبل'],
    ]);
  });
  it('keeps the quotation whole, its إن included, after وتابع الوزير قائلا', () => {
    const s = all('وتابع الوزير قائلا «إن المدارس الجديدة ستفتح أبوابها في الخريف».');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزير', rule: 'ar-verb-subject-quote', content: 'إن المدارس الجديدة ستفتح أبوابها في الخريف' })]);
  });
  it('passes the occasion before قائلا and a colon after it', () => {
    const s = all('وأوضح المدير في حديثه للإذاعة قائلا: «نحتاج إلى مزيد من المعلمين في القرى».');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المدير', rule: 'ar-verb-subject-quote', content: 'نحتاج إلى مزيد من المعلمين في القرى' })]);
  });
  it('leaves a verb with an object of its own and its قائلا as two statements', () => {
    const s = all('وندد الوزير بقرار النقابة قائلا: «هذا القرار يضر بالعمال جميعا».');
    expect(s.map((x) => x.rule)).toEqual(['ar-verb-subject-object', 'ar-participle']);
  });
});
