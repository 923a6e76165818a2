import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): the occasion of speaking, subjects of real news shapes.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('في + a speech noun after the cue names the occasion, never the content', () => {
  it('takes the object after the comma that closes the occasion (، في بيان صحفي، عن …)', () => {
    const s = all('وأعلنت مديرية الأمن، في بيان صحفي، عن تسلم المجموعة من الحدود.');
    expect(s[0]).toMatchObject({ speaker: 'مديرية الأمن', content: 'تسلم المجموعة من الحدود' });
  });
  it('takes the quotation after the occasion as the content', () => {
    const s = all('وأضاف الحزب في بيان على موقعه الالكتروني «لم يعد للهدنة أي معنى بعد الضربات».');
    expect(s[0]).toMatchObject({ content: 'لم يعد للهدنة أي معنى بعد الضربات', direct: true });
  });
  it('keeps a quotation that opens with a preposition whole', () => {
    const s = all('وأعلنت سفارة الولايات المتحدة في بيان نشرته على موقعها، "في يوم الخميس سلمت الولايات المتحدة ثماني طائرات للجيش".');
    expect(s[0]).toMatchObject({ content: 'في يوم الخميس سلمت الولايات المتحدة ثماني طائرات للجيش', direct: true });
  });
  it('passes a short quotation inside the occasion and takes the clause after إن', () => {
    const s = all('وقال المرشد في خطاب ألقاه في مسجد بالعاصمة وتخللته هتافات المصلين “الموت للأعداء” إن بلاده لن تتغير.');
    expect(s[0]?.content).toBe('بلاده لن تتغير');
  });
  it('passes a quoted name in the occasion when a colon comes after it', () => {
    const s = all('قال الوزير في مؤتمر صحفي على هامش "الملتقى الدولي الأول لمكافحة التطرف"، الذي عقد أمس: إن الاتفاق مهم جدا للمنطقة.');
    expect(s[0]?.content).toContain('الاتفاق مهم جدا للمنطقة');
    expect(s[0]?.content).not.toContain('الملتقى');
  });
  it('takes the object after عن further on for a verb framed by it (كشف في مؤتمر صحافي عن …)', () => {
    const s = all('وكشف المدير في مؤتمر صحافي عن ارتفاع عدد الوفيات بين المدمنين.');
    expect(s[0]?.content).toBe('ارتفاع عدد الوفيات بين المدمنين');
  });
});

describe('a definite plural of people right after the verb is its subject', () => {
  it('reads الوزراء as the subject of a masculine verb with no particle after it', () => {
    const s = all('وأدان الوزراء بشدة الهجمات على المدنيين في المنطقة.');
    expect(s[0]).toMatchObject({ speaker: 'الوزراء', content: 'الهجمات على المدنيين في المنطقة' });
  });
  it('reads a nominative plural (المحتجون) as the subject', () => {
    const s = all('ويتهم المحتجون الحكومة بمحاولة فرض قانون جديد على السكان.');
    expect(s[0]?.speaker).toBe('المحتجون');
  });
  it('leaves a broken plural after a feminine verb as its object (ودعت الأهالي إلى الخروج)', () => {
    const s = all('واستعدت القوات الحكومية لاقتحام المنطقة، ودعت الأهالي إلى الخروج من المنطقة.');
    expect(s.every((x) => x.speaker !== 'الأهالي')).toBe(true);
  });
});

describe('a relative clause on the subject before the quotation it says', () => {
  it('takes the quotation that closes the sentence, not the relative clause', () => {
    const s = all('قال وليام تشاندلر الذي كان آنذاك ملاحا جويا في الجيش "عليك أن تحسب حساب أشياء مختلفة كثيرة".');
    expect(s[0]).toMatchObject({ speaker: 'وليام تشاندلر', content: 'عليك أن تحسب حساب أشياء مختلفة كثيرة', direct: true });
  });
  it('passes a short quoted outlet in the relative clause and keeps the particle after it', () => {
    const s = all('وقال مصدر عسكري الذي فضل عدم ذكر اسمه في اتصال هاتفي مع «المدينة»: إن القوات على وشك الانهيار.');
    expect(s[0]?.content).toContain('القوات على وشك الانهيار');
    expect(s[0]?.content).not.toContain('الذي');
  });
});

describe('the media a speaker talks to ends the speaker phrase', () => {
  it('reads a lone surname before لـ«…» as the subject, not a pro-drop verb', () => {
    const s = all('وقال الخزرجي لـ«الشرق الأوسط» إن «القوات تسيطر على المنطقة بالكامل».');
    expect(s[0]).toMatchObject({ speaker: 'الخزرجي', content: 'القوات تسيطر على المنطقة بالكامل' });
  });
  it('leaves لوكالة … out of a role-headed speaker (وقال المصدر لوكالة الأنباء …)', () => {
    const s = all('وقال المصدر لوكالة الأنباء الألمانية إن المقاومة قطعت طرق الإمداد.');
    expect(s[0]?.speaker).toBe('المصدر');
  });
});

describe('an honorific pronoun after the verb is its subject', () => {
  it('keeps معاليه out of the content and the speaker named before', () => {
    const s = all('وأكد وزير الشؤون البلدية أهمية المشروع.', 'وشدد معاليه على تطبيق الاستراتيجية الجديدة.');
    expect(s[1]).toMatchObject({ speaker: 'وزير الشؤون البلدية', content: 'تطبيق الاستراتيجية الجديدة' });
  });
  it('does not read سموه as the subject of a verb whose object follows (ودعا سموه الجميع إلى …)', () => {
    const s = all('وأكد الأمير خالد أهمية التعاون.', 'ودعا سموه الجميع إلى الوقوف صفا واحدا.');
    expect(s[1]?.content.startsWith('الجميع')).toBe(true);
  });
});

describe('ranks transliterated from English head a speaker phrase', () => {
  it('reads الكولونيل and اللفتنانت جنرال with the name after them', () => {
    expect(all('وقال الكولونيل جيمس كلاف قائد الجناح "نشارك في كل اشتباك تقريبا".')[0]?.speaker).toBe('الكولونيل جيمس كلاف قائد الجناح');
    expect(all('قال اللفتنانت جنرال جون هسترمان "إن نشر مراقبين على الأرض سيساعد".')[0]?.speaker).toBe('اللفتنانت جنرال جون هسترمان');
  });
});

describe('heads of standing and membership', () => {
  it('keeps a member\'s definite body in the speaker (القيادي في المقاومة الشعبية فلان)', () => {
    const s = all('وقال القيادي في المقاومة الشعبية سامي العلي إن المقاومة ستلاحق المسلحين.');
    expect(s[0]).toMatchObject({ speaker: 'القيادي في المقاومة الشعبية سامي العلي', content: 'المقاومة ستلاحق المسلحين' });
  });
  it('reads الأستاذ, الناشط and الباحث as titles before a name', () => {
    for (const head of ['الأستاذ', 'الناشط', 'الباحث']) {
      expect(all(`وقال ${head} سامي العلي إن الوضع صعب جدا في البلاد.`)[0]?.speaker).toBe(`${head} سامي العلي`);
    }
  });
  it('keeps the word after a kunya\'s أبو in the name, even one starting with ب (عادل أبو بكر)', () => {
    const s = all('وقال القيادي في الحزب عادل أبو بكر: إن الحزب سيشارك في الانتخابات.');
    expect(s[0]?.speaker).toBe('القيادي في الحزب عادل أبو بكر');
  });
});

describe('long name chains of Gulf news', () => {
  it('keeps a lineage and an honorific whole (صاحب السمو … بن … بن … أمير المنطقة)', () => {
    const s = all('أعرب صاحب السمو الملكي الأمير الدكتور فيصل بن سالم بن سعود بن عبدالعزيز أمير منطقة الجوف عن شكره للوزير.');
    expect(s[0]?.speaker).toBe('صاحب السمو الملكي الأمير الدكتور فيصل بن سالم بن سعود بن عبدالعزيز أمير منطقة الجوف');
  });
  it('keeps آل and the family name after it in the name', () => {
    const s = all('طالب الخبير الأمني إبراهيم آل مرعي بحجب مواقع التواصل الاجتماعي.');
    expect(s[0]).toMatchObject({ speaker: 'الخبير الأمني إبراهيم آل مرعي', content: 'بحجب مواقع التواصل الاجتماعي' });
  });
  it('keeps a definite body of the office before the holder\'s name (في البرلمان العراقي النائب فلان)', () => {
    const s = all('حذر ممثل المحافظة في البرلمان العراقي النائب صلاح الجبوري من مخاطر الفتنة.');
    expect(s[0]?.speaker).toBe('ممثل المحافظة في البرلمان العراقي النائب صلاح الجبوري');
  });
  it('leaves a definite place before the particle out of the speaker (قال الوزير في البرلمان إن)', () => {
    expect(all('وقال الوزير في البرلمان إن الوضع صعب جدا.')[0]?.speaker).toBe('الوزير');
  });
  it('reads a family name before في + a speech noun as part of the name', () => {
    const s = all('أكد رئيس اللجنة سامي المحدثين في حديث للصحيفة أن السلوك سيكون أكثر تماديا.');
    expect(s[0]?.speaker).toBe('رئيس اللجنة سامي المحدثين');
  });
  it('reads a lone body after the verb as its subject (وأعلن الائتلاف على صفحته أن …)', () => {
    const s = all('وأعلن الائتلاف على صفحته في موقع فيسبوك أن الهيئة العامة ستجتمع الأسبوع المقبل.');
    expect(s[0]).toMatchObject({ speaker: 'الائتلاف', content: 'الهيئة العامة ستجتمع الأسبوع المقبل' });
  });
});

describe('حمّل X المسؤولية holds X responsible', () => {
  it('is an accusation whose content runs from the one blamed', () => {
    const s = all('وحمّل الرئيس الفلسطيني الحكومة الإسرائيلية المسؤولية الكاملة عن مقتل الطفل.');
    expect(s[0]).toMatchObject({ speaker: 'الرئيس الفلسطيني', stance: 'accuse' });
    expect(s[0]?.content.startsWith('الحكومة الإسرائيلية المسؤولية')).toBe(true);
  });
  it('reads the noun after a resumptive فيه as the one blamed, not the speaker', () => {
    const s = all('وقال رئيس البرلمان سامي النجار إن الإصلاحات ضرورية.', 'وكان قد أدلى بحديث للصحيفة حمل فيه الحكومة مسؤولية ما حصل للبلاد.');
    const held = s.find((x) => x.stance === 'accuse');
    expect(held?.speaker).toBe('رئيس البرلمان سامي النجار');
    expect(held?.content.startsWith('الحكومة مسؤولية')).toBe(true);
  });
  it('gives no statement for حمل without المسؤولية (carried)', () => {
    expect(all('وحمل المتظاهرون لافتات كبيرة في الساحة.')).toHaveLength(0);
  });
});

describe('a long subject of يرى set off by commas before its أن', () => {
  it('reads يرى when أن comes right after the comma closing a long subject', () => {
    const s = all('ويرى الباحث في مؤسسة الدراسات الاستراتيجية الأمريكية، مايكل فرودل، أن القناة ربما تواجه خطرا آخر.');
    expect(s).toHaveLength(1);
    expect(s[0]?.content).toBe('القناة ربما تواجه خطرا آخر');
  });
  it('still needs the particle: يرى with a plain object reports nothing', () => {
    expect(all('ويرى الزوار في المدينة القديمة آثارا كثيرة من العصور الماضية والحاضرة معا.')).toHaveLength(0);
  });
});
