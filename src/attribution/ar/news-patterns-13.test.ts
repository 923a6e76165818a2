import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): the question a source answers, the one a source tells, a
// trade before a name, a quantifier heading a source, وفق ما / على ما + a source, a quoted outlet after an apposition,
// and a mistake committed.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';

describe('ردا على سؤال …: the question answered is neither speaker nor content', () => {
  it('passes it right after a bare verb, before a colon and a quotation', () => {
    const s = all(`${LEAD} وقال ردا على سؤال حول الميزانية: «العجز سينخفض في العام المقبل بنسبة كبيرة».`);
    expect(s[1]).toMatchObject({ speaker: 'المتحدث باسم الحكومة', content: 'العجز سينخفض في العام المقبل بنسبة كبيرة', direct: true });
  });
  it('never reads ردا as the subject', () => {
    const s = all('ونفى الوزير أن يكون قد استقال. وقال ردا على استفسار: «لا صحة لهذه الأنباء على الإطلاق».');
    expect(s[1]).toMatchObject({ speaker: 'الوزير', content: 'لا صحة لهذه الأنباء على الإطلاق' });
  });
  it('ends the subject before it, between commas, with the particle after', () => {
    const s = all(`${LEAD} وأضاف الوزير، ردا على أسئلة الصحفيين في المؤتمر، أن الخطة ستنفذ قريبا.`);
    expect(s[1]).toMatchObject({ speaker: 'الوزير', content: 'الخطة ستنفذ قريبا' });
  });
  it('ends the subject before it with no comma, before a colon', () => {
    const s = all(`${LEAD} وتابع الوزير ردا على سؤال حول الانتخابات: «سنحترم نتيجة التصويت مهما كانت النتائج».`);
    expect(s[1]).toMatchObject({ speaker: 'الوزير', content: 'سنحترم نتيجة التصويت مهما كانت النتائج' });
  });
  it('passes it after the occasion of speaking, and the particle of an indirect question inside it', () => {
    const s = all(`${LEAD} وأكد الوزير سامي العلي في تصريح لـ«الصحيفة»، ردا على سؤال عما إذا كان يحق للحكومة أن ترفع الأسعار، أن السوق مستقرة.`);
    expect(s[1]).toMatchObject({ speaker: 'الوزير سامي العلي', content: 'السوق مستقرة' });
  });
});

describe('أبلغ X Y أن: the one told is neither speaker nor content', () => {
  it('ends the subject at a definite plural noun of people after a name', () => {
    const s = all(`${LEAD} وأبلغ ماكدونالد الصحفيين، يوم الأربعاء، إن الحكومة ستستقيل.`);
    expect(s[1]).toMatchObject({ speaker: 'ماكدونالد', content: 'الحكومة ستستقيل' });
  });
  it('ends the subject at a title after a definite noun that is no title', () => {
    const s = all(`${LEAD} أبلغت الدول العربية وزير الخارجية الأمريكي أمس خلال محادثات جمعته مع وزراء خارجية الدول الست في قطر إن الاتفاق سبب للاستقرار.`);
    expect(s[1]).toMatchObject({ speaker: 'الدول العربية', content: 'الاتفاق سبب للاستقرار' });
  });
  it('ends the subject at "his counterpart"', () => {
    const s = all(`${LEAD} وأبلغ الرئيس الفرنسي نظيره الأمريكي أن الخطة جاهزة.`);
    expect(s[1]).toMatchObject({ speaker: 'الرئيس الفرنسي', content: 'الخطة جاهزة' });
  });
  it('keeps a title in apposition after a name', () => {
    const s = all(`${LEAD} وأبلغ سامي العلي رئيس اللجنة الصحفيين أن الملاعب جاهزة.`);
    expect(s[1]).toMatchObject({ speaker: 'سامي العلي رئيس اللجنة', content: 'الملاعب جاهزة' });
  });
});

describe('a trade before a name, a quantifier before من', () => {
  it('reads الخبير + a name as a subject before its verb after لكن', () => {
    const s = all(`${LEAD} لكن الخبير الاقتصادي سامي العلي أكد أن السوق مستقرة.`);
    expect(s[1]).toMatchObject({ speaker: 'الخبير الاقتصادي سامي العلي', rule: 'ar-subject-verb' });
  });
  it('reads كثير من + a plural as the speaker', () => {
    const s = all(`${LEAD} ويرى كثير من المراقبين أن الاتفاق هش.`);
    expect(s[1]).toMatchObject({ speaker: 'كثير من المراقبين', content: 'الاتفاق هش' });
  });
});

describe('وفق ما قالت X، على ما أعلنت X: the source after the clause it reports', () => {
  it('reads وفق ما قالت + an unnamed source', () => {
    const s = all('وأصيب عشرة مدنيين في انفجار لغم قرب السوق، وفق ما قالت مصادر طبية الجمعة.');
    expect(s[0]).toMatchObject({ speaker: 'مصادر طبية', rule: 'ar-according-to' });
    expect(s[0]?.content).toContain('وأصيب عشرة مدنيين');
  });
  it('reads على ما أعلنت + an agency', () => {
    const s = all('وجمدت الحكومة أموال الشركة التزاما بالعقوبات الدولية، على ما أعلنت وكالة الأنباء الرسمية.');
    expect(s[0]).toMatchObject({ speaker: 'وكالة الأنباء الرسمية', rule: 'ar-according-to' });
  });
  it('never reads على ما يبدو as a source', () => {
    expect(all('وتأجل الاجتماع إلى الأسبوع المقبل، على ما يبدو بسبب الخلافات.')).toEqual([]);
  });
  it('makes no statement of the cue inside بحسب ما (its object is the source)', () => {
    const s = all('وقالت مصادر محلية إن القتال توقف. وأصيب عشرة مدنيين أثناء عودتهم إلى منازلهم، بحسب ما أكدت تلك المصادر.');
    expect(s.some((x) => x.content === 'تلك المصادر')).toBe(false);
  });
  it('reads the clause after a relative pronoun and its cue once, from its particle', () => {
    const s = all('ووصل مسؤولون آخرون إلى المدينة، وفق وزير الإعلام عز الدين العلي، الذي قال إنه من المفترض أن تستأنف الإذاعة برامجها.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'وزير الإعلام عز الدين العلي', content: 'من المفترض أن تستأنف الإذاعة برامجها' });
  });
});

describe('a quoted outlet told after an apposition, before the particle', () => {
  it('reads the clause after إن past لـ«…»', () => {
    const s = all(`${LEAD} وقال سامي العلي، الخبير في معهد الدراسات في برلين، لـ«الصحيفة» إن الإرادة السياسية متواجدة بقوة.`);
    expect(s[1]).toMatchObject({ speaker: 'سامي العلي', content: 'الإرادة السياسية متواجدة بقوة' });
  });
  it('keeps a quoted name after ل + a noun (لقناة "…") inside the content', () => {
    const s = all(`${LEAD} ويرى سامي العلي من مؤسسة الدراسات، أن القناة تواجه خطرا من توسعة لقناة "بنما" يتوقع أن تكتمل قريبا.`);
    expect(s[1]?.content).toContain('القناة تواجه خطرا');
  });
});

describe('a mistake committed is judged, not charged', () => {
  it('keeps assert for ارتكب خطأ', () => {
    const s = all(`${LEAD} وقال النائب إن الرئيس ارتكب خطأ فادحا بموقفه هذا.`);
    expect(s[1]).toMatchObject({ stance: 'assert', content: 'الرئيس ارتكب خطأ فادحا بموقفه هذا' });
  });
  it('still accuses for ارتكب جرائم', () => {
    expect(all(`${LEAD} وقال النائب إن المسلحين ارتكبوا جرائم حرب في المدينة.`)[1]?.stance).toBe('accuse');
  });
});
