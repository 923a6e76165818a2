import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A surname said again after a name introduced with a title (ar/surname.ts), or set off from its particle by an
// adjunct (ar/name-words.ts): our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic surnames: the family name of a name introduced after a title', () => {
  it.each([
    ['a title with a nisba, then a colon', 'وغنى النجم سامي مع الشاعر المصري ناصر الكرمي، بعنوان «الطريق».', 'بينما قال الكرمي: «أعتبر هذه القصيدة هدية إلى المدينة».', 'الكرمي'],
    ['a quotation right after the surname', 'وغنى النجم سامي مع الشاعر المصري ناصر الكرمي، بعنوان «الطريق».', 'بينما قال الكرمي «أعتبر هذه القصيدة هدية إلى المدينة».', 'الكرمي'],
    ['(guard) a minister named near a cue, then a colon', 'وزار الوزير سامي العبدلي المعرض، بعد افتتاحه بيوم.', 'وقال العبدلي: «المعرض ناجح».', 'العبدلي'],
  ])('%s', (_name, before, sentence, speaker) => {
    expect(ar(before, sentence).at(-1)?.speaker).toBe(speaker);
  });

  it('a surname read as a ب-phrase by its letters, named in full before', () => {
    const s = ar('سامي بادورانا وقال لـ«الصحيفة» إن المشروع مهم للمنطقة.', 'وأعلنت الشركة عن المشروع أمس.', 'وقال بادورانا «إن اختيار الشركة جاء بعد مناقصة دولية».');
    expect(s.at(-1)).toMatchObject({ speaker: 'بادورانا', content: 'إن اختيار الشركة جاء بعد مناقصة دولية' });
  });

  it('a ب-phrase before a quotation, never named before, is no speaker', () => {
    expect(ar('وقال بانفعال: «الوضع صعب جدا».').map((s) => s.speaker)).not.toContain('بانفعال');
  });
});

describe('Arabic speakers: a family name before an adjunct set off by commas', () => {
  it.each([
    ['an account named in quotation marks', 'أكد وزير الخدمة سامي الحداد، عبر حسابه في "تويتر"، أن الملف من شأن وزارة أخرى.', 'وزير الخدمة سامي الحداد'],
    ['a speech in the adjunct', 'أكد الوزير سامي الحداد، في كلمته أمام البرلمان، أن الملف من شأن وزارة أخرى.', 'الوزير سامي الحداد'],
  ])('%s', (_name, sentence, speaker) => {
    expect(ar(sentence)[0]?.speaker).toBe(speaker);
  });

  it('an object before its own ب-particle stays an object', () => {
    expect(ar('ونفى سامي التقارير، في بيان أمس، بأن الشركة ستغلق.').map((s) => s.speaker)).not.toContain('سامي التقارير');
  });
});
