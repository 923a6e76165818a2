import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a bare verb with a plain object right after a noun phrase
// naming a thing, which opens its clause, reports nobody; it never goes on with the last speaker (ar/thing-subject.ts).
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a bare verb after a thing for its subject (ar/thing-subject.ts)', () => {
  it('reads no statement of يكشف after إن الحريق', () => {
    const s = all('قال المحافظ إن المدينة جميلة.', 'وقال المحافظ في تصريحات للصحيفة: إن الحريق يكشف استمرار إهمال الشركة.');
    expect(s.map((x) => x.content)).toEqual(['المدينة جميلة', 'الحريق يكشف استمرار إهمال الشركة']);
  });
  it('leaves the accusation nested in a participle\'s content whole (المخططات التي كشفتها … تكشف عن الحقد)', () => {
    const s = all('قال الباحث إن الدراسة مهمة، مبينا أن المخططات التي كشفتها الجهات الأمنية تكشف بجلاء عن الحقد الدفين لدى العصابة.');
    expect(s.map((x) => [x.rule, x.stance])).toEqual([['ar-verb-subject-anna', 'assert'], ['ar-participle', 'accuse']]);
  });
  it('keeps the dropped subject after a topic with a preposition', () => {
    const s = all('قالت الممثلة الشابة إن العمل ممتع.', 'وعن دورها الجديد قالت: «إنه مختلف تماما عما قدمته سابقا».');
    expect(s.map((x) => x.speaker)).toEqual(['الممثلة الشابة', 'الممثلة الشابة']);
  });
  it('leaves a listed party after أن to the other rules', () => {
    const s = all('قالت الوزارة إن المساعدات وصلت.', 'وأضافت أن المملكة دعت جميع الدول إلى دعم اللاجئين.');
    expect(s.map((x) => x.content)).toContain('جميع الدول إلى دعم اللاجئين');
  });
});
