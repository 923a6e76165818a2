import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): وهو ما أكده X and its kin (05-resumptive.ts).
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const resumed = (...paragraphs: string[]) => all(...paragraphs).filter((s) => s.rule.startsWith('ar-resumptive'));

describe('Arabic relative ما + cue taking up the clause before', () => {
  it.each([
    ['وهو ما أشار إليه X: the clause before the head, not the words after the speaker', 'وارتفعت الأسعار في الأسواق، وهو ما أشار إليه رئيس الوزراء في كلمته.',
      { speaker: 'رئيس الوزراء', stance: 'assert', content: 'وارتفعت الأسعار في الأسواق', direct: false, rule: 'ar-resumptive-ma' }],
    ['وهو ما نفاه X: a denial, the pronoun on the verb', 'وتحدثت تقارير عن انسحاب القوات من المدينة، وهو ما نفاه المتحدث باسم الجيش.',
      { speaker: 'المتحدث باسم الجيش', stance: 'deny', content: 'وتحدثت تقارير عن انسحاب القوات من المدينة', rule: 'ar-resumptive-ma' }],
    ['وهذا ما أكدته X: a feminine verb with its pronoun', 'وتراجعت صادرات النفط خلال الشهر الماضي، وهذا ما أكدته وزارة الطاقة.',
      { speaker: 'وزارة الطاقة', stance: 'assert', content: 'وتراجعت صادرات النفط خلال الشهر الماضي' }],
    ['وذلك ما حذر منه X: a warning through a resumptive preposition', 'وقد تنهار الهدنة في أي لحظة، وذلك ما حذر منه المبعوث الأممي سامي نور.',
      { speaker: 'المبعوث الأممي سامي نور', stance: 'warn', content: 'وقد تنهار الهدنة في أي لحظة' }],
    ['وهو الأمر الذي انتقده X: the longest head, an accusation', 'ومنعت السلطات الصحفيين من دخول المحكمة، وهو الأمر الذي انتقده وزير العدل.',
      { speaker: 'وزير العدل', stance: 'accuse', content: 'ومنعت السلطات الصحفيين من دخول المحكمة', rule: 'ar-resumptive-alladhi' }],
    ['وهو ما عبرت عنه X: the pronoun on the preposition a cue requires', 'وتحسنت الخدمات في المستشفيات، وهو ما عبرت عنه وزيرة الصحة.',
      { speaker: 'وزيرة الصحة', stance: 'assert', content: 'وتحسنت الخدمات في المستشفيات' }],
    ['a head that opens its sentence takes up the previous sentence', 'وستغلق المدارس أبوابها الأسبوع المقبل. وهذا ما أعلنه وزير التعليم.',
      { speaker: 'وزير التعليم', content: 'وستغلق المدارس أبوابها الأسبوع المقبل', direct: false }],
    ['a quotation right before the head is the content, quoted', '«لن نتخلى عن حلفائنا في المنطقة»، هذا ما قالته المتحدثة ليلى حسن.',
      { speaker: 'المتحدثة ليلى حسن', content: 'لن نتخلى عن حلفائنا في المنطقة', direct: true }],
    ['after التأكيد على أن the clause after the particle is taken up', 'ودفع السؤال الوزير إلى التأكيد على أن الحكومة على علم بالاجتماع، وهو ما أكده رئيس البرلمان.',
      { speaker: 'رئيس البرلمان', content: 'الحكومة على علم بالاجتماع' }],
    ['what the cue says of the clause (اعتبره X + an accusative) is the content, up to the comma', 'وزرعت الألغام بشكل منظم، الأمر الذي اعتبره الخبراء تغييرا في المواجهة، على أن آخرين شككوا في ذلك.',
      { speaker: 'الخبراء', content: 'تغييرا في المواجهة' }],
  ])('%s', (_name, sentence, expected) => {
    expect(resumed(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  it('an earlier statement of the sentence is cut at the head, and the second source takes up its content', () => {
    const s = all('وقال الوزير إن الاقتصاد تحسن كثيرا هذا العام، وهو ما أكده الخبير الاقتصادي سامي نور.');
    expect(s.map((x) => [x.speaker, x.content, x.rule])).toEqual([
      ['الوزير', 'الاقتصاد تحسن كثيرا هذا العام', 'ar-verb-subject-anna'],
      ['الخبير الاقتصادي سامي نور', 'الاقتصاد تحسن كثيرا هذا العام', 'ar-resumptive-ma'],
    ]);
  });

  it('an earlier statement is cut at the head when the cue characterises the clause', () => {
    const s = all('وقال الوزير إن القوات انسحبت من المدينة، الأمر الذي اعتبره الخبراء تغييرا في المواجهة.');
    expect(s.map((x) => [x.speaker, x.content])).toEqual([['الوزير', 'القوات انسحبت من المدينة'], ['الخبراء', 'تغييرا في المواجهة']]);
  });

  it('a participle after the construction continues its speaker', () => {
    const s = all('وارتفعت الأسعار في الأسواق، وهو ما أكده وزير المالية سامي نور، قائلا: «الوضع تحت السيطرة تماما».');
    expect(s.map((x) => x.speaker)).toEqual(['وزير المالية سامي نور', 'وزير المالية سامي نور']);
  });

  it.each([
    ['does not take the clause before ما when ما is the object of a verb of saying: ما قاله X', 'ونفى الوزير ما قاله النائب عن الفساد.'],
    ['does not take the clause before ما after بحسب: بحسب ما ذكره X', 'وارتفعت الأسعار بحسب ما ذكره التقرير الشهري.'],
    ['does not read a verb that reports nothing (أظهرته) as a cue', 'ونتعرض لتهديدات كثيرة، وهو ما أظهرته الهجمات الأخيرة.'],
    ['does not read a negated cue (وهو ما لم يؤكده X) as a statement', 'وتحدثت تقارير عن انسحاب القوات، وهو ما لم يؤكده الجيش.'],
    ['does not take ما + a cue with no pronoun referring back (وهو ما قال X إنه …)', 'وارتفعت الأسعار، وهو ما قال الوزير إنه مؤقت.'],
    ['does not make a statement with no speaker after the cue', 'وارتفعت الأسعار في الأسواق، وهو ما أكدته.'],
  ])('%s', (_name, sentence) => {
    expect(resumed(sentence)).toEqual([]);
  });
});
