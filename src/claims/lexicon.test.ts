import { describe, expect, it } from 'vitest';
import { conceptOf, findConcepts, isBroad, kindOf, parseEventLexicon, EventLexiconError } from './lexicon.js';

const HEAD = 'concept\tlang\tphrase\tbreadth\n';

describe('event lexicon', () => {
  it.each([
    ['matches a listed Arabic phrase', 'رفضت الاتهامات بأنها أرسلت قوات إلى روسيا', 'troop-deployment', 'أرسلت قوات'],
    ['matches through proclitics (و, ب, ال)', 'وبنشر القوات الكورية', 'troop-deployment', 'نشر قوات'],
    ['matches a phrase with a gap of a few words', 'تحرك بيونغ يانغ المزعوم لقوات إلى منطقة الصراع', 'troop-deployment', 'تحرك … لقوات'],
    ['prefers the longest phrase (troops and weapons over weapons)', 'بإرسال أسلحة وأفراد عسكريين إلى روسيا', 'troop-deployment', 'إرسال أسلحة وأفراد عسكريين'],
    ['matches English', 'North Korea had sent troops to Russia', 'troop-deployment', 'sent troops'],
    ['matches an English gap', 'Pyongyang sent thousands of troops', 'troop-deployment', 'sent … troops'],
    ['names a weapons transfer', 'إن ما يسمى بعمليات نقل الأسلحة بين الدول', 'weapons-transfer', 'نقل الأسلحة'],
    ['names a ratification', 'البرلمان التصديق على الوثيقة التاريخية', 'ratification', 'التصديق'],
    ['names taking part in combat as the deployment it is (و + past plural)', 'وشاركوا في الأعمال القتالية في البلدين', 'troop-deployment', 'شاركوا في الأعمال القتالية'],
    ['names war as what an act leads to', 'قال إن ذلك سيؤدي الى حرب في المنطقة', 'war', 'إلى حرب'],
    ['names smuggling through a clitic (لتهريب)', 'أحبطت السلطات محاولة لتهريب أسلحة عبر البحر', 'smuggling', 'تهريب أسلحة'],
    ['names smuggling in English', 'Police said the men smuggled explosives across the border', 'smuggling', 'smuggled'],
    ['names the seizure of a cell', 'أعلنت الوزارة ضبط خلية إرهابية في العاصمة', 'arrest', 'ضبط خلية'],
    ['names a case at an international court', 'سيتوجه إلى المحكمة الجنائية الدولية بملف الجريمة', 'legal-action', 'المحكمة الجنائية الدولية'],
    ['names a case at an international court in English', 'He will take the case to the International Criminal Court', 'legal-action', 'International Criminal Court'],
    ['names a Security Council resolution', 'أكدت التزامها بتنفيذ قرار مجلس الأمن بشأن الأزمة', 'un-resolution', 'قرار مجلس الأمن'],
    ['names a state of emergency', 'أعلن الرئيس حالة الطوارئ في البلاد', 'state-of-emergency', 'حالة طوارئ'],
    ['tells a public health emergency from a national one', 'The department had declared a public health emergency in January', 'health-emergency', 'public health emergency'],
    ['names a state of emergency in English', 'The president declared a national emergency on Friday', 'state-of-emergency', 'national emergency'],
    ['tells a ceasefire violation from a ceasefire', 'اتهمت الحكومة المتمردين بانتهاك الهدنة في الجنوب', 'ceasefire-violation', 'انتهاك الهدنة'],
    ['names a ceasefire violation across a gap', 'أن تنتهك الميليشيات مرة أخرى وقف إطلاق النار في المدينة', 'ceasefire-violation', 'تنتهك … وقف إطلاق النار'],
    ['names a ceasefire violation in English', 'Armenia said Azerbaijan had violated the ceasefire overnight', 'ceasefire-violation', 'violated the ceasefire'],
    ['names support of a group by its pronoun form', 'لن توقف دمشق دعمها للفصائل المسلحة', 'support', 'دعمها'],
    ['names the risk of an attack as a threat, not the attack (a warning before an event)', 'حذرت الأجهزة من خطر حدوث هجوم على المدينة', 'threat', 'خطر حدوث'],
    ['names the risk of an attack in English', 'officials warned of the risk of an attack on the capital', 'threat', 'risk of an'],
    ['names a state\'s support of a group', 'تعتمد الجماعة على الدعم الروسي منذ سنوات', 'support', 'الدعم الروسي'],
    ['names support in English', 'Qatar denied any financial support for the militants', 'support', 'financial support'],
    ['tells recalling one\'s ambassador from summoning another\'s', 'قررت الرباط استدعاء سفيرها في باريس للتشاور', 'ambassador-recall', 'استدعاء سفيرها'],
    ['names an ambassador recall in English', 'Sweden recalled its ambassador from Moscow', 'ambassador-recall', 'recalled its ambassador'],
    ['names shooting down an aircraft', 'أعلن الجيش أنه أسقط طائرة مسيرة فوق الحدود', 'shoot-down', 'أسقط طائرة'],
    ['names shooting down in English', 'Turkey shot down a Russian jet near the border', 'shoot-down', 'shot down'],
    ['names a pandemic declaration', 'The agency declared a pandemic on Wednesday', 'pandemic-declaration', 'declared a pandemic'],
    ['names an impeachment inquiry', 'The assembly opened an impeachment inquiry into the governor last week', 'impeachment', 'impeachment inquiry'],
    ['names drafted articles of impeachment', 'Legislators began drafting articles of impeachment against the mayor', 'impeachment', 'articles of impeachment'],
    ['names a pandemic declaration in Arabic', 'قالت المنظمة إن تفشي المرض بلغ مستوى الجائحة', 'pandemic-declaration', 'مستوى الجائحة'],
  ])('%s', (_name, text, concept, phrase) => {
    expect(conceptOf(text)).toMatchObject({ concept, phrase });
  });

  it.each([
    ['relations in all areas name no event', 'موسكو وبيونغ يانغ نعمل على تطوير العلاقات في كافة المجالات'],
    ['"a war crime" names no war', 'وصفه بأنه جريمة حرب'],
    ['self-restraint (ضبط النفس) is no seizure', 'دعا الطرفين إلى ضبط النفس'],
    ['a gap longer than allowed does not match', 'تحرك واحد اثنان ثلاثة أربعة خمسة ستة لقوات'],
    ['"these allegations" is a reference, not an event', 'هذه المزاعم'],
    ['a confession is a detail, not an event', 'المتهمون اعترفوا بالتخطيط للعملية'],
    ['"this move" is a detail, not an event', 'The ministry said this move was overdue'],
    ['pride is an evaluation, not an event', 'الحزب فخور بما حققه'],
    ['bare impeachment is the story\'s topic, no event of its own', 'the impeachment dominated the evening news'],
  ])('%s', (_name, text) => {
    expect(conceptOf(text)).toBeUndefined();
  });

  it.each([
    ['an event concept', 'ceasefire-violation', 'event'],
    ['a detail (detail- prefix)', 'detail-casualties', 'detail'],
    ['the anaphoric event reference', 'detail-reference', 'detail'],
    ['the claim reference', 'claim-reference', 'claim-reference'],
    ['the evaluation', 'evaluation', 'evaluation'],
  ])('tells the kind of %s', (_name, concept, kind) => {
    expect(kindOf(concept)).toBe(kind);
  });

  it('finds a claim reference as its own pseudo-concept', () => {
    expect(new Set(findConcepts('هذه المزاعم').map((m) => m.concept))).toEqual(new Set(['claim-reference']));
  });

  it.each([
    ['attack', true],
    ['support', true],
    ['sanctions', true],
    ['troop-deployment', false],
    ['ambassador-summons', false],
    ['an unknown concept', false],
  ])('reads from the shipped lexicon whether %s is broad', (concept, broad) => {
    expect(isBroad(concept)).toBe(broad);
  });

  it.each([
    ['a wrong header', 'id\tlang\tphrase\tbreadth\n', 'header'],
    ['an unknown language', `${HEAD}attack\tfr\tattaque\tbroad\n`, 'lang "fr"'],
    ['a phrase starting with a gap', `${HEAD}attack\ten\t… attack\tbroad\n`, 'cannot start'],
    ['a bad concept id', `${HEAD}Attack\ten\tattack\tbroad\n`, 'kebab-case'],
    ['an unknown breadth', `${HEAD}attack\ten\tattack\twide\n`, 'breadth "wide"'],
    ['a concept with two breadths', `${HEAD}attack\ten\tattack\tbroad\nattack\ten\tassault\tspecific\n`, 'broad on an earlier line'],
    ['a row without breadth', `${HEAD}attack\ten\tattack\n`, 'non-empty columns'],
  ])('rejects %s with file and line', (_name, tsv, problem) => {
    expect(() => parseEventLexicon(tsv, 'events.tsv')).toThrow(EventLexiconError);
    expect(() => parseEventLexicon(tsv, 'events.tsv')).toThrow(problem);
  });
});
