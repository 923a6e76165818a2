import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Targets (GUIDELINES `targets`: the accused, the one asked, the one whose claim is denied), fifth set: the party
// after a need's verbal noun (ar/target-openers.ts), the one disagreed with (ar/target-disagree.ts), the owner of a
// wrong or the enemies in an accusation (ar/target-accused.ts), an inner demand's من, demonstrative and quantified
// objects, definite and construct doers, a condemned body, and an English accused subject's possessor
// (en/target-possessor.ts). Our own sentences, none from a gold or corpus article.
/** The targets of every statement of `speaker` in the sentence, in order. */
const targetsOf = (lang: 'ar' | 'en', sentence: string, speaker: string) =>
  statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'A headline', sentence).filter((s) => s.speaker === speaker).flatMap((s) => s.targets);

describe('Arabic targets, fifth set', () => {
  it.each([
    ['the name after a need\'s verbal noun is the one asked', 'وشددت الوزيرة على ضرورة مساهمة باكستان في الجهود المبذولة.', 'الوزيرة', ['باكستان']],
    ['the owner of the criticism disagreed with', 'وقال الوزير إنه يختلف مع تصريحات نوري المالكي حول الاتفاق.', 'الوزير', ['نوري المالكي']],
    ['a titled name disagreed with', 'وقال كيري إنه يختلف في الرأي مع الوزير عادل الجبير بشكل كبير.', 'كيري', ['الوزير عادل الجبير']],
    ['the one whose saying is denied, after ما and its verb', 'ورفض الوزير ما ذهب إليه أوباما.', 'الوزير', ['أوباما']],
    ['the doer in construct after a doubted act', 'واستبعد الوزير إجراء الرئيس أي تعديل وزاري في الوقت الحالي.', 'الوزير', ['الرئيس']],
    ['the party whose act is distrusted', 'وقال الوزير: ليس لدينا ثقة نهائيا بملاحقة حكومة إسرائيل للمستوطنين.', 'الوزير', ['حكومة إسرائيل']],
    ['the one asked after نطالب من inside the content', 'وأكد الوزير: نحن نطالب من حزب العمال بإخراج قواعده من الإقليم.', 'الوزير', ['حزب العمال', 'حزب العمال']],
    ['the object after an honorific standing for the speaker', 'وقال الرئيس العام إن الأمن مستتب. ودعا معاليه الجميع إلى أن يقفوا صفاً واحداً.', 'الرئيس العام', ['الجميع']],
    ['a demonstrative and its noun are the one asked', 'ودعا الوزير هذه الدول للعمل مع إيران.', 'الوزير', ['هذه الدول']],
    ['a ب-word after a noun and its adjective frames the one asked', 'وطالبت البحرين المجتمع الدولي بوقفة حازمة.', 'البحرين', ['المجتمع الدولي']],
    ['a quantifier after the noun asked belongs to it', 'وطالبت الوزارة الدول كافة بالتصدي العاجل للتصعيد.', 'الوزارة', ['الدول']],
    ['the owner of a hostile stance after ل is accused', 'وقال البيان إن التصريحات تعكس الموقف العدائي لإيران تجاه البحرين.', 'البيان', ['إيران']],
    ['the owner of a policy further in the accusation', 'وقال البيان إن الهجمات تعكس سياسة إسرائيل العدائية تجاه المدنيين.', 'البيان', ['إسرائيل']],
    ['the enemies whose plans are exposed are accused', 'وقال الوزير إن التفجير يفضح مخططات الأعداء لاستهداف المملكة.', 'الوزير', ['الأعداء']],
    ['a definite doer before an accusation\'s verb', 'وقال الوزير إن الإرهابيين ارتكبوا فظائع في المدينة.', 'الوزير', ['الإرهابيين']],
    ['a construct doer after "committed it"', 'وقال الوزير إن التقرير كشف الجرائم التي ارتكبتها قوات التمرد في المدينة.', 'الوزير', ['قوات التمرد']],
    ['a body word written with ب in a condemnation', 'وندد الوزير باتحاد الطلاب الوطني.', 'الوزير', ['اتحاد الطلاب الوطني']],
    ['a group\'s head and its name as the accused subject', 'وقال الوزير: قوات الحوثي جماعة ارهابية تنشر الفتنة.', 'الوزير', ['قوات الحوثي']],
    ['the doer after a one-word accusing verb (VSO)', 'وقال الوزير إنه من المؤسف أن تنتهك القوات الهندية وقف إطلاق النار مرة أخرى.', 'الوزير', ['القوات الهندية']],
    ['the name before an accusing verb phrase (SVO)', 'وقال الوزير إن بلاده ملتزمة باستقرار الخليج وطهران تدعم الإرهاب.', 'الوزير', ['طهران']],
    ['the subject after the verb of a demanded clause', 'وقال المحلل إن المفوضية تطالب أن تلتزم اليونان بسياسة صارمة.', 'المفوضية', ['اليونان']],
    ['the subject after the verb of a clause demanded with بأن', 'وطالب الوزير بأن تتحمل الحكومة مسؤولياتها.', 'الوزير', ['الحكومة']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('ar', sentence, speaker)).toEqual(targets);
  });

  it.each([
    ['a need with no name after its verbal noun asks no one', 'وشددت الوزيرة على ضرورة تطوير المناهج الدراسية.', 'الوزيرة'],
    ['a ب right after a one-word object is the object\'s own', 'وطالب الوزير السماح بوصول المساعدات.', 'الوزير'],
    ['a nisba adjective before an accusing verb is no doer', 'وقال الوزير إن الحقد الإسرائيلي يدعم الإرهاب.', 'الوزير'],
    ['an accused object opened by a demonstrative names no party', 'وانتقد الوزير هذه الخطوة بشدة.', 'الوزير'],
    ['the enemies past a comma are told of another party', 'وقال الوزير إن الخلية تنتمي لتنظيم داعش، وتخدم أعداء الإسلام.', 'الوزير'],
  ])('%s', (_name, sentence, speaker) => {
    expect(targetsOf('ar', sentence, speaker)).toEqual([]);
  });
});

describe('English targets, fifth set', () => {
  it.each([
    ['the possessor of an accused subject', "The senator said that Trump's conduct was a betrayal of the country.", 'The senator', ['Trump']],
    ['the possessor of the act a demand asks for', "The union asked for manager Peter K. Dalton's resignation.", 'The union', ['Peter K. Dalton']],
    ['a possessor named as the object of a demand, without its \'s', "Protesters called for Dalton's resignation on Monday.", 'Protesters', ['Dalton']],
    ['the one a case is brought before, ahead of an asking participle', 'The union brought its complaint before the Labour Court, asking for a ruling on the strike.', 'The union', ['the Labour Court']],
    ['the named example of a duty\'s subject', 'According to the ruling, a platform, such as Streamly, must remove the original post.', 'the ruling', ['Streamly']],
    ['a titled possessor, with words between the subject and its verb', "The judge ruled that the Prime Minister's advice to the Queen was unlawful.", 'The judge', ['the Prime Minister']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('en', sentence, speaker)).toEqual(targets);
  });

  it.each([
    ['an act as the accused subject names no party', 'The judge ruled that the prorogation was unlawful.', 'The judge'],
    ['advice as the accused subject names no party, nor a court that reports', 'The summary of the ruling read: "This Court has already concluded that the advice was unlawful."', 'Court'],
  ])('%s', (_name, sentence, speaker) => {
    expect(targetsOf('en', sentence, speaker)).toEqual([]);
  });

  it('a place gone to ahead of an asking participle is no addressee', () => {
    expect(targetsOf('en', 'The union went to the market, asking for a ruling on the strike.', 'The union')).toEqual([]);
  });

  it('a person noun still heads an accused subject', () => {
    expect(targetsOf('en', 'The minister said that this individual is a terrorist.', 'The minister')).toEqual(['this individual']);
  });

  it('a possessor whose subject is cut by a comma before its verb is no target', () => {
    expect(targetsOf('en', "The senator said that Trump's conduct, in the view of many, was a betrayal of the country.", 'The senator')).toEqual([]);
  });
});
