import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Stance, seventh set: our own sentences. "Cannot confirm or deny" in reported speech is the speaker's doubt.
const first = (lang: 'ar' | 'en', sentence: string) => statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'News title', sentence)[0];

describe('the speaker unable to confirm, in the third person of reported speech, doubts', () => {
  it.each([
    ['ar: لا يمكنه تأكيد', 'ar', 'وقال المتحدث باسم الشرطة إنه لا يمكنه تأكيد عدد المصابين حتى الآن.'],
    ['ar: تأكيد أو نفي', 'ar', 'وقالت المتحدثة باسم البلدية إن المكتب يرفض في الوقت الحالي تأكيد أو نفي الخبر.'],
    ['en: neither confirm nor deny', 'en', 'A police spokesman said he could neither confirm nor deny the report of a second blast.'],
  ] as const)('%s', (_name, lang, sentence) => {
    expect(first(lang, sentence)).toMatchObject({ stance: 'doubt' });
  });
  it('leaves a confirmation that is no inability alone', () => {
    expect(first('ar', 'وقال المتحدث باسم الشرطة إنه يمكنه تأكيد عدد المصابين الآن.')).toMatchObject({ stance: 'assert' });
  });
});
