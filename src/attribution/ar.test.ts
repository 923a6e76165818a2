import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

const T = 'عنوان الخبر';

describe('Arabic attribution', () => {
  it.each([
    ['verb–subject–أن', 'قال وزير الخارجية الإيراني محمد جواد ظريف إن المفاوضات ستستمر.',
      { speaker: 'وزير الخارجية الإيراني محمد جواد ظريف', stance: 'assert', content: 'المفاوضات ستستمر', rule: 'ar-verb-subject-anna' }],
    ['a feminine verb with a country', 'أكدت فرنسا أن الاتفاق صامد.', { speaker: 'فرنسا', stance: 'assert', content: 'الاتفاق صامد' }],
    ['denial keeps the rejected object', 'نفى المتحدث باسم الوزارة أحمد سالم التقارير بأن الجيش انسحب من المدينة.',
      { speaker: 'المتحدث باسم الوزارة أحمد سالم', stance: 'deny', content: 'التقارير بأن الجيش انسحب من المدينة' }],
    ['an object ends where the subject goes on to its next act (، و + a feminine past verb)', 'دقت كوريا الجنوبية ناقوس الخطر بشأن تحرك القوات إلى منطقة الحدود، واستدعت السفير الصيني في سيول.',
      { speaker: 'كوريا الجنوبية', stance: 'warn', content: 'تحرك القوات إلى منطقة الحدود' }],
    ['a spokesman keeps his body and his name when both are known entities', 'نفى المتحدث باسم الكرملين دميتري بيسكوف التقارير بأن القوات وصلت إلى الحدود.',
      { speaker: 'المتحدث باسم الكرملين دميتري بيسكوف', stance: 'deny', content: 'التقارير بأن القوات وصلت إلى الحدود' }],
    ['accusation with a target', 'اتهم رئيس الوزراء خالد عمر المعارضة بإشعال الفتنة.',
      { speaker: 'رئيس الوزراء خالد عمر', stance: 'accuse', targets: ['المعارضة'] }],
    ['colon and quotation', 'وقال المتحدث باسم الجيش سامي نور: «لن نتراجع عن مواقعنا».',
      { speaker: 'المتحدث باسم الجيش سامي نور', content: 'لن نتراجع عن مواقعنا', direct: true, rule: 'ar-verb-subject-quote' }],
    ['a warning with من أن', 'حذر الأمين العام من أن الوضع يتدهور بسرعة.', { stance: 'warn', content: 'الوضع يتدهور بسرعة' }],
    ['a demand with بـ', 'طالبت منظمة العفو الدولية الحكومة بالإفراج عن المعتقلين.', { stance: 'demand', speaker: 'منظمة العفو الدولية', targets: ['الحكومة'] }],
    ['a demand whose object is only a ب-phrase names no one asked', 'وطالب الوزير بإجراء تحقيق عاجل في الحادث.', { stance: 'demand', targets: [] }],
    ['a call for a purpose (ل + verbal noun) names no one asked', 'ودعت الحركة لإقامة منطقة آمنة على الحدود.', { stance: 'demand', targets: [] }],
    ['according to', 'قتل عشرة أشخاص في القصف، بحسب ما ذكر المرصد السوري لحقوق الإنسان.',
      { speaker: 'المرصد السوري لحقوق الإنسان', rule: 'ar-according-to', content: 'قتل عشرة أشخاص في القصف' }],
    ['an unnamed source', 'وقالت مصادر مطلعة إن المحادثات تعثرت.', { speaker: 'مصادر مطلعة', content: 'المحادثات تعثرت' }],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf('ar', T, sentence)[0]).toMatchObject(expected);
  });

  it.each([
    ['a quoted name after the cue', 'وأكد "سالم الحربي" أن المشروع سيكتمل قريبا.', { speaker: 'سالم الحربي', content: 'المشروع سيكتمل قريبا' }],
    ['a quoted name after a role', 'وقال المواطن "سالم الحربي" إن المياه مقطوعة.', { speaker: 'المواطن "سالم الحربي"', content: 'المياه مقطوعة' }],
    ['a name in apposition between commas', 'أكد وزير الداخلية الفرنسي، جان مارتان، أن الحدود ستبقى مفتوحة.',
      { speaker: 'وزير الداخلية الفرنسي، جان مارتان', content: 'الحدود ستبقى مفتوحة' }],
    ['a family name with the article before a colon', 'قال وزير الخارجية سامي المعلم: إن المحادثات مستمرة.',
      { speaker: 'وزير الخارجية سامي المعلم' }],
    ['the addressee after a name is not the speaker', 'وقال المتحدث باسم الشرطة خالد يوسف لوكالة الأنباء إن التحقيق مستمر.',
      { speaker: 'المتحدث باسم الشرطة خالد يوسف', content: 'التحقيق مستمر' }],
    ['a part of the day after the speaker', 'طالب الرئيس سامي نور مساء أمس البرلمان بإقرار القانون.', { speaker: 'الرئيس سامي نور', stance: 'demand' }],
    ['a quantifier with من heads the speaker', 'أوضح عدد من السكان أن المياه مقطوعة منذ أيام.', { speaker: 'عدد من السكان' }],
    ['a colon a few words after the cue opens the content', 'وقال الوزير خلال مؤتمر صحفي في العاصمة: «سنواصل دعم المزارعين في كل المناطق».',
      { speaker: 'الوزير', content: 'سنواصل دعم المزارعين في كل المناطق', direct: true }],
    ['كان … قد قال: subject before the verb', 'وكان الرئيس سامي نور قد قال إن الانتخابات ستجرى في موعدها.',
      { speaker: 'الرئيس سامي نور', content: 'الانتخابات ستجرى في موعدها' }],
    ['a relative clause whose antecedent speaks', 'والتقى الوزير ممثل البنك الدولي الذي قال إن التمويل متاح.',
      { speaker: 'ممثل البنك الدولي', content: 'التمويل متاح', rule: 'ar-relative' }],
    ['a speech noun and فيها: its possessor speaks', 'وردا على تصريحات الرئيس سامي نور التي أكد فيها أن الحرب انتهت، قال الوزير إن ذلك غير صحيح.',
      { speaker: 'الرئيس سامي نور', content: 'الحرب انتهت' }],
    ['a statement issued, then فيه: the issuer speaks', 'كما أصدر الجيش بيانا أعرب فيه عن أسفه للحادث.', { speaker: 'الجيش' }],
    ['a demonstrative that ends a phrase is no noun marker', 'إلى ذلك نفى الوزير سامي نور التقارير عن استقالته.', { speaker: 'الوزير سامي نور', stance: 'deny' }],
    ['a denial in the words: لم تكن at the content start', 'وقال الوزير سامي نور: «لم تكن الحكومة على علم بالخطة».', { stance: 'deny' }],
    ['a negation inside the content stays an assertion', 'وقال الوزير سامي نور إن الوضع لم يكن جيدا.', { stance: 'assert' }],
    ['an accusation whose object holds a relative cue gives one statement', 'وانتقد الوزير سامي نور الدول التي قال إنها تدعم الجماعات المسلحة.',
      { speaker: 'الوزير سامي نور', stance: 'accuse', content: 'تدعم الجماعات المسلحة' }],
    ['an unnamed source placed with في', 'وأفادت مصادر في الوزارة، لـ«الصحيفة»، بأن الاجتماع تأجل.', { speaker: 'مصادر في الوزارة', content: 'الاجتماع تأجل' }],
    ['an unnamed source close to someone', 'قالت مصادر مقربة من الرئيس إن الزيارة ستتم الأسبوع المقبل.', { speaker: 'مصادر مقربة من الرئيس' }],
    ['a fronted subject with مقربين من', 'وقالت المصادر إن وسطاء مقربين من الحكومة أكدوا تقديم عروض للقبائل.',
      { speaker: 'وسطاء مقربين من الحكومة', content: 'تقديم عروض للقبائل' }],
    ['a relative clause on the subject before the particle', 'وقال القائد العسكري الذي رفض الكشف عن هويته لأسباب أمنية إن الهجوم كان الأعنف.',
      { speaker: 'القائد العسكري', content: 'الهجوم كان الأعنف' }],
    ['a rank with الركن', 'وقال اللواء الركن سامي نور إن القوات تقدمت.', { speaker: 'اللواء الركن سامي نور' }],
    ['a fronted subject after وكانت', 'وكانت الجبهة الشعبية أعلنت انسحابها من المدينة.', { speaker: 'الجبهة الشعبية' }],
    ['في حين opens a new statement', 'أكدت مصادر مطلعة أن المحادثات توقفت، في حين أشارت مصادر أخرى إلى أن الوساطة مستمرة.',
      { speaker: 'مصادر مطلعة', content: 'المحادثات توقفت' }],
    ['an object content ends before an adjunct clause', 'ويرفض المدير سامي نور الاقتراح، حيث تواصلت معه الصحيفة هاتفيا.', { content: 'الاقتراح' }],
    ['a fronted subject with a quoted name after a title', 'ويبدو أن وزير الصحة "د. سامي نور" قال خلال الاجتماع إن المستشفيات جاهزة.',
      { speaker: 'د. سامي نور', content: 'المستشفيات جاهزة' }],
    ['خاصة أن keeps the reason in an object content', 'أوضح عدد من السكان استياءهم، خاصة أن المياه مقطوعة منذ أيام.',
      { content: 'استياءهم، خاصة أن المياه مقطوعة منذ أيام' }],
    ['إنه opens the content', 'وقال الوزير سامي نور إنه سيزور المدينة غدا.', { content: 'سيزور المدينة غدا' }],
    ['a long apposition closed by a particle', 'وقال سامي نور، أبرز المدافعين عن المشروع في البرلمان، إن التصويت سيجري غدا.',
      { speaker: 'سامي نور، أبرز المدافعين عن المشروع في البرلمان', content: 'التصويت سيجري غدا' }],
    ['a long adjunct after the subject before أن', 'وقال الوزير سامي نور خلال حضوره اجتماعا للجنة الشؤون الخارجية في البرلمان أمس الخميس أن الاتفاق لا يتضمن بنودا سرية.',
      { speaker: 'الوزير سامي نور', content: 'الاتفاق لا يتضمن بنودا سرية' }],
    ['a title after a name-like word continues the speaker', 'أكد مساعد وزير الخارجية الفرنسي جان مارتان أن الاتفاق صامد.', { speaker: 'مساعد وزير الخارجية الفرنسي جان مارتان' }],
    ['بن inside a name', 'أكد وزير الخارجية خالد بن محمد العطية أن الاجتماع كان بناء.', { speaker: 'وزير الخارجية خالد بن محمد العطية' }],
    ['a title with العام', 'وأشار المدير العام للعلاقات الخارجية سامي نور إلى أن الزيارة ناجحة.', { speaker: 'المدير العام للعلاقات الخارجية سامي نور' }],
    ['a verbal noun heads the object, not the subject', 'وقال الوزير سامي نور إن الاتفاق جيد. وأكد ضرورة تقاسم المعلومات بين الدول.',
      { speaker: 'الوزير سامي نور', content: 'ضرورة تقاسم المعلومات بين الدول' }],
    ['a statement document speaks', 'وقال البيان إن الحكومة ستواصل جهودها.', { speaker: 'البيان', content: 'الحكومة ستواصل جهودها' }],
    ['a relative with a pronoun particle keeps the subject after the verb', 'وتحدث عن الاتفاق الذي قال الوزير سامي نور إنه سيوقع قريبا.',
      { speaker: 'الوزير سامي نور', content: 'سيوقع قريبا' }],
    ['a verb framed by بـ ends its subject at the ب-word', 'وهدد الوزير سامي نور بحرمان المخالفين من السفر.', { speaker: 'الوزير سامي نور', stance: 'warn' }],
    ['a masculine verb and a feminine body: the body is the object', 'وقال الوزير سامي نور إن الخطة جاهزة. وطالب منظمة الحج باتخاذ التدابير اللازمة.',
      { speaker: 'الوزير سامي نور', stance: 'demand', content: 'منظمة الحج باتخاذ التدابير اللازمة' }],
    ['a focus adverb is no subject', 'وقال الوزير سامي نور إن الخطة جاهزة. وكان يدعو خصوصا إلى رفع الحظر.',
      { speaker: 'الوزير سامي نور', stance: 'demand', content: 'رفع الحظر' }],
    ['a title in construct after a name', 'دعا سامي نور نائب رئيس المكتب السياسي للحركة إلى تشكيل حكومة وحدة.',
      { speaker: 'سامي نور نائب رئيس المكتب السياسي للحركة', content: 'تشكيل حكومة وحدة' }],
    ['a speaker phrase never ends on a preposition', 'وقال مصدر مقرب من «الحزب» إن القيادة قلقة.', { speaker: 'مصدر مقرب', content: 'القيادة قلقة' }],
    ['an adverbial between commas is no apposition', 'وقال الوزير سامي نور، خلال مؤتمر صحفي، إن التصويت سيجري غدا.',
      { speaker: 'الوزير سامي نور', content: 'التصويت سيجري غدا' }],
    ['كما ذكر closes the sentence: the content comes before it', 'وصل الوفد إلى العاصمة مساء أمس، كما ذكر مراسل من وكالة الأنباء.',
      { speaker: 'مراسل من وكالة الأنباء', content: 'وصل الوفد إلى العاصمة مساء أمس', rule: 'ar-verb-subject-before' }],
  ])('%s', (_name, sentence, expected) => {
    const s = statementsOf('ar', T, sentence);
    expect(s.find((x) => x.content === (expected as { content?: string }).content) ?? s[0]).toMatchObject(expected);
  });

  it('a surname-only mention makes its full mention the most recent antecedent', () => {
    const s = statementsOf('ar', T, 'قال الوزير سامي نور إن الاتفاق جيد.', 'وقال الرئيس الفرنسي جان مارتان إن الحوار مستمر.',
      'وتابع نور أن الاتفاق سيوقع قريبا.', 'وأضاف أن الموعد لم يحدد.');
    expect(s.at(-1)).toMatchObject({ speaker: 'الوزير سامي نور', content: 'الموعد لم يحدد' });
  });

  it('تعتبر without أن is "is considered", no cue', () => {
    expect(statementsOf('ar', T, 'وأكد الوزير سامي نور أن دول الجوار تعتبر أولوية بالنسبة للحكومة.')).toHaveLength(1);
  });

  it('a verb framed by بـ reports only with its ب-phrase', () => {
    expect(statementsOf('ar', T, 'وقال الوزير سامي نور إن الأوضاع خطرة وتهدد أرواح السكان.')).toHaveLength(1);
    expect(statementsOf('ar', T, 'ونددت الحكومة بالهجوم على القرية.')[0]).toMatchObject({ speaker: 'الحكومة', stance: 'accuse' });
  });

  it('the anonymity formula is no refusal', () => {
    const s = statementsOf('ar', T, 'وقال مسؤول رفض الكشف عن اسمه إن المفاوضات فشلت.');
    expect(s.map((x) => x.stance)).toEqual(['assert']);
  });

  it('a titled third party reported inside a quotation is a statement of its own', () => {
    const s = statementsOf('ar', T, 'وقال الوزير سامي نور: «لا نعرف الكثير. لكن الرئيس الفرنسي جان مارتان قال إنه مهتم بالحوار مع الجميع».');
    expect(s.map((x) => x.speaker)).toEqual(['الوزير سامي نور', 'الرئيس الفرنسي جان مارتان']);
    expect(s[1].content).toContain('مهتم بالحوار مع الجميع');
  });

  it('a singular verb does not take an antecedent first seen with a plural verb', () => {
    const s = statementsOf('ar', T, 'قالت مصادر مطلعة إن وسطاء مقربين من الحكومة أكدوا تقديم عروض للقبائل.', 'وأضافت أن العروض رفضت.');
    expect(s.at(-1)).toMatchObject({ speaker: 'مصادر مطلعة', content: 'العروض رفضت' });
  });

  it('an accusation whose object holds a relative cue gives one statement only', () => {
    expect(statementsOf('ar', T, 'وانتقد الوزير سامي نور الدول التي قال إنها تدعم الجماعات المسلحة.')).toHaveLength(1);
  });

  it('a headline speaker after و and a first clause', () => {
    expect(statementsOf('ar', 'الأمطار تغمر الشوارع في المدينة والمحافظ يحذر من السيول', 'نص.')[0])
      .toMatchObject({ speaker: 'المحافظ', stance: 'warn' });
  });

  it('a headline speaker ends before the media it talked to (لـ«…»)', () => {
    const s = statementsOf('ar', 'وزير الزراعة لـ«الشرق»: المحصول وفير هذا العام', 'قال الوزير إن الأمطار كانت غزيرة.');
    expect(s.map((x) => x.speaker)).toEqual(['وزير الزراعة', 'وزير الزراعة']);
  });

  it('"any" after a bare verb opens its object, and an adverb before the verb is no subject', () => {
    const s = statementsOf('ar', T, 'وأكد المسؤول أنه كان دائما يستبعد أي خروج من الاتفاق.');
    expect(s.map((x) => x.speaker)).toEqual(['المسؤول', 'المسؤول']);
    // استبعد "ruled out" is doubt (dev-arnews convention: doubt = شكك، استبعد، لا أعتقد).
    expect(s[1]).toMatchObject({ stance: 'doubt', content: 'أي خروج من الاتفاق' });
  });

  it('a preposition phrase set off by a comma is no subject, and a quotation after a colon keeps its first word', () => {
    const s = statementsOf('ar', T, 'قال الوزير سامي نور إن الإصلاح ضروري. وبالنسبة للرواتب، دعا المانحون إلى تجميدها. وقال: «لقد فعلنا كل شيء لتجنب الأزمة».');
    expect(s.some((x) => x.speaker.includes('بالنسبة'))).toBe(false);
    expect(s.at(-1)).toMatchObject({ speaker: 'الوزير سامي نور', content: 'لقد فعلنا كل شيء لتجنب الأزمة' });
  });

  it('a surname with the article after the verb names the person again, not the object', () => {
    const s = statementsOf('ar', T, 'قال الدكتور سامي العلي إن الظاهرة خطيرة جدا.', 'وقال مسؤول في المركز إن الأرقام مرتفعة جدا.',
      'ويضيف العلي أن الحكومة تتحمل المسؤولية.');
    expect(s.at(-1)).toMatchObject({ speaker: 'الدكتور سامي العلي', content: 'الحكومة تتحمل المسؤولية' });
  });

  it('المهندس before a name continues a title phrase', () => {
    expect(statementsOf('ar', T, 'وقال رئيس بلدية المدينة المهندس سامي بن خالد النور في تصريح صحافي: إن المطعم أغلق.')[0])
      .toMatchObject({ speaker: 'رئيس بلدية المدينة المهندس سامي بن خالد النور' });
  });

  it('إذا and أخيرا are never a subject', () => {
    const s = statementsOf('ar', T, 'قال الوزير سامي نور إن النسبة متدنية، مؤكدا إذا ما قورنت بالسنوات الماضية أنها الأدنى.',
      'وأعلنت أخيرا الوزارة أن الخطة جاهزة للتنفيذ.');
    expect(s.some((x) => x.speaker === 'إذا' || x.speaker.startsWith('أخيرا'))).toBe(false);
  });

  it('أما X … فقال: the topic after أما is the speaker, unless a preposition opens it', () => {
    const s = statementsOf('ar', T, 'قال الوزير سامي نور إن التعديل غير وارد حاليا.',
      'أما خالد العلي، عضو الهيئة العليا للحزب، فقال: إن هناك اختلافات في الرؤى.', 'أما بخصوص الانتخابات فأفاد بأنها ستجري في موعدها.');
    expect(s.map((x) => x.speaker)).toEqual(['الوزير سامي نور', 'خالد العلي، عضو الهيئة العليا للحزب', 'خالد العلي، عضو الهيئة العليا للحزب']);
  });

  it('a source cited inside a statement is no antecedent for the next bare verb', () => {
    const s = statementsOf('ar', T, 'وقالت الصحيفة نقلا عن مصادر حكومية إن الخطة جاهزة للتنفيذ.', 'وأضافت أن التنفيذ سيبدأ قريبا.');
    expect(s.at(-1)).toMatchObject({ speaker: 'الصحيفة', content: 'التنفيذ سيبدأ قريبا' });
  });

  it('pro-drop: وأضاف inherits the last full speaker', () => {
    const s = statementsOf('ar', T, 'قال وزير الدفاع علي حسن إن القوات جاهزة.', 'وأضاف أن التدريبات ستبدأ غدا.');
    expect(s[1]).toMatchObject({ speaker: 'وزير الدفاع علي حسن', content: 'التدريبات ستبدأ غدا', rule: 'ar-pro-drop' });
  });

  it('a quotation followed by قال + a role takes the earlier full mention', () => {
    const s = statementsOf('ar', T, 'نفى ممثل اليمن هذه الأنباء. «نحن لا نعلق على الشائعات المتداولة في الإعلام». قال الممثل.');
    expect(s[1]).toMatchObject({ speaker: 'ممثل اليمن', content: 'نحن لا نعلق على الشائعات المتداولة في الإعلام', rule: 'ar-quote-then-cue' });
  });

  it('nested attribution gives the outer assertion and the inner doubt', () => {
    const s = statementsOf('ar', T, 'وأشار المتحدث سامي نور إلى أن الوزارة لم تتمكن من تأكيد وقوع الهجوم.');
    expect(s.map((x) => [x.speaker, x.stance])).toEqual([['المتحدث سامي نور', 'assert'], ['الوزارة', 'doubt']]);
    expect(s[1].content).toBe('وقوع الهجوم');
  });

  it('a characterisation as false is a denial', () => {
    const s = statementsOf('ar', T, 'ووصفت الخارجية الروسية التقرير بأنه رواية كاذبة ومفبركة.');
    expect(s[0].stance).toBe('deny');
  });

  it.each([
    ['a scare quote is not a statement', 'وتحدث التقرير عما يسمى «الحزام الأمني» في الجنوب.'],
    ['the outlet’s own voice is not a statement', 'يذكر أن الطرفين وقعا اتفاقا في يونيو الماضي.'],
    ['a fact without a cue is not a statement', 'وقعت موسكو وبيونغ يانغ معاهدة في حزيران/يونيو.'],
    ['a cue inside a quotation makes no new statement of its own', 'قال الرئيس سامي نور: «نطالب المجتمع الدولي بالتحرك الفوري».'],
    ['a cue word after هذا is a noun', 'وقال الوزير سامي نور: «هذا طلب مشروع للسكان».'],
    ['a cue word before أو is a noun', 'يحتاج كل طالب أو طالبة إلى دعم مستمر.'],
    ['after an agreeing relative on a thing, the noun after the verb is its object', 'وتبنى المجلس القرار الذي يطالب الأمين العام بتقديم تقرير خلال شهر.'],
    ['a relative clause on a thing is no statement', 'اتخذت الحكومة الإجراءات اللازمة التي تدعو إلى حماية السكان.'],
  ])('%s', (_name, sentence) => {
    const s = statementsOf('ar', T, sentence);
    expect(s.filter((x) => x.rule !== 'ar-verb-subject-quote')).toEqual([]);
  });
});
