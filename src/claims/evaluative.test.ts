import { describe, expect, it } from 'vitest';
import { evaluativeKind } from './evaluative.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';

// Evaluations (evaluative.ts, R3 of the claims gold): praise, pledges, condolences, welcomes and characterisations,
// wherever they stand in a content. Synthetic sentences.

describe('evaluativeKind', () => {
  it.each([
    ['Arabic praise, with a clitic on the verb', 'الوزير وأشاد بجهود الوسطاء في المحادثات', 'ar', 'praise'],
    ['Arabic: relations that grow stronger are praise', 'العلاقات بين البلدين تتوثق يوما بعد يوم', 'ar', 'praise'],
    ['Arabic: a general pledge', 'الحكومة لن تدخر جهدا في دعم المتضررين', 'ar', 'pledge'],
    ['Arabic: condolences', 'تعازيه لأسر الضحايا', 'ar', 'condolence'],
    ['Arabic: a welcome', 'ترحب الوزارة بالاتفاق الجديد', 'ar', 'welcome'],
    ['Arabic: a characterisation (`is considered a beginning`)', 'فتح الطريق يعد بداية لمرحلة جديدة', 'ar', 'characterisation'],
    ['Arabic: a two-word characterisation after a conjunction', 'قصف الأحياء وجرائم حرب لا تغتفر', 'ar', 'characterisation'],
    ['Arabic: `جريمة حرب` in a row', 'ما جرى في البلدة جريمة حرب', 'ar', 'characterisation'],
    ['English praise', 'the minister praised the rescue teams', 'en', 'praise'],
    ['English: a pledge', 'the government will continue to support the farmers', 'en', 'pledge'],
    ['English: a characterisation', 'the shelling of the market amounts to a war crime', 'en', 'characterisation'],
    ['a fact is not an evaluation (Arabic)', 'انتهاء الخطر الفعلي للمرض بعد شهرين من ظهور أول إصابة', 'ar', undefined],
    ['a fact is not an evaluation (English)', 'the ministers also discussed missile defence and arms transfers', 'en', undefined],
    ['an Arabic marker is not read in an English text', 'the word يعد appears here', 'en', undefined],
    ['Arabic thanks with a pronoun ending', 'أعرب عن شكره للمتطوعين في المدينة', 'ar', 'praise'],
    ['Arabic: a defiant pledge', 'الهجمات لن تنال من عزيمة السكان', 'ar', 'pledge'],
    ['Arabic: praise with its preposition', 'أثنى على عمل فرق الإنقاذ', 'ar', 'praise'],
    ['Arabic: `هنا` (here) is no congratulation once hamza is folded', 'لن يكون هنا اتفاق قبل الانتخابات', 'ar', undefined],
    ['Arabic: `اثني عشر` (twelve) is no praise once hamza is folded', 'قتل اثني عشر شخصا في الانفجار', 'ar', undefined],
    ['Arabic: a pledge of effort in the future tense', 'وسنبذل كل الجهود لملاحقة المسؤولين', 'ar', 'pledge'],
    ['Arabic: a demand for a firm stand is no praise (`وقفة` without a possessor)', 'طالبت الوزارة الدول المجاورة بوقفة حازمة ضد تهريب السلاح', 'ar', undefined],
    ['Arabic: a stand thanked, with its possessor, is praise', 'شكر الوزير الدول المجاورة على وقفتها مع المتضررين', 'ar', 'praise'],
    ['Arabic: an honourable stand is praise', 'عبر عن تقديره لهذه الوقفة المشرفة مع الشعب', 'ar', 'praise'],
    ['Arabic: a characterisation in a relative clause describes a noun, not the statement', 'الشركة ستبني الجسر الذي يعد الأطول في المنطقة خلال عامين', 'ar', undefined],
    ['Arabic: the same characterisation as the statement\'s own verdict still is one', 'بناء الجسر يعد الأطول في تاريخ المنطقة', 'ar', 'characterisation'],
    ['English: a pledge of every effort', 'the authorities will make every effort to find those responsible', 'en', 'pledge'],
    ['Arabic: calling an event the greatest tragedy is a characterisation', 'غرق القارب أكبر فاجعة تشهدها المنطقة', 'ar', 'characterisation'],
    ['Arabic: calling people wonderful is praise', 'المتطوعون لديهم شجاعة رائعة', 'ar', 'praise'],
    ['Arabic: effort made in the past is no pledge', 'بذلت الفرق جهودا كبيرة لإنقاذ الركاب', 'ar', undefined],
  ])('%s', (_name, text, lang, kind) => {
    expect(evaluativeKind(text, lang as 'ar' | 'en')).toBe(kind);
  });
});

describe('evaluations echo nothing (echo.ts echoItemsOf)', () => {
  it('leaves a reprinted characterisation out of the echo claims, and keeps the reprinted fact', () => {
    const text = (title: string) => `${title}\n\nوقال المتحدث باسم اللجنة إن قصف محطات الوقود في المدن الحدودية جريمة حرب يجب أن يحاسب عليها المسؤولون.\n\nوأضاف المتحدث باسم اللجنة أن الحكومة لن ترفع أسعار الوقود في الأسواق المحلية خلال العام المقبل.`;
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text('اللجنة تدين القصف'), '2024-05-01')), sourceFromAnalysis(analysisOf(text('بيان اللجنة'), '2024-05-02'))], { fallbackDate: '2024-05-03' });
    const contents = claims.flatMap((c) => c.members.map((m) => m.content));
    expect(contents.some((c) => c.includes('جريمة حرب'))).toBe(false);
    expect(contents.filter((c) => c.includes('لن ترفع')).length).toBe(2);
  });
});
