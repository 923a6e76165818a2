import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): the plural participle مؤكدين as a cue, and a participle negated
// by غير as an adjective.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('مؤكدين after a plural subject', () => {
  it('reports what follows it, said by the ministers of the clause before', () => {
    const s = all('واجتمع الوزراء لبحث خطة النقل الجديدة، مؤكدين أن المشروع سيكتمل قبل نهاية العام.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'الوزراء', content: 'المشروع سيكتمل قبل نهاية العام' }));
  });
  it('ends the content of the demand before it', () => {
    const s = all('وطالب الوزراء بزيادة ميزانية المدارس، مؤكدين على أهمية تدريب المعلمين.');
    expect(s.map((x) => x.content)).toEqual(['بزيادة ميزانية المدارس', 'أهمية تدريب المعلمين']);
  });
});

describe('a participle after غير is an adjective', () => {
  it('takes the speaker of a participle after it from the plural subject, not from the noun before غير', () => {
    const s = all('وناقش الوزراء حق الوصول إلى أي منشأة للطاقة غير معلنة، كما ناقشوا كلفة الصيانة، مؤكدين أن الشفافية شرط للتعاون.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزراء', content: 'الشفافية شرط للتعاون' })]);
  });
});
