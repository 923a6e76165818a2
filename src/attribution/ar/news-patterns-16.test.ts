import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a required saying (بالقول، بقوله) far after its verb, and
// quotations that a stray or unclosed quotation mark nearby used to cost.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('بالقول/بقوله past a long subject, place and manner', () => {
  it('reads اكتفى X في تعليق قصير من مكتبه في جنيف بالقول إنه «…»', () => {
    const s = all('واكتفى المندوب في تعليق قصير من مكتبه في جنيف بالقول إنه «لا جديد في الملف حتى الآن».');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'المندوب', content: 'لا جديد في الملف حتى الآن' });
  });
});

describe('a stray quotation mark costs at most its own quotation', () => {
  it('reads وأضاف “…” after a line that opens with the closing mark of the line before', () => {
    const s = all('وقال الوزير سامي العلي “إن العمل يسير كما يجب.', '” وأضاف “لا توجد عقبات في تمويل المشروع”.');
    expect(s.map((x) => x.content)).toContain('لا توجد عقبات في تمويل المشروع');
  });
  it('reads وأردف: "…" after a quotation left unclosed', () => {
    const s = all('وقال الوزير سامي العلي: "الخطة تمضي كما رسمت. ونحن نراقبها عن قرب. وأردف: "العمل مستمر في هذا المجال دون توقف". وانتهى اللقاء.');
    expect(s.map((x) => x.content)).toContain('العمل مستمر في هذا المجال دون توقف');
  });
  it('reads a quotation after a stray closing mark glued to the first word of a paragraph', () => {
    const s = all('وذكر التقرير أن المحادثات طويلة» ، وقال المتحدث سامي العلي إن «الجولة المقبلة ستكون حاسمة» للطرفين.');
    expect(s.map((x) => x.speaker)).toContain('المتحدث سامي العلي');
  });
});
