import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a plan or a rule after بحسب/وفق heads no source.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('بحسب/وفق + a plan or a rule: no source', () => {
  it('reads no source in وفق الخطط المعتمدة, and the cue before keeps its speaker', () => {
    const s = all('وأوضح الوزير أنه تم إخلاء المبنى وإعادة الحركة إلى طبيعتها وفق الخطط المعتمدة لذلك.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'الوزير' });
  });
  it('reads no source in بحسب الحاجة', () => {
    const s = all('ستوزع البلدية المساعدات على الأسر في الأحياء الشرقية بحسب الحاجة، وسط إقبال كبير.');
    expect(s.filter((x) => x.speaker === 'الحاجة')).toEqual([]);
  });
  it('reads no source in وفقا لقرار مجلس الأمن, with or without the article', () => {
    const s = all('انسحبت القوات من المنطقة العازلة خلال أسبوعين وفقا لقرار مجلس الأمن الأخير.', 'تم تعيين المرشحين في الوظائف الشاغرة وفق المعايير المحددة في الإعلان.');
    expect(s.filter((x) => x.rule === 'ar-according-to')).toEqual([]);
  });
  it('still reads a person or a body after the particle as the source', () => {
    const s = all('ارتفعت أسعار الوقود بنسبة كبيرة هذا الشهر، وفقا لوزير الطاقة.', 'تراجعت الصادرات خلال الربع الأول بحسب الوزارة.');
    expect(s.map((x) => x.speaker)).toEqual(['وزير الطاقة', 'الوزارة']);
  });
});

