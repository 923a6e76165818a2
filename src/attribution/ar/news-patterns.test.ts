import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): speaker phrases, cues and subheadings seen in real news.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const first = (...paragraphs: string[]) => all(...paragraphs)[0];

describe('Arabic speaker phrases in news', () => {
  it.each([
    ['a name written with hamza before ل (ألبرت) is no definite noun', 'واتهم ألبرت سانتوس وزير خارجية كندا، الجارة بخرق الهدنة.',
      { speaker: 'ألبرت سانتوس وزير خارجية كندا', stance: 'accuse' }],
    ['على written with ى after a title, before a kunya, is the name Ali', 'وأشار الدكتور على أبو سالم أستاذ التاريخ، إلى أن الخطة ناجحة.',
      { speaker: 'الدكتور على أبو سالم أستاذ التاريخ', content: 'الخطة ناجحة' }],
    ['a speech noun that starts with ب (بيان) heads a subject', 'وأفاد بيان رسمي أن المهاجم فر.', { speaker: 'بيان رسمي', content: 'المهاجم فر' }],
    ['a speech noun issued by a body takes the body in', 'وقال بيان صادر عن وزارة الداخلية إن المهاجم فر.',
      { speaker: 'بيان صادر عن وزارة الداخلية', content: 'المهاجم فر' }],
    ['وسائل takes the definite noun after it', 'وقتل خمسة أشخاص في الهجوم، بحسب وسائل الإعلام المحلية.',
      { speaker: 'وسائل الإعلام المحلية', content: 'وقتل خمسة أشخاص في الهجوم' }],
    ['a definite adjective after a nisba, before a time word and إن, stays in the speaker', 'وقال الائتلاف الوطني المعارض الأربعاء إن القصف توقف.',
      { speaker: 'الائتلاف الوطني المعارض', content: 'القصف توقف' }],
    ['a في-phrase places an unnamed source described by an adjective', 'ونقلت الوكالة عن مصدر أمني في المدينة قوله إن القصف توقف.',
      { speaker: 'مصدر أمني في المدينة', content: 'القصف توقف' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it.each([
    ['on (على) before a plain noun stays a preposition after a title', 'وأكد الوزير على أهمية الحوار.', { speaker: 'الوزير', content: 'أهمية الحوار' }],
    ['a definite object after a nisba is not read as an adjective', 'ونفى الجيش الوطني التقارير بأن القصف توقف.',
      { speaker: 'الجيش الوطني', stance: 'deny', content: 'التقارير بأن القصف توقف' }],
    ['a definite object after a nisba before its frame preposition stays the object', 'ودعا الائتلاف الوطني المجتمع الدولي إلى التحرك.',
      { speaker: 'الائتلاف الوطني', content: 'المجتمع الدولي إلى التحرك' }],
  ])('does not over-read: %s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it('ل + a title is the one addressed, never the subject (تقديم طلب لوزير …)', () => {
    const s = all('قال الوزير سامي نور إن الخطة جاهزة.', 'وتوجهوا إلى تقديم طلب لوزير التعليم خالد عمر لبحث الأمر.');
    expect(s.map((x) => x.speaker)).not.toContain('لوزير');
    expect(s).toHaveLength(1);
  });

  it('a construct noun after a title phrase and its nisba opens the object', () => {
    expect(first('وطالب وزير الداخلية اليمني دول الجوار بوقف الدعم.')).toMatchObject({ speaker: 'وزير الداخلية اليمني', content: 'دول الجوار بوقف الدعم' });
  });

  it('a surname named again refers to the person whose name ended before the media he talked to', () => {
    const s = all('وقال الباحث الدكتور جعفر سالم العلوي لـ«الصحيفة»: «الظاهرة تتسع».', 'وقال الوزير خالد عمر إن الخطة جاهزة.',
      'وأضاف العلوي أن «الأسباب كثيرة».');
    expect(s[2]).toMatchObject({ speaker: 'الباحث الدكتور جعفر سالم العلوي', content: 'الأسباب كثيرة' });
  });
});

describe('Arabic cues of pledging, and words left out as cues', () => {
  it.each([
    ['تعهد بـ (pledged)', 'وتعهد الرئيس بمحاسبة المسؤولين عن الهجوم.', { speaker: 'الرئيس', stance: 'assert', content: 'بمحاسبة المسؤولين عن الهجوم' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it('عبر (also "via") is no cue in the masculine perfect', () => {
    expect(all('ونقل الخبر عبر وسائل التواصل الاجتماعي عن مصادر في المدينة.')).toEqual([]);
  });
  it('توقع (also تُوقّع "signs") is no cue', () => {
    expect(all('والوزارة توقع عقودا جديدة مع الشركات.')).toEqual([]);
  });
  it('a pledge reports its ب-phrase, not a later أن', () => {
    expect(first('وتعهدت الوزيرة بمفاوضات سريعة حول اتفاق من المتوقع أن يكتمل قريبا.')).toMatchObject({ content: expect.stringMatching(/^بمفاوضات سريعة/) });
  });
  it('ruling a possibility out (غير وارد) is a denial', () => {
    expect(first('وأضاف الوزير أن التعديل الوزاري غير وارد في المرحلة الحالية.')).toMatchObject({ stance: 'deny' });
  });
});

describe('Arabic subheadings in the body', () => {
  it('a one-line paragraph "Name: …" with no end mark is a statement of that name, and the antecedent after it', () => {
    const s = all('وقال الوزير خالد عمر إن الخطة جاهزة.', 'سامي نور: لا خلافات داخل الحكومة', 'وأضاف أن الاجتماع كان مثمرا.');
    expect(s[1]).toMatchObject({ speaker: 'سامي نور', content: 'لا خلافات داخل الحكومة', rule: 'ar-headline-colon' });
    expect(s[2]).toMatchObject({ speaker: 'سامي نور' });
  });
  it.each([
    ['a line that opens with و', 'وكفى خداعا: حين يذم هؤلاء الخصوم'],
    ['a running sentence with its full stop', 'والنتيجة: الخطة فشلت في تحقيق أهدافها.'],
    ['a long lead-in before the colon', 'في المدينة القديمة وسط البلاد: حياة صعبة'],
  ])('is no subheading statement: %s', (_name, line) => {
    expect(all(line).filter((x) => x.rule === 'ar-headline-colon')).toEqual([]);
  });
});

describe('Arabic speaker phrases before a body named as the object (ar-body-object)', () => {
  it.each([
    ['a body after a definite title is the one asked', 'وطالب الوزير لجنة التحقيق بالإسراع في إعلان النتائج.',
      { speaker: 'الوزير', stance: 'demand', content: 'لجنة التحقيق بالإسراع في إعلان النتائج' }],
    ['a body after a title in construct with its definite noun is the one asked', 'وطالب وزير الداخلية هيئة الرقابة بفتح تحقيق.',
      { speaker: 'وزير الداخلية', stance: 'demand', content: 'هيئة الرقابة بفتح تحقيق' }],
    ['a body after a definite title is the one accused', 'واتهم الرئيس مجلس النواب بعرقلة الإصلاحات.',
      { speaker: 'الرئيس', stance: 'accuse', content: 'مجلس النواب بعرقلة الإصلاحات' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it.each([
    ['a body after a title in construct stays in the speaker', 'وطالب رئيس لجنة التحقيق الحكومة بالاستقالة.', { speaker: 'رئيس لجنة التحقيق' }],
    ['a body after باسم stays in the speaker', 'وقال المتحدث باسم هيئة الإغاثة إن القافلة وصلت.', { speaker: 'المتحدث باسم هيئة الإغاثة' }],
    ['a body after a feminine title in construct stays in the speaker', 'ودعت سارة نور رئيسة اتحاد المصارف العملاء إلى الهدوء.',
      { speaker: 'سارة نور رئيسة اتحاد المصارف' }],
  ])('does not over-read: %s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });
});

describe('Arabic feminine titles', () => {
  it('a woman\'s office after her name stays in the speaker, and the verb\'s على opens the content', () => {
    expect(first('وشددت سارة نور مندوبة كندا لدى المنظمة على ضرورة حماية المدنيين.'))
      .toMatchObject({ speaker: 'سارة نور مندوبة كندا', stance: 'demand', content: 'ضرورة حماية المدنيين' });
  });
});

describe('Arabic stance told by the content', () => {
  it.each([
    ['committing a wrong as the first clause\'s predicate accuses (stance-leads)', 'وقال الوزير إن المسلحين ارتكبوا جرائم بحق المدنيين.', 'accuse'],
    ['a warning told as the first clause\'s predicate warns (stance-leads)', 'وقال المتحدث إن الاتحاد حذر مرارا من عواقب القرار.', 'warn'],
    ['a quoted duty on "us" demands (stance-openers)', 'وقال الوزير: «علينا أن نتحرك فورا لحماية المدنيين».', 'demand'],
    ['"what is needed" at the start demands (stance-openers)', 'وأكد الوزير أن المطلوب هو إصلاح شامل للقطاع.', 'demand'],
    ['"it is necessary" at the start demands (stance-openers)', 'وقال الوزير إن من الضروري معالجة الأزمة سريعا.', 'demand'],
    ['"if … not" with a possible harm warns (warn-conditions)', 'وقال الوزير إنه إذا لم تتدخل الحكومة فقد ترتفع الأسعار كثيرا.', 'warn'],
  ])('%s', (_name, sentence, stance) => {
    expect(first(sentence)).toMatchObject({ stance });
  });

  it.each([
    ['committing a wrong inside a relative clause', 'وقال الوزير إن المسلحين الذين ارتكبوا جرائم بحق المدنيين اعتقلوا.'],
    ['"everyone" after its verb, not at the start', 'وقال الوزير إن القانون مطبق على الجميع دون استثناء.'],
    ['a plan with its condition but no harm (سـ is no consequence)', 'وقال الوزير إنه سيسافر غدا إذا لم يتأخر الاجتماع.'],
  ])('stays an assertion: %s', (_name, sentence) => {
    expect(first(sentence)).toMatchObject({ stance: 'assert' });
  });
});

describe('Arabic source phrases followed by a cue (ar-according-to-cue)', () => {
  it('a source whose side opens with قد and a cue leaves the statement to that cue', () => {
    const s = all('وبحسب رويترز، فقد أوضح جيري رايس مدير الاتصالات في الصندوق أن اليونان سددت ديونها.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'جيري رايس مدير الاتصالات', content: 'اليونان سددت ديونها', rule: 'ar-verb-subject-anna' });
  });
  it('a source whose side opens with قد and no cue is the source of that side', () => {
    expect(first('وبحسب مكتب الإحصاء، فقد ارتفعت الأسعار بنسبة عشرة في المائة خلال العام الماضي.'))
      .toMatchObject({ speaker: 'مكتب الإحصاء', rule: 'ar-according-to' });
  });
});

describe('Arabic first-person accounts: who speaks after a fronted subject', () => {
  it('a name with a relative clause before the verb is its subject, and the antecedent of the bare verb after it', () => {
    const s = all('قالت صحيفة الأخبار إن الطالبات وصلن.', 'سلمى التي حاولت الهرب من البيت إلى الشارع قالت: إن الرجل ضربها.',
      'وقالت: أخبرني أنه سيعود.');
    expect(s[1]).toMatchObject({ speaker: 'سلمى', rule: 'ar-subject-relative-verb' });
    expect(s[2]).toMatchObject({ speaker: 'سلمى' });
  });
  it('a title-headed subject with a relative clause before the verb', () => {
    expect(first('المحامي سامي نور الذي يتولى الدفاع عن المتهمين أكد أن الأدلة ضعيفة.'))
      .toMatchObject({ speaker: 'المحامي سامي نور', content: 'الأدلة ضعيفة' });
  });
  it('a name before إن after a و-verb inside a sentence is the verb\'s subject', () => {
    const s = all('قالت صحيفة الأخبار إن الطالبات وصلن.', 'وصفت الطالبات المدرسة بالسجن وقالت سلمى إنها تريد الرحيل.');
    expect(s.find((x) => x.content === 'تريد الرحيل')).toMatchObject({ speaker: 'سلمى' });
  });
  it('a known name after a و-verb that takes no object, a subheading run into the sentence, is the verb\'s subject', () => {
    const s = all('قال مسؤول إن الأمر انتهى.', 'تدقيق الاتفاق وقال روحاني في كلمة: "إنهم يدققون البنود".');
    expect(s[1]).toMatchObject({ speaker: 'روحاني' });
  });
  it('ردّ before a colon reports a reply, and calling it lies denies', () => {
    expect(first('ردت سلمى: كله كذب.')).toMatchObject({ speaker: 'سلمى', stance: 'deny', content: 'كله كذب' });
  });
  it('ردّ with no colon (answered with an act) is no statement', () => {
    expect(all('ورد الجيش على الهجوم بقصف المواقع.')).toEqual([]);
  });
  it('a governor (الحاكم) heads a speaker phrase', () => {
    const s = all('قال مسؤول إن الأمر انتهى.', 'وقال الحاكم السابق للولاية سامي نور في كلمة أمام المتظاهرين: "إنه اتفاق سيئ".');
    expect(s[1].speaker).toMatch(/^الحاكم/);
  });
  it('a second headline clause opened by و: the speaker is the name after the و', () => {
    expect(statementsOf('ar', 'روحاني يمتدح الاتفاق.. ونتنياهو يؤكد: يزيد خطر الحرب', 'وقال مسؤول إن الأمر انتهى.')[0])
      .toMatchObject({ speaker: 'نتنياهو' });
  });
});

describe('Arabic contents that start after the real complement', () => {
  it('قال … في تصريحات يرجح أن …، إنّ: the content follows إنّ, not the أن of the adverbial', () => {
    expect(first('وقال وزير الخارجية سامي نور في تصريحات يرجح أن تغضب الجيران، إنّ البلاد يجب أن تستعد.'))
      .toMatchObject({ content: 'البلاد يجب أن تستعد', stance: 'demand' });
  });
  it('أكد … في مؤتمر (a long adverbial) على ضرورة: the content starts at ضرورة', () => {
    expect(first('وأكد الوزير في مؤتمر مسؤولي ومديري رحلات الحج في المدينة على ضرورة التصدي للتهريب.'))
      .toMatchObject({ content: 'ضرورة التصدي للتهريب', stance: 'demand' });
  });
});

describe('Arabic verbs joined by و after an imperfect cue', () => {
  it('و + a word with the cue\'s person prefix is a second verb: no statement, no antecedent', () => {
    const s = all('وقال الوزير في حديث خاص: إن الأسرى كثيرون. لافتا إلى أنه سيتم بث لقطات في برنامج بحضور ممثل الأمم المتحدة يكشف'
      + ' ويفضح أعمال المسلحين واستغلال الأطفال في القتال. وقال: نعمل على ترتيب السجن.');
    expect(s.map((x) => x.speaker)).not.toContain('ويفضح أعمال المسلحين');
    expect(s[s.length - 1]).toMatchObject({ speaker: 'الوزير', content: 'نعمل على ترتيب السجن' });
  });
});

describe('Arabic targets', () => {
  it.each([
    ['the subject before a duty (يجب) is the one asked', 'وقال الوزير إن الحكومة يجب أن تستقيل.', ['الحكومة']],
    ['the phrase after على of a duty (يتعين على) is the one asked', 'وقال الوزير: يتعين على الحكومة تنفيذ الإصلاحات.', ['الحكومة']],
    ['على X أن before a threat names the one warned', 'وقال المسؤول إن على النظام السوري أن لا يتدخل، وإلا فإن خطوات إضافية قد تتخذ.', ['النظام السوري']],
    ['the doer of a wrong (ارتكب) after the verb is the accused', 'وقال الوزير: منذ سنوات ارتكب المسلحون جرائم كثيرة.', ['المسلحون']],
    ['an adjunct may stand between the one asked and إلى', 'ودعا الوزير الدول الأعضاء في الاتحاد إلى دعم الخطة.', ['الدول الأعضاء']],
    ['what follows دعا إلى is what is asked, not who', 'ودعا الوزير إلى تشكيل حكومة جديدة.', []],
    ['what follows نبه إلى is what is warned of, not who', 'ونبه الوزير إلى الدور السلبي للقنوات الفضائية.', []],
  ])('%s', (_name, sentence, targets) => {
    expect(first(sentence).targets).toEqual(targets);
  });
});
