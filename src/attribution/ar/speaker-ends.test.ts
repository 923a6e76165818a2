import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Speaker phrases that ran on past the speaker (ar/speaker-ends.ts, ar/objectless-subject.ts): our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic speaker phrases: where the speaker ends', () => {
  it.each([
    ['a participle of office with its charge after a name', 'وقال سامي نوركوف المكلف بشؤون التجارة إن الخطة جاهزة.', 'سامي نوركوف'],
    ['a participle of office with عن after a name', 'وقال رامي الحداد المسؤول عن الملف إن المفاوضات مستمرة.', 'رامي الحداد'],
    ['ل + a quantifier after a title', 'ويرى ناصر الدوسري المستشار المالي لعدد من الشركات، أن الأسعار مرتفعة.', 'ناصر الدوسري المستشار المالي'],
    ['an adverb of the telephone after a surname', 'وقال الحمداني هاتفيا من القرية إن المياه انقطعت.', 'الحمداني'],
    ['(guard) a participle of office with no charge stays', 'وقال الوزير المكلف إن الخطة جاهزة.', 'الوزير المكلف'],
  ])('%s', (_name, sentence, speaker) => {
    expect(ar(sentence).at(-1)?.speaker).toBe(speaker);
  });

  it('a relative clause after a lone definite subject of قال, with another party named before', () => {
    const s = ar('وهاجم تنظيم الفجر القرية أمس.', 'قال التحالف الذي يقاتل ضد تنظيم الفجر في بيان إن الطائرات نفذت غارات.');
    expect(s.at(-1)?.speaker).toBe('التحالف');
  });

  it('(guard) a lone definite noun after a verb that takes an object stays its object', () => {
    expect(ar('ورفض الوزير الاقتراح الذي قدمه النواب.').map((s) => s.speaker)).not.toContain('الاقتراح');
  });
});
