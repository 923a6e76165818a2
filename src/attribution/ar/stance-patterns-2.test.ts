import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Stance read from the content (stance.ts and the ar stance lexicons), second set: our own sentences, none from a gold
// or corpus article.
const T = 'عنوان الخبر';
const stanceOf = (sentence: string, speaker: string) => statementsOf('ar', T, sentence).find((s) => s.speaker === speaker)?.stance;
const MINISTER = 'الوزير سامي نور';

describe('Arabic stance: harms foretold, violations, denials and doubt', () => {
  it.each([
    ['"work that must be done" calls for it, even in a relative clause', 'وقال الوزير سامي نور إن هناك الكثير من العمل الذي يجب القيام به قبل الانتخابات.', 'demand'],
    ['calling an act a duty calls for it', 'وقال الوزير سامي نور إن حماية الغابات أصبحت واجبا على كل مواطن.', 'demand'],
    ['"it is a duty to" calls for the act', 'وقال الوزير سامي نور إنه من الواجب إصلاح الطرق قبل الشتاء.', 'demand'],
    ['a war that may break out is a warning', 'وقال الوزير سامي نور إن انهيار الهدنة قد يقود إلى نشوب حرب في المنطقة.', 'warn'],
    ['a turn of events called dangerous raises the alarm', 'وقال الوزير سامي نور إن سيطرة المسلحين على الميناء تعد تطورا خطيرا.', 'warn'],
    ['chaos that will reign is a warning', 'وقال الوزير سامي نور إن الفوضى ستسود البلاد بعد انسحاب القوات.', 'warn'],
    ['an act done in violation of a truce is a charge', 'وقال الوزير سامي نور إن الجماعة قصفت القرية في انتهاك للهدنة.', 'accuse'],
    ['allegations named in one\'s own words are set aside', 'وقال الوزير سامي نور إنه حتى لو كانت هناك مزاعم عن تزوير فإن النتيجة لن تتغير.', 'deny'],
    ['saying one was not pressured is a denial', 'وقال الوزير سامي نور إن القاضي لم يتعرض لأي ضغوط من الحكومة.', 'deny'],
    ['laying the blame on someone is a charge', 'وقال الوزير سامي نور إن الحكومة تلقي باللائمة على المتمردين في انقطاع الكهرباء.', 'accuse'],
    ['an act said to violate an agreement is a charge', 'وقال الوزير سامي نور إن القصف ينتهك اتفاق التهدئة.', 'accuse'],
    ['saying one did not violate an agreement is a denial', 'وقال الوزير سامي نور إن بلاده لم تنتهك اتفاق التهدئة.', 'deny'],
    ['an act called an aggression is a charge', 'وقال الوزير سامي نور إن الحكومة تعد الغارة عدوانا على البلاد.', 'accuse'],
    ['"there is no contact at all" opening the content is a denial', 'وقال الوزير سامي نور: «ليس هناك أي اتصال مع الجماعة المسلحة».', 'deny'],
    ['"no evidence at all" opening the content is doubt, not a denial', 'وقال الوزير سامي نور: «لا يوجد أي دليل على تسرب الوقود».', 'doubt'],
    ['"we cannot confirm" in one\'s own words is doubt', 'وقال الوزير سامي نور: «لا يمكننا تأكيد الخبر حتى الآن».', 'doubt'],
    ['finding no evidence is doubt', 'وقال الوزير سامي نور إن فريق التفتيش لم يجد أي أدلة على وجود أسلحة في المبنى.', 'doubt'],
    ['not knowing whether a thing is so is doubt', 'وقال الوزير سامي نور إنه لم يعرف ما إذا كان الانفجار ناجما عن قنبلة.', 'doubt'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, MINISTER)).toBe(stance);
  });
});

describe('Arabic stance: phrases that name no stance', () => {
  it.each([
    ['"the reasons behind" names causes, not a culprit', 'وقال الوزير سامي نور إن اللجنة تدرس الأسباب التي تقف وراء ارتفاع الأسعار.', 'assert'],
    ['"there is no military solution" without أي is an assessment', 'وقال الوزير سامي نور: «لا يوجد حل عسكري للأزمة».', 'assert'],
    ['"premature to talk about" is an assessment', 'وقال الوزير سامي نور إنه من السابق لأوانه الحديث عن موعد الانتخابات.', 'assert'],
    ['wishing someone well is a courtesy', 'وقال الوزير سامي نور: «نتمنى للحكومة الجديدة التوفيق في عملها».', 'assert'],
    ['"we must remind everyone that" introduces what is told', 'وقال الوزير سامي نور: «لا بد أن نذكر الجميع بأن الاتفاق وقع قبل عامين».', 'assert'],
    ['"it should be noted that" introduces what is told', 'وقال الوزير سامي نور إنه يجب الإشارة إلى أن المصنع افتتح قبل عامين.', 'assert'],
    ['serious wounds raise no alarm', 'وقال الوزير سامي نور إن شرطيا أصيب بجروح خطيرة في الهجوم.', 'assert'],
    ['an inquiry into allegations does not set them aside', 'وقال الوزير سامي نور إن الشرطة تحقق في مزاعم بتعرض سجناء للضرب.', 'assert'],
    ['an inquiry into a violation charges no one', 'وقال الوزير سامي نور إن اللجنة ستحقق في انتهاك الهدنة الأسبوع المقبل.', 'assert'],
    ['"did what is needed" lays no duty', 'وقال الوزير سامي نور إن الحكومة قامت بما يجب لحماية المدنيين.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, MINISTER)).toBe(stance);
  });
  it.each([
    ['a wish for an act is still a call', 'وقال الوزير سامي نور: «نتمنى أن تتدخل الوزارة سريعا».', 'demand'],
    ['a culprit behind an attack is still a charge', 'وقال الوزير سامي نور إن عصابة منظمة تقف وراء الهجوم على المصرف.', 'accuse'],
    ['the reading goes on after "did what is needed"', 'وقال الوزير سامي نور إن الشرطة قامت بما يجب وما نشر عنها مجرد شائعات.', 'deny'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, MINISTER)).toBe(stance);
  });
});
