import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): where a speaker phrase after its cue ends.
const T = 'عنوان الخبر';
const first = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs)[0];

describe('Arabic speaker phrases after the cue', () => {
  it.each([
    ['a listed name that starts with ب is no ب-phrase', 'ودعا الرئيس الأميركي باراك أوباما الطرفين إلى الحوار.',
      { speaker: 'الرئيس الأميركي باراك أوباما', content: 'الطرفين إلى الحوار' }],
    ['a listed person\'s full name ends the phrase before an object with a pronoun', 'وأبلغ الرئيس الأميركي باراك أوباما نظيره الفرنسي رفض الخطة.',
      { speaker: 'الرئيس الأميركي باراك أوباما', content: 'نظيره الفرنسي رفض الخطة' }],
    ['a ب-word after a given name, before a title in apposition, is the family name', 'وقالت سلمى باسكويل، المتحدثة باسم الشركة: «السوق واعدة».',
      { speaker: 'سلمى باسكويل', content: 'السوق واعدة' }],
    ['a definite word after a given name, right before أن, is the family name', 'وأكد سامي العبدلي أن الخطة جاهزة للتنفيذ.',
      { speaker: 'سامي العبدلي', content: 'الخطة جاهزة للتنفيذ' }],
    ['a listed country of several words is read whole', 'وأعلن جيش الإمارات العربية المتحدة مقتل جنديين في الاشتباكات.',
      { speaker: 'جيش الإمارات العربية المتحدة', content: 'مقتل جنديين في الاشتباكات' }],
    ['a head in construct takes the definite noun after it (دول الخليج)', 'وأبلغت دول الخليج العربية وزير الخارجية سامي نور أمس إن الاتفاق مهم.',
      { speaker: 'دول الخليج العربية', content: 'الاتفاق مهم' }],
    ['a head in construct takes the definite noun after it (قوات الجيش)', 'وأعلنت قوات الجيش رفع حالة التأهب في المدينة.',
      { speaker: 'قوات الجيش', content: 'رفع حالة التأهب في المدينة' }],
    ['a title after a title in apposition still belongs to the speaker', 'وقال نائب رئيس الوزراء وزير الداخلية سامي نور إن الأمن مستتب.',
      { speaker: 'نائب رئيس الوزراء وزير الداخلية سامي نور', content: 'الأمن مستتب' }],
    ['a preacher of a Friday prayer in construct with its city, then his name', 'ودعا خطيب جمعة المدينة سامي نور، أمس المصلين إلى الهدوء.',
      { speaker: 'خطيب جمعة المدينة سامي نور' }],
    ['a title with an adjective that is no nisba (الرئيس العام) is read whole', 'ودعا الرئيس العام لشؤون المساجد سامي نور المصلين إلى الهدوء.',
      { speaker: 'الرئيس العام لشؤون المساجد سامي نور', content: 'المصلين إلى الهدوء' }],
    ['an honorific heads a title phrase', 'وأكد سمو الأمير سامي نور أن الخطة جاهزة.', { speaker: 'سمو الأمير سامي نور', content: 'الخطة جاهزة' }],
    ['a listed body\'s name after ل is read whole', 'صرح دبلوماسي كبير للأمم المتحدة بأن المفاوضات متعثرة.',
      { speaker: 'دبلوماسي كبير للأمم المتحدة', content: 'المفاوضات متعثرة' }],
    ['a listed body\'s name is read whole', 'وأعربت اللجنة الدولية للصليب الأحمر عن قلقها من تدهور الوضع.',
      { speaker: 'اللجنة الدولية للصليب الأحمر' }],
    ['after a compound given name, the family name follows', 'أعلن عبد الباسط سامر رئيس المجلس أن المحادثات ستجرى.',
      { speaker: 'عبد الباسط سامر رئيس المجلس', content: 'المحادثات ستجرى' }],
    ['after a compound given name, a definite family name before إن', 'وقال عبد الله الأحمد إن الخطة جاهزة.',
      { speaker: 'عبد الله الأحمد', content: 'الخطة جاهزة' }],
    ['after a compound given name, a definite object stays the object', 'وطالب عبد الله الحكومة بالتحرك.',
      { speaker: 'عبد الله', content: 'الحكومة بالتحرك' }],
    ['right after a title, a definite word before إن is the surname', 'قال الدكتور الربيعة إن الحالات مستقرة.',
      { speaker: 'الدكتور الربيعة', content: 'الحالات مستقرة' }],
    ['a definite object before بأن is no family name', 'نفى الوزير سامي نور الأنباء بأن الجيش انسحب.',
      { speaker: 'الوزير سامي نور', stance: 'deny', content: 'الأنباء بأن الجيش انسحب' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it('فور (right upon) opens a time adverbial: the bare verb inherits the speaker', () => {
    const s = statementsOf('ar', T, 'قال الوزير سامي نور إن الوفد وصل. وقال فور وصوله في تصريحات للصحفيين إن الزيارة ناجحة.');
    expect(s[1]).toMatchObject({ speaker: 'الوزير سامي نور', rule: 'ar-pro-drop' });
  });

  it('a ب-phrase after a given name with no title after it still ends the name', () => {
    expect(first('وأشاد الوزير سامي نور بجهود المتطوعين في المدينة.')).toMatchObject({ speaker: 'الوزير سامي نور', content: 'بجهود المتطوعين في المدينة' });
  });
});

describe('a surname named again before the cue\'s preposition', () => {
  it('takes the speaker whose name it ended, not the one before the cue', () => {
    const s = statementsOf('ar', T, 'قال الدكتور سامي العلي إن الحالات مستقرة.', 'وقال الوزير خالد عمر إن الخطة جاهزة.', 'وأشار العلي إلى أن الحالات تتراجع.');
    expect(s.map((x) => x.speaker)).toEqual(['الدكتور سامي العلي', 'الوزير خالد عمر', 'الدكتور سامي العلي']);
  });
  it('leaves a fixed phrase of the verb alone (لفت الانتباه إلى أن)', () => {
    const s = statementsOf('ar', T, 'قال الوزير خالد عمر إن الخطة جاهزة.', 'ولفت الانتباه إلى أن التنفيذ يبدأ غدا.');
    expect(s.map((x) => x.speaker)).toEqual(['الوزير خالد عمر', 'الوزير خالد عمر']);
  });
});

describe('the one quoted after عن … قوله', () => {
  it.each([
    ['a source quoted by an agency', 'ونقلت الوكالة عن مسؤول أمني قوله إن الهجوم فشل.', { speaker: 'مسؤول أمني', content: 'الهجوم فشل' }],
    ['a quotation after the colon', 'ونقلت الصحيفة عن الوزير سامي نور قوله: «الخطة جاهزة».', { speaker: 'الوزير سامي نور', content: 'الخطة جاهزة', direct: true }],
    ['sources, feminine plural', 'ونقلت الصحيفة عن مصادر مطلعة قولها إن المفاوضات متعثرة.', { speaker: 'مصادر مطلعة', content: 'المفاوضات متعثرة' }],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf('ar', T, sentence)[0]).toMatchObject(expected);
  });
  it('reads no speaker into قوله without عن before it (مكررا قوله)', () => {
    expect(statementsOf('ar', T, 'وختم الوزير كلمته مكررا قوله إن الأمن أولوية.').map((x) => x.speaker)).not.toContain('مكررا');
  });
});

