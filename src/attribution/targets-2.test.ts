import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Targets (GUIDELINES `targets`: the accused, the one asked, the one warned), second set: read off the finished
// statement (targets.ts, ar/target-objects.ts, en/target-objects.ts, target-split.ts). Our own sentences, none from a
// gold or corpus article.
/** The targets of every statement of `speaker` in the sentence, in order. */
const targetsOf = (lang: 'ar' | 'en', sentence: string, speaker: string) =>
  statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'A headline', sentence).filter((s) => s.speaker === speaker).flatMap((s) => s.targets);

describe('Arabic targets', () => {
  it.each([
    ['the object a participle passed before إلى is the one asked', 'وقالت الوزيرة إن الحصار فشل، داعية الجمهوريين إلى "الاستماع لمطالب الشعب".', 'الوزيرة', ['الجمهوريين']],
    ['a first-person demand opening a quotation names its object, each conjoined party apart',
      'وقال الرئيس: «نطالب المجتمع الدولي والأمم المتحدة بأن تتحرك فورا».', 'الرئيس', ['المجتمع الدولي', 'الأمم المتحدة']],
    ['a comma before بأن still closes the object of نطالب', 'وقال الرئيس: «نطالب فرنسا وألمانيا، بأن تتحرك فورا».', 'الرئيس', ['فرنسا', 'ألمانيا']],
    ['a demand after كما in the content names its object too', 'وقال الرئيس: «نطالب الحكومة باتخاذ إجراءات كما نطالب المجتمع الدولي بالتحرك».', 'الرئيس', ['الحكومة', 'المجتمع الدولي']],
    ['a relative clause may stand between the one asked and إلى', 'ودعا الرئيس الأميركي، أمس، دول المنطقة التي تحارب الحركة المتطرفة إلى «إبقاء الضغط» على المتمردين.', 'الرئيس الأميركي', ['دول المنطقة']],
    ['a listed threat names the one it falls on', 'وقالت الوزارة في بيان إنها ستقوم بمحاسبة "قتلة الصحفي" قريبا وإلا فلن يهدأ الشارع.', 'الوزارة', ['قتلة الصحفي']],
    ['a quoted accusation opening with إن names its subject', 'وقال الوزير: «إن حركة فتح هي المسؤولة عن الهجوم وتتحمل المسؤولية عنه».', 'الوزير', ['حركة فتح']],
    ['a charge after a colon names its subject', 'وقال الوزير: إيران دولة راعية للإرهاب.', 'الوزير', ['إيران']],
    ['a duty laid with على later in a demand names the one bound', 'وقال الوزير: «إنه اتفاق سيئ يجب رفضه. يتوجب على الحكومة أن تقوم بعملها».', 'الوزير', ['الحكومة']],
    ['the doer after "commits them" is accused', 'وقال الوزير إن ما جرى يضاف إلى سجل الجرائم التي يرتكبها المستوطنون كل يوم.', 'الوزير', ['المستوطنون']],
    ['a ل-purpose after a definite object frames the demand', 'ودعت الحكومة المؤتمر الوطني للالتحاق بالاتفاق.', 'الحكومة', ['المؤتمر الوطني']],
    ['a compass word inside the one asked stays in it', 'ودعا الرئيس دول شرق أفريقيا إلى إبقاء الضغط على المتمردين.', 'الرئيس', ['دول شرق أفريقيا']],
    ['past the phrase a cue requires, a capital named after the verbal noun is the one warned of', 'ودقت كوريا الجنوبية ناقوس الخطر بشأن تحرك بيونغ يانغ المزعوم.', 'كوريا الجنوبية', ['بيونغ يانغ']],
    ['an indefinite word after a definite one ends the one asked', 'وطالب الوزير الجميع بوقفة حازمة ضد الفساد.', 'الوزير', ['الجميع']],
    ['a name in construct with God is a party', 'وطالب الوزير بانسحاب حزب الله من سوريا.', 'الوزير', ['حزب الله']],
    ['a family name after آل stays whole', 'وطالب الوزير آل مرعي بحجب المواقع.', 'الوزير', ['آل مرعي']],
    ['the speaker\'s honorific is no part of the one asked', 'وصل الوزير سامي نور إلى المدينة. ودعا معاليه الجميع إلى الوقوف صفا واحدا.', 'سامي نور', ['الجميع']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('ar', sentence, speaker)).toEqual(targets);
  });

  it('a clause subject of two parties stays whole (they act together)', () => {
    expect(targetsOf('ar', 'وقال الوزير إن الولايات المتحدة والفلبين يجب أن تحسبا عدد المدارج.', 'الوزير')).toEqual(['الولايات المتحدة والفلبين']);
  });

  it('God asked in a prayer is no party', () => {
    expect(targetsOf('ar', 'ودعا خطيب المسجد الكبير الله أن يحفظ البلاد.', 'خطيب المسجد')).toEqual([]);
  });

  it('a threat of deprivation names those deprived, not the act', () => {
    expect(targetsOf('ar', 'وهدد الوزير بحرمان الطلاب الذين يغشون من الامتحانات.', 'الوزير')).toEqual(['الطلاب']);
  });
});

describe('English targets', () => {
  it.each([
    ['the accused before "of"', 'Duterte accused the network of "swindling" the government.', 'Duterte', ['the network']],
    ['the blamed before "for"', 'He blamed the opposition for the violence.', 'He', ['the opposition']],
    ['the one warned before "against"', 'Police warned drivers against using the road.', 'Police', ['drivers']],
    ['the body whose act is condemned', 'The senator condemned the act of the NTC.', 'The senator', ['the NTC']],
    ['the one whose swearing-in is opposed', 'Smith expressed opposition to the swearing-in of Pierluisi.', 'Smith', ['Pierluisi']],
    ['the owner of a threatened thing', 'The president threatened the network\'s franchise renewal.', 'The president', ['the network']],
    ['the agents of an accused act, one by one', 'She testified she was raped by Quirin, Redouane, and a third officer.', 'She', ['Quirin', 'Redouane']],
    ['the one pressured to act inside a demand', 'The minister said the Mexican government would pressure the U.S. government to provide better protections.', 'The minister', ['the U.S. government']],
    ['the one requested to act inside a quotation', 'Chakrapani said: "I request all the presidents of the world to take the cure daily."', 'Chakrapani', ['all the presidents of the world']],
    ['the subject of a condition further into a warning', 'Trump said: "As I have said before, if Turkey does anything wrong, I will destroy its economy."', 'Trump', ['Turkey']],
    ['the subject of an accusation past its adjunct', 'The mayor said: "For our city, this individual is a terrorist."', 'The mayor', ['this individual']],
    ['the parties asked, one by one', 'The group called on Italy and Egypt to join the project.', 'The group', ['Italy', 'Egypt']],
    ['the addressee written to right before the asking cue', 'The minister wrote to the US Embassy in London asking to waive her immunity.', 'The minister', ['the US Embassy in London']],
    ['the subject of a warning\'s condition', 'Trump said: "If Turkey does anything that I consider to be off limits, I will totally destroy its economy."', 'Trump', ['Turkey']],
  ])('%s', (_name, sentence, speaker, targets) => {
    expect(targetsOf('en', sentence, speaker)).toEqual(targets);
  });

  it.each([
    ['a pronoun asked to act names nobody', 'The minister told reporters: "All we need to do is ask her to come back."', 'The minister'],
    ['a "to" inside the speaker phrase names no addressee', 'Former US Ambassador to the United Nations Nikki Haley wrote: "We must always help our allies."', 'Former US Ambassador to the United Nations Nikki Haley'],
    ['a gerund before "to" names an act, not the one asked', 'Pope Francis instructs reporting of sexual abuse to higher church authorities.', 'Pope Francis'],
    ['a said thing is no accused subject', 'The mayor said: "The statement was a terrorist act."', 'The mayor'],
    ['"to" before a noun phrase is no infinitive: nobody asked', 'The company appealed the decision to the Supreme Court.', 'The company'],
    ['an edited quotation\'s "[W]e" is no party', 'Johnson said: "[W]e must leave by October, or else I fear the worst."', 'Johnson'],
  ])('%s', (_name, sentence, speaker) => {
    expect(targetsOf('en', sentence, speaker)).toEqual([]);
  });
});
