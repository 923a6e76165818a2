import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a clause opening on a derived verbal noun (واستهداف، واجتماع)
// has no verb, so its genitive is no subject a later participle goes on with (ar/lead-subject.ts).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);

describe('a verbal noun opening a clause before a participle', () => {
  it('leaves the participle to the speaker, not the country after استهداف', () => {
    const s = all('وقال الخبير الأمني سامي نور: نجاح السعودية في حماية أمنها أغضب خصومها، واستهداف السعودية بشكل كبير للهيمنة على المنطقة، مشددا على أن الدولة قوية برجالها.');
    expect(s.find((x) => x.content === 'الدولة قوية برجالها')).toEqual(expect.objectContaining({ speaker: 'الخبير الأمني سامي نور' }));
  });
  it('still reads the subject of a و-verb opening the clause', () => {
    const s = all('اجتمع الوفدان في القاهرة، واستقبل الرئيس المصري عبد الفتاح السيسي الوفد، مؤكدا أن العلاقات قوية.');
    expect(s.find((x) => x.content === 'العلاقات قوية')).toEqual(expect.objectContaining({ speaker: 'الرئيس المصري عبد الفتاح السيسي' }));
  });
});
