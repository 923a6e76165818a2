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

describe('evaluativeKind: satisfaction, qualities, tributes, wishes, pledges of means, framings, verse, epithets', () => {
  it.each([
    ['Arabic: satisfaction (`expressed his happiness`) is praise', 'أعرب عن سعادته بافتتاح الجسر الجديد', 'ar', 'praise'],
    ['Arabic: `we are happy with` is praise', 'نحن سعداء بالتعاون مع البلدية في هذا المشروع', 'ar', 'praise'],
    ['Arabic: the given name `سعيد` is no satisfaction', 'سعيد الحارثي سيرأس الوفد إلى القاهرة الأسبوع المقبل', 'ar', undefined],
    ['English: being pleased is praise', 'the mayor was pleased with the turnout at the fair', 'en', 'praise'],
    ['Arabic: praise of competence and vigilance', 'أثبتت الأجهزة كفاءتها العالية في حماية المنشآت', 'ar', 'praise'],
    ['Arabic: high morale is praise', 'اللاعبون يتمتعون بمعنويات مرتفعة قبل المباراة', 'ar', 'praise'],
    ['Arabic: praise of great efforts, with a clitic', 'نوه بالجهود الكبيرة التي تبذلها فرق الدفاع المدني', 'ar', 'praise'],
    ['Arabic: a demand to join efforts made is no praise', 'دعت الوزارة الدول إلى المساهمة في الجهود المبذولة لمكافحة التهريب', 'ar', undefined],
    ['Arabic: a tribute (`تحية`)', 'هذا العمل تحية لكل العاملين في المستشفيات', 'ar', 'praise'],
    ['Arabic: keenness (`حرصها على`) is praise', 'أكد حرصها على تطوير العلاقات مع الجامعات', 'ar', 'praise'],
    ['Arabic: a wish for peace', 'نتمنى أن يعم الاستقرار كل بلدان المنطقة', 'ar', 'wish'],
    ['English: a wish', 'we wish the new government every success', 'en', 'wish'],
    ['Arabic: a pledge of all measures', 'ستتخذ كافة الإجراءات اللازمة لحماية المواطنين', 'ar', 'pledge'],
    ['English: a pledge of all necessary measures', 'the ministry will take all necessary measures to protect residents', 'en', 'pledge'],
    ['Arabic: a pledge of continued support, always', 'البلاد ستظل دوما إلى جانب الشعب الشقيق', 'ar', 'pledge'],
    ['Arabic: acts taken always in the past are no pledge', 'الحكومة اتخذت دائما خطوات ضد المهربين على الحدود', 'ar', undefined],
    ['Arabic: going to plan is a characterisation', 'العمل في الميناء يسير وفق ما خطط له منذ البداية', 'ar', 'characterisation'],
    ['Arabic: a first-person characterisation', 'نعتبر هذا المهرجان رسالة سلام إلى العالم', 'ar', 'characterisation'],
    ['Arabic: a framing of purpose', 'هذه الزيارة تأتي في إطار تعزيز العلاقات الثنائية', 'ar', 'characterisation'],
    ['Arabic: a framing within plans (`تأتي ضمن`) reports a plan: no evaluation', 'الافتتاحات تأتي ضمن خطة لفتح مواقع جديدة للزوار', 'ar', undefined],
    ['Arabic: a step called important', 'الاتفاق يمثل خطوة مهمة نحو السلام', 'ar', 'characterisation'],
    ['English: a step in the right direction', 'the ceasefire is a step in the right direction', 'en', 'characterisation'],
    ['Arabic: the words of a song', 'الأغنية تقول إن الوطن يسكن القلوب', 'ar', 'verse'],
    ['English: lyrics', 'the lyrics speak of a homeland lost', 'en', 'verse'],
    ['Arabic: an epithet of condemnation alone is an evaluation', 'هذه العملية الجبانة لن تمر دون عقاب', 'ar', 'epithet'],
    ['English: a cowardly act, no event stated', 'it was a cowardly act', 'en', 'epithet'],
    ['Arabic: an epithet beside the event it names yields to the event', 'الهجوم الجبان على السوق أسفر عن مقتل عشرة أشخاص', 'ar', undefined],
    ['English: the cowardly attack killed ten: the event stands', 'the cowardly attack on the market killed ten people', 'en', undefined],
    ['Arabic: an epithet beside a figure yields (a report counts)', 'العملية الآثمة أودت بحياة 12 شخصا', 'ar', undefined],
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

describe('satisfaction and wishes echo nothing (echo.ts echoItemsOf)', () => {
  it('leaves a reprinted satisfaction and a reprinted wish out of the echo claims, and keeps the reprinted fact', () => {
    const text = (title: string) => `${title}\n\nوقال مدير المهرجان إنه يعبر عن سعادته بالإقبال الكبير للزوار على فعاليات المهرجان في دورته الحالية.\n\nوأضاف مدير المهرجان: نتمنى أن تعم الفرحة كل بيت في المدينة وأن يعود الزوار في الأعوام المقبلة.\n\nوأوضح مدير المهرجان أن البلدية ستغلق الشارع الرئيسي أمام السيارات طوال أيام المهرجان.`;
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text('المهرجان يفتح أبوابه'), '2024-05-01')), sourceFromAnalysis(analysisOf(text('افتتاح المهرجان'), '2024-05-02'))], { fallbackDate: '2024-05-03' });
    const contents = claims.flatMap((c) => c.members.map((m) => m.content));
    expect(contents.some((c) => c.includes('سعادته'))).toBe(false);
    expect(contents.some((c) => c.includes('نتمنى'))).toBe(false);
    expect(contents.filter((c) => c.includes('ستغلق')).length).toBe(2);
  });
});
