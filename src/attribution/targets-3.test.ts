import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Targets (GUIDELINES `targets`: the accused, the one asked, the one warned, the one doubted), third set: conjoined
// accused subjects, warnings' conditions, doubted clauses, owners of accused or denied objects, by-agents, hoped-for
// acts (targets.ts, ar/targets.ts, ar/target-objects.ts, en/target-objects.ts). Our own sentences, none from a gold or
// corpus article.
/** The targets of every statement of `speaker` in the sentence, in order. */
const targetsOf = (lang: 'ar' | 'en', sentence: string, speaker: string) =>
  statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'A headline', sentence).filter((s) => s.speaker === speaker).flatMap((s) => s.targets);

describe('Arabic targets, third set', () => {
  it.each([
    ['an accused subject and the parties conjoined to it, one by one', 'وقال الوزير: حركة حماس والحكومة السورية جماعات ارهابية تنشر الفتنة.', 'الوزير', ['حركة حماس', 'الحكومة السورية']],
    ['a conjoined name with God in it is a party', 'وقال الوزير: إيران وحزب الله جماعات ارهابية تنشر الفتنة.', 'الوزير', ['إيران', 'حزب الله']],
    ['a clause after a particle the nested rule passed names its accused subject',
      'وقال المتحدث إن "الاتحاد الافريقي يعتبر ان المحكمة الجنائية الدولية تمارس العدالة الانتقائية ولا تحاكم إلا الافارقة".', 'الاتحاد الافريقي', ['المحكمة الجنائية الدولية']],
    ['the doer after في حال قيام is the one warned', 'وقال الوزير إنه سيتم التصدي لها بقوة في حال قيام الحكومة الإسرائيلية بأي تحرك عسكري.', 'الوزير', ['الحكومة الإسرائيلية']],
    ['the subject after a condition\'s verb is the one warned', 'وحذر الوزير من أن المرشد لن يدخل في مفاوضات أخرى في حال أوقفت أمريكا هذه الاتفاقية.', 'الوزير', ['أمريكا']],
    ['a doubted clause after بأن names its subject', 'وقال الوزير إنه لا يثق بأن إيران ستلتزم بواجباتها.', 'الوزير', ['إيران']],
    ['a doubted clause in VSO names the subject after its verb', 'وشكك الوزير في أن تلتزم الحكومة بواجباتها.', 'الوزير', ['الحكومة']],
    ['the owner of condemned statements is accused', 'واستنكرت الوزارة تصريحات نوري المالكي ضد السعودية.', 'الوزارة', ['نوري المالكي']],
    ['a nisba name standing alone after a noun of saying is its owner', 'وسخر اللواء من ادعاءات الحوثي باستهداف المطار.', 'اللواء', ['الحوثي']],
    ['an accused clause whose subject is a party\'s saying names its owner', 'وقالت الوزارة: تصريحات المالكي ضد المملكة غير مبررة.', 'الوزارة', ['المالكي']],
    ['the doer of the relative clause on a criticised decision is accused', 'وانتقد الوزير القرار الذي اتخذته الحكومة أمس.', 'الوزير', ['الحكومة']],
    ['the doer of the relative clause on denied reports is the one denied', 'ونفت الوزارة التقارير التي نشرتها صحيفة الغارديان.', 'الوزارة', ['صحيفة الغارديان']],
    ['a name beginning with ب is the one asked', 'ودعت الصين باكستان للتعاون للقضاء على التهديد.', 'الصين', ['باكستان']],
    ['a definite word after a name asked is what is asked', 'ودعت الصين باكستان التعاون في مكافحة الإرهاب.', 'الصين', ['باكستان']],
    ['the one a denial says has no presence, after ل', 'وقال الوزير إنه لا وجود لبشار الأسد في مستقبل سوريا.', 'الوزير', ['بشار الأسد']],
    ['each doer of a committed wrong apart', 'وقال الوزير إن ما جرى يضاف إلى سجل الجرائم التي يرتكبها المستوطنون والحكومة الإسرائيلية كل يوم.', 'الوزير', ['المستوطنون', 'الحكومة الإسرائيلية']],
    ['a demonstrative of people before a definite noun is the accused subject', 'وقال الوزير إن هؤلاء المجرمين أعداء الاسلام ويسفكون الدماء.', 'الوزير', ['هؤلاء المجرمين']],
    ['a condemnation\'s ب-object naming a party is the accused', 'ونددت الوزارة بالحكومة السورية بسبب القصف.', 'الوزارة', ['الحكومة السورية']],
    ['a condemnation\'s ب-object naming a name is the accused', 'وندد الوزير بإسرائيل بسبب الغارات.', 'الوزير', ['إسرائيل']],
    ['the agent after من قبل in a condemned act, each party apart', 'وأدان الوزراء بشدة الهجمات العنيفة من قبل تنظيم القاعدة وداعش.', 'الوزراء', ['تنظيم القاعدة', 'داعش']],
    ['the subject after a duty\'s verb is the one bound', 'وقال الوزير إنه يجب أن تتحمل الحكومة مسؤولياتها.', 'الوزير', ['الحكومة']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('ar', sentence, speaker)).toEqual(targets);
  });

  it('a nisba followed by its adjective is no owner', () => {
    expect(targetsOf('ar', 'وسخر الوزير من ادعاءات الإعلامي المصري بشأن الأزمة.', 'الوزير')).toEqual([]);
  });

  it('an adverb joined by و before the frame preposition is no one warned', () => {
    expect(targetsOf('ar', 'وحذر الوزير مراراً وتكراراً من العواقب التي قد تنجم عن الحرب.', 'الوزير')).toEqual([]);
  });

  it('a noun before the verb of a doubted clause is no verb with a subject after it', () => {
    expect(targetsOf('ar', 'وأشار الوزير إلى أن فريق المنظمة لم يجد أي أدلة على وجود منشآت عسكرية.', 'الوزير')).toEqual([]);
  });
});

describe('English targets, third set', () => {
  it.each([
    ['the by-agent of an accused act', 'Erdogan attacked the proclamation of Golan Heights as Israeli territory by the President of the United States.', 'Erdogan', ['the President of the United States']],
    ['a lower-case by-agent is a determined noun phrase', 'The minister condemned the killing of protesters by the security forces on Monday.', 'The minister', ['the security forces']],
    ['the subject of a hoped-for act in a demand', 'The minister said: "And I hope that Anne Sacoolas will come back and face the courts."', 'The minister', ['Anne Sacoolas']],
    ['the object before a demand\'s infinitive', 'Trump called for NATO members to increase military spending.', 'Trump', ['NATO members']],
    ['a body word that is also a said thing can be the accused subject', 'The Taliban alleged the central government are "hiding casualty figures".', 'The Taliban', ['the central government']],
    ['the one warned before the "that" of a warning cue', 'Trump warned Iran that any attack would be met with force.', 'Trump', ['Iran']],
    ['the named subject of a demanded "that" clause', 'Pelosi demanded that the White House release the transcript.', 'Pelosi', ['the White House']],
    ['a named accused subject before an auxiliary', 'Corbyn added: "Boris Johnson is trying to use the Queen to grab power — this is an irresponsible act."', 'Corbyn', ['Boris Johnson']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('en', sentence, speaker)).toEqual(targets);
  });

  it.each([
    ['the subject of a passive infinitive is acted on, not asked', 'Legal groups called for the bill to be dropped.', 'Legal groups'],
    ['a negated clause\'s subject is no one warned', 'She cautioned justice does not come swiftly.', 'She'],
    ['a verb in -s after a demanded clause\'s subject is no bare verb', 'The senators demanded that Congress votes on the bill now.', 'The senators'],
  ])('%s', (_name, sentence, speaker) => {
    expect(targetsOf('en', sentence, speaker)).toEqual([]);
  });
});
