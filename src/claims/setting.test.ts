import { describe, expect, it } from 'vitest';
import { frameOf } from './frame.js';
import { isManner, isSetting } from './setting.js';
import { syntheticSource } from './test-helpers.js';

// Event phrases that only date a statement (setting.ts): `بعد الهجوم` at the end of a content is when the stated
// thing happened, not what is stated (R6: a session held after an attack is another claim). Synthetic sentences.

/** Is the event phrase `event` of `text` (the whole content) a setting? */
const setting = (text: string, lang: 'ar' | 'en', event: string) => isSetting(text, lang, 0, text.indexOf(event), text.length);

describe('isSetting', () => {
  it.each([
    ['Arabic: an event phrase after `بعد` at the end of the content dates it', 'اجتماع طارئ للوزراء لبحث الإجراءات بعد الهجوم', 'ar', 'الهجوم', true],
    ['Arabic: with a clitic on the word of sequence and an adjective after the phrase', 'الحكومة تعقد جلسة خاصة وبعد الهجوم الانتحاري', 'ar', 'الهجوم', true],
    ['Arabic: `عقب` dates it as well', 'الوزير ألغى زيارته إلى الخارج عقب القصف', 'ar', 'القصف', true],
    ['Arabic: an event phrase without a word of sequence is the statement\'s event', 'الجماعة نفذت الهجوم', 'ar', 'الهجوم', false],
    ['Arabic: an event phrase after `بعد` followed by more of the clause is part of it', 'قتل خمسة أشخاص بعد غارة استهدفت سوقا شعبيا مزدحما في وسط المدينة', 'ar', 'غارة', false],
    ['English: `after` dates it', 'the cabinet will hold an emergency session after the bombing', 'en', 'bombing', true],
    ['English: an attack in the subject is the event', 'the bombing killed ten people', 'en', 'bombing', false],
  ])('%s', (_name, text, lang, event, expected) => {
    expect(setting(text, lang as 'ar' | 'en', event)).toBe(expected);
  });
});

describe('isSetting with a conjunction of time (role `when`, read by title-event.ts)', () => {
  const when = 'حبس المهربون الركاب في القارب عندما غرق المركب';
  it('dates the clause when asked for, and not by default (frame.ts still reads an event there)', () => {
    expect(isSetting(when, 'ar', 0, when.indexOf('غرق'), when.length, ['after', 'when'])).toBe(true);
    expect(isSetting(when, 'ar', 0, when.indexOf('غرق'), when.length)).toBe(false);
  });
});

describe('settings in frames (frame.ts concept)', () => {
  it('a session held after an attack has no attack concept; the attack itself has', () => {
    const attack = 'الجماعة نفذت الهجوم على السوق في العاصمة';
    const session = 'جلسة استثنائية للحكومة لبحث إجراءات أمنية جديدة بعد الهجوم';
    const text = `وقال الوزير إن ${attack}. وأعلن الوزير عن ${session}.`;
    const src = syntheticSource(text, [{ speaker: 'الوزير', content: attack }, { speaker: 'الوزير', content: session }], {});
    expect(frameOf(src, 0).concept?.id).toBe('attack');
    expect(frameOf(src, 1).concept).toBeUndefined();
  });
});

describe('isManner: an evaluation phrase as an adverb of manner (role `manner`)', () => {
  const manner = (text: string, lang: 'ar' | 'en', phrase: string) =>
    isManner(text, lang, 0, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);

  it('holds after a noun of manner (with its clitic), and before one in English', () => {
    expect(manner('المهاجرون يعبرون الحدود بشكل غير مشروع كل ليلة', 'ar', 'غير مشروع')).toBe(true);
    expect(manner('نقلوا البضائع بطريقة غير مشروعة عبر الميناء', 'ar', 'غير مشروعة')).toBe(true);
    expect(manner('the traders moved the goods in an unlawful manner across the port', 'en', 'unlawful')).toBe(true);
  });

  it('does not for a verdict on the act itself', () => {
    expect(manner('هذا الاحتجاز غير مشروع ويجب إنهاؤه', 'ar', 'غير مشروع')).toBe(false);
    expect(manner('the detention is unlawful and must end', 'en', 'unlawful')).toBe(false);
  });

  it('leaves the frame no evaluation for the adverb, and keeps it for the verdict', () => {
    const adverb = 'دول الجوار لمساعدتها في وقف الآلاف الذين يعبرون الحدود بشكل غير مشروع';
    const verdict = 'هذا القرار غير مشروع';
    const text = `ودعت الحكومة ${adverb}. وقالت الحكومة إن ${verdict}.`;
    const src = syntheticSource(text, [{ speaker: 'الحكومة', content: adverb }, { speaker: 'الحكومة', content: verdict }], {});
    expect([frameOf(src, 0).evaluation, frameOf(src, 1).evaluation]).toEqual([false, true]);
  });
});
