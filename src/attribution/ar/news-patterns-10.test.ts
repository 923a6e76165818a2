import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): quotations after a speaker's place, future verbs.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a quotation after the speaker phrase is the content, whatever particle it holds', () => {
  it('keeps the negation before أن inside the quotation (لم يسبق أن …)', () => {
    const s = all('وقالت ممثلة المنظمة في البلاد سارة العلي "لم يسبق أن رأينا مثل هذه الأزمة في البلاد".');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ content: 'لم يسبق أن رأينا مثل هذه الأزمة في البلاد', direct: true });
  });
  it('takes the quotation after an addressee and an occasion, not the words before it', () => {
    const s = all('وقال المدرب لوكالة الأنباء في مقابلة "نحن نتطلع إلى الموسم المقبل بثقة كبيرة".');
    expect(s[0]?.content).toBe('نحن نتطلع إلى الموسم المقبل بثقة كبيرة');
  });
  it('leaves a quotation governed by a preposition inside the object of a verb that takes one', () => {
    const s = all('وشدد الوزير على الحاجة إلى "صحافة تقوم بدورها بكل حياد ومسؤولية كاملة".');
    expect(s[0]?.content.startsWith('الحاجة')).toBe(true);
  });
});

describe('a reporting verb in the future reports nothing yet', () => {
  it('سيعلن inside a statement is no statement of its own and does not cut the outer content', () => {
    const s = all('وقال مسؤول في المنظمة: إن الأمين العام سيعلن تعيينه وموعد توليه مهامه لاحقا.');
    expect(s).toHaveLength(1);
    expect(s[0].content.endsWith('لاحقا')).toBe(true);
  });
  it('a sentence opened by وستعلن gives no statement, while the same verb in the past does', () => {
    expect(all('وستعلن الحكومة نتائج التحقيق الأسبوع المقبل.')).toHaveLength(0);
    expect(all('وأعلنت الحكومة أن نتائج التحقيق ستصدر الأسبوع المقبل.')).toHaveLength(1);
  });
});

describe('speaker phrases of the shipped samples\' shapes', () => {
  it('a holder named after the place of the office stays in the speaker (… في البلاد فلانة الفلانية)', () => {
    const s = all('وقالت ممثلة المنظمة في السودان هيلدا جونسون إن الأزمة تتفاقم في البلاد.');
    expect(s[0]).toMatchObject({ speaker: 'ممثلة المنظمة في السودان هيلدا جونسون', content: 'الأزمة تتفاقم في البلاد' });
  });
  it('the place alone, with a time word after it, is no part of the speaker', () => {
    expect(all('وقال سفير فرنسا في لبنان أمس إن الأزمة تتفاقم.')[0]?.speaker).toBe('سفير فرنسا');
  });
  it('after a nisba and a weekday, an event noun opens the object (الائتلاف السوري المعارض الأربعاء انتخاب)', () => {
    const s = all('وقد أعلن الائتلاف السوري المعارض الأربعاء انتخاب رئيس جديد له.');
    expect(s[0]).toMatchObject({ speaker: 'الائتلاف السوري المعارض', content: 'انتخاب رئيس جديد له' });
  });
  it('a command is a body, and the object after في + its movement starts at the event noun', () => {
    const s = all('وأعلنت القيادة العامة في الحركة تشكيل فرع جديد لها.');
    expect(s[0]).toMatchObject({ speaker: 'القيادة العامة', content: 'تشكيل فرع جديد لها' });
  });
  it('after في + a listed place, the object of a verb that takes one starts', () => {
    const s = all('وأكدت مفوضية حقوق الإنسان في العراق عجز الحكومة عن تنفيذ البرنامج.');
    expect(s[0]?.content).toBe('عجز الحكومة عن تنفيذ البرنامج');
  });
  it('a cardinal number after the subject counts the object, so a later bare verb takes the body alone', () => {
    const s = all('كما حددت وزارة الخزانة الأميركية ستة كيانات للحكومة. وقالت إن العقوبات فعالة.');
    expect(s[0]?.speaker).toBe('وزارة الخزانة الأميركية');
  });
  it('the subject of كما + a verb written with أل (ألقت) is the antecedent of a later bare verb, an unlisted name before a title included', () => {
    const s = all('وجرى الاحتفال بخطاب من وزيرة الخارجية. كما ألقت سارة بوكوفا المديرة العامة للمنظمة كلمة صرحت فيها بأن "حرية التعبير مبدأ أساسي".');
    expect(s[0]?.speaker.startsWith('سارة بوكوفا المديرة العامة')).toBe(true);
  });
});

describe('things that threaten, nouns after و + a preposition, a quotation before كما + cue', () => {
  it('a war that threatens famine warns nobody; a government that threatens does', () => {
    const s = all('وقالت المنظمة إن الوضع خطير. وبعد أشهر من القتال باتت الحرب تهدد بمصيبة جديدة: المجاعة.');
    expect(s.map((x) => x.stance)).toEqual(['assert']);
    expect(all('والحكومة تهدد بالانسحاب من الاتفاق.')[0]).toMatchObject({ speaker: 'الحكومة', stance: 'warn' });
  });
  it('a cue word after و + a preposition is a verbal noun (بل وعن تعهد بتشكيل …)', () => {
    expect(all('وقالت المنظمة إن الوضع خطير. وتمخضت المفاوضات عن اتفاقات عديدة بل وعن تعهد بتشكيل حكومة وحدة.')).toHaveLength(1);
  });
  it('أنذرت after a quotation and كما reports that quotation', () => {
    const s = all('بات المعسكر يأوي آلاف الأشخاص "ويوشك أن يصبح من أكبر الكوارث في هذا البلد" كما أنذرت سارة العلي مديرة المنظمة في البلاد.');
    expect(s[0]).toMatchObject({ speaker: 'سارة العلي مديرة المنظمة', stance: 'warn', content: 'ويوشك أن يصبح من أكبر الكوارث في هذا البلد', direct: true });
  });
});

describe('a quotation after an adjunct of a verb that takes an object', () => {
  it('أعلن الوزير في مؤتمر صحفي «…»: the quotation is the content, the occasion stays out', () => {
    const s = all('وأعلن الوزير في مؤتمر صحفي "سنبدأ تنفيذ الخطة الأسبوع المقبل في كل المحافظات".');
    expect(s[0]).toMatchObject({ speaker: 'الوزير', content: 'سنبدأ تنفيذ الخطة الأسبوع المقبل في كل المحافظات', direct: true });
  });
});
