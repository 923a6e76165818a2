import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Targets (GUIDELINES `targets`: the accused, the one asked, the one warned), sixth set: the construct phrase a listed
// threat falls on, the agent after من قبل of an act demanded or condemned, the body in construct after a need's
// verbal noun, the one whose involvement is alleged (targets-owned.tsv), the doer after a verb of doing a wrong
// (targets-done.tsv), a rebel group (targets-forces.tsv), an accused act's doer or no one (targets-acts.tsv), and the
// titled person an English possessor has. Our own sentences, none from a gold or corpus article.

/** The targets of every statement of `speaker` in the sentence, in order. */
const targetsOf = (lang: 'ar' | 'en', sentence: string, speaker: string) =>
  statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'A headline', sentence).filter((s) => s.speaker === speaker).flatMap((s) => s.targets);

describe('Arabic targets, sixth set', () => {
  it.each([
    ['a threat falls on a head in construct with a definite noun', 'وهدد التنظيم بتصفية حراس المصنع.', 'التنظيم', ['حراس المصنع']],
    ['the agent of an act demanded to stop is the one asked', 'ودعا المجلس إلى وقف القصف من قبل المتمردين على القرى.', 'المجلس', ['المتمردين']],
    ['the agent after من قبل may head a construct phrase', 'وأدان المجلس الاعتداءات من قبل مسلحي القبيلة على المزارعين.', 'المجلس', ['مسلحي القبيلة']],
    ['a one-word agent and the force conjoined to it, each apart', 'ودعا المجلس إلى وقف القتال من قبل المتمردين وقوات الرئيس اليمني السابق علي صالح.', 'المجلس', ['المتمردين', 'قوات الرئيس اليمني السابق']],
    ['the body after a need\'s listed verbal noun is the one asked', 'وشدد الوزير على ضرورة التزام الوزارة بالمواعيد.', 'الوزير', ['الوزارة']],
    ['the party whose involvement is alleged is accused', 'وأكد التقرير تورط الشرطة في عمليات التعذيب.', 'التقرير', ['الشرطة']],
    ['no one is asked after a participle cue\'s إلى (what is asked follows it)', 'وأكد الوزراء أهمية الحوار، داعين إلى سرعة إيصال المساعدات على القرى كافة.', 'الوزراء', []],
    ['an act asked for after إلى is no party, whatever frame word follows', 'وأكد النواب أهمية المصالحة، داعين إلى إعادة تمثال الملك إلى الساحة.', 'النواب', []],
    ['the doer after a verb of doing a wrong that takes up its object', 'وقال الوزير إن الجنود قتلوا غدرا، وما فعله المرتزقة جريمة نكراء.', 'الوزير', ['المرتزقة']],
    ['a short quoted doer after such a verb', 'وقال الوزير إن الجنود قتلوا غدرا، وما فعله "المرتزقة" جريمة.', 'الوزير', ['المرتزقة']],
    ['the part of the rebels named by their group is a party', 'وأكد التقرير تورط المتمردين الحوثيين في الهجمات.', 'التقرير', ['المتمردين الحوثيين']],
    ['no doer after a verb of exposing a wrong', 'وقال البيان إن الوثائق التي كشفتها الجهات الأمنية تفضح الحقد الدفين.', 'البيان', []],
    ['no one is asked when the act after a need names no party', 'وأكد الوزير ضرورة حل الخلاف القائم منذ سنوات.', 'الوزير', []],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('ar', sentence, speaker)).toEqual(targets);
  });
});

describe('Arabic accused acts and their doers', () => {
  it.each([
    ['the doer in construct after a bare act noun is accused', 'وأدانت الوزارة قصف المتمردين لمناطق سكنية في المدينة.', 'الوزارة', ['المتمردين']],
    ['the doer after a condemnation\'s ب and act noun', 'وندد الوزير بوحشية النظام الحاكم.', 'الوزير', ['النظام الحاكم']],
    ['a definite act and its adjective name no one', 'وأدان الوزير التفجير الإرهابي الذي استهدف المسجد.', 'الوزير', []],
    ['a quoted act the speaker describes names no one', 'وأعلن الرئيس أنه سيتوجه إلى المحكمة، واصفا ما حصل بأنه «جريمة حرب» جديدة.', 'الرئيس', []],
    ['the definite doer of a relative clause on the condemned act', 'واستنكر الوزراء العنف المستمر الذي يمارسه النظام ضد شعبه.', 'الوزراء', ['النظام']],
    ['a bare definite subject with a party conjoined to it is accused with it', 'وقال الوزير: القاعدة وجماعة الحوثي تنشر الفتنة والفوضى في البلاد.', 'الوزير', ['القاعدة', 'جماعة الحوثي']],
    ['a force conjoined to the accused subject', 'وقال الوزير: العصابات وقوات الأمن الخاصة تنشر الفتنة والفوضى في البلاد.', 'الوزير', ['العصابات', 'قوات الأمن الخاصة']],
    ['the responsibility laid on the object is no part of it', 'وحمل الوزير شركة النقل العام المسؤولية عن الحادث.', 'الوزير', ['شركة النقل العام']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('ar', sentence, speaker)).toEqual(targets);
  });
});

describe('English targets, sixth set', () => {
  it.each([
    ['the titled person a possessor has is the accused', "The senator lashed out at the island's finance minister Paolo Verde on Monday.", 'The senator', ['finance minister Paolo Verde']],
    ['a title with no name after it names no one', "The senator lashed out at the island's finance minister on Monday.", 'The senator', []],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('en', sentence, speaker)).toEqual(targets);
  });
});
