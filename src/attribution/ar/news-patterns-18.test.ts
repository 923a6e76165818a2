import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';
import { pairQuotes } from '../../text/sentences-quotes.js';
import { sidedQuotes } from '../quote-sides.js';

// Our own sentences (none from a gold or corpus article): تابع "belonging to" and "followed", a narrative report inside
// a quotation left open, يوم before a weekday, God named by a formula, a stray ” and an unclosed bracket before إن, a
// sound plural of the فاعل pattern, a given name written with ب after a title, a kunya with the article.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';
/** The quotations of one paragraph, paired and then repaired as the statement stage reads them. */
const quoted = (text: string) => sidedQuotes(text, pairQuotes(text), [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

describe('a bare تابع before ل or a plain object says nothing', () => {
  it('leaves معسكر تابع للحرس and بيان تابع لمكتب alone', () => {
    expect(all(`${LEAD} وتدرب أحد الموقوفين في معسكر تابع للحرس الثوري عام 2013.`)).toHaveLength(1);
    expect(all('وجاءت النسب في بيان تابع لمكتب الوزير كما يلي: «الرئيس ونوابه بنسبة 50 في المائة».')).toEqual([]);
  });
  it('leaves تابع تمريرة (followed up a pass) alone', () => {
    expect(all(`${LEAD} وسجل اللاعب الهدف الثاني بعدما تابع تمريرة عرضية من زميله سامي العلي.`)).toHaveLength(1);
  });
  it('keeps وتابع: «…» and تابع X أن', () => {
    expect(all(`${LEAD} وتابع: «سنعمل على حل الأزمة».`)[1]).toMatchObject({ content: 'سنعمل على حل الأزمة', direct: true });
    expect(all(`${LEAD} تابع الوزير أن الحكومة ستعمل على حلها.`)[1]).toMatchObject({ speaker: 'الوزير', content: 'الحكومة ستعمل على حلها' });
  });
});

describe('a quotation left open ends before the narrative reports someone again', () => {
  it('ends «…» before . وشدد الوزير على أن', () => {
    const text = 'وأضاف الوزير "لم يكن هناك بحث ولا اجتماعات. وشدد الوزير على أن موقف المملكة لم يتغير. وقال الوزير "نؤيد أي اتفاق يضمن ذلك".';
    expect(quoted(text)).toEqual(['لم يكن هناك بحث ولا اجتماعات', 'نؤيد أي اتفاق يضمن ذلك']);
  });
  it('lets an imperfect go on inside the quotation (the speaker describing a study)', () => {
    const text = 'وقال المدير "نسعى إلى دعم الباحثين عن عمل. وتشير نتائج الدراسة إلى أن الفرص ستزيد. ونحن مستعدون لذلك". وقال الوزير "نؤيد ذلك".';
    expect(quoted(text)[0]).toContain('وتشير نتائج الدراسة');
  });
});

describe('يوم before a weekday is a time adjunct', () => {
  it('keeps يوم الأحد out of the speaker and the content', () => {
    expect(all('وأعلنت وزارة الصحة يوم الأحد ارتفاع عدد الإصابات بالفيروس.')[0]).toMatchObject({ speaker: 'وزارة الصحة', content: 'ارتفاع عدد الإصابات بالفيروس' });
    expect(all('وكشفت صحيفة الأنباء يوم الخميس أن أجهزة الأمن رصدت الخلية.')[0]).toMatchObject({ speaker: 'صحيفة الأنباء' });
  });
});

describe('God named by a formula cites scripture', () => {
  it('makes no statement of قال عز من قائل or قال سبحانه', () => {
    expect(all(`${LEAD} فقال عز من قائل: «وكان حقا علينا نصر المؤمنين».`)).toHaveLength(1);
    expect(all(`${LEAD} وقال سبحانه: «والذين جاهدوا فينا لنهدينهم سبلنا».`)).toHaveLength(1);
  });
});

describe('a stray ” and an unclosed bracket before إن', () => {
  it('pairs the marks after a ” that faces the word before it, with nothing open', () => {
    const text = 'قال الرئيس اليوم الأحد (19 يوليو” إن الخطاب “العدواني” يثبت ذلك.';
    expect(pairQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['العدواني']);
  });
  it('ends a quotation left open at the sentence before a “ that opens the next one', () => {
    const text = 'وقال الوزير “لو أردنا لفعلنا. “لم يعد هناك وقت للانتظار.” وقال النائب “لا تعليق”.';
    expect(pairQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['لو أردنا لفعلنا', 'لم يعد هناك وقت للانتظار.', 'لا تعليق']);
  });
  it('reads the clause after إن as the content', () => {
    const s = all('قال الرئيس سامي العلي اليوم الأحد (19 يوليو” إن الخطاب “العدواني” الذي ألقاه خصمه يثبت أن الاتفاق لن يغير شيئا. وكان خصمه قال أمس السبت (18 يوليو) إن الاتفاق لا يعني أي تحول.');
    expect(s[0]).toMatchObject({ speaker: 'الرئيس سامي العلي' });
    expect(s[0].content.startsWith('الخطاب')).toBe(true);
    expect(s[1]).toMatchObject({ speaker: 'خصمه', content: 'الاتفاق لا يعني أي تحول' });
  });
});

describe('a sound plural of the فاعل pattern names people', () => {
  it('reads دعا الدائنون إلى … with الدائنون as the subject', () => {
    expect(all('وقال الوزير إن العرض انتهى. وبالنسبة للمعاشات، دعا الدائنون إلى إلغاء العقوبات الجديدة.')[1]).toMatchObject({ speaker: 'الدائنون', stance: 'demand' });
  });
  it('gives a plural pro-drop verb the plural subject before it', () => {
    const s = all('وقال الوزير إن العرض انتهى. وفي المقابل رفض الدائنون التنازل، حيث يصرون على أن المسألة مؤجلة.');
    expect(s[s.length - 1]).toMatchObject({ speaker: 'الدائنون', content: 'المسألة مؤجلة' });
  });
});

describe('a given name written with ب after a title', () => {
  it('reads الشيخ بدر بن … and الدكتور بدر العلي، المدير …', () => {
    expect(all('وقال الشيخ بدر بن سالم العلي مدير مركز الدعوة: «علينا أن نحذر».')[0]).toMatchObject({ speaker: 'الشيخ بدر بن سالم العلي مدير مركز الدعوة' });
    expect(all('أكد الدكتور بدر السالم، المدير الإقليمي للحملة، أن البرنامج ناجح.')[0]).toMatchObject({ content: 'البرنامج ناجح' });
    expect(all('أكد الدكتور بدر السالم، المدير الإقليمي للحملة، أن البرنامج ناجح.')[0].speaker.startsWith('الدكتور بدر السالم')).toBe(true);
  });
  it('keeps قال الوزير بعد الاجتماع إن: a ب-phrase, no name', () => {
    expect(all('وقال الوزير بعد الاجتماع إن الحكومة ستعمل.')[0]).toMatchObject({ speaker: 'الوزير', content: 'الحكومة ستعمل' });
  });
});

describe('a kunya with the article', () => {
  it('reads محمد أبو الفتوح whole before a title in apposition', () => {
    const s = all('وأعلن المستشار محمد أبو الفتوح أمين عام اللجنة أن اللجنة نفذت القرار.');
    expect(s[0]).toMatchObject({ content: 'اللجنة نفذت القرار' });
    expect(s[0].speaker.startsWith('المستشار محمد أبو الفتوح')).toBe(true);
  });
});

describe('a supervisor named with على and what he oversees', () => {
  it('reads المشرف العام على … بالوزارة الأستاذ فلان أن', () => {
    const s = all('أكد المشرف العام على العلاقات العامة بوزارة النقل الأستاذ سامي العلي أن لجان المراقبة رصدت مخالفات.');
    expect(s[0]).toMatchObject({ speaker: 'المشرف العام على العلاقات العامة بوزارة النقل الأستاذ سامي العلي', content: 'لجان المراقبة رصدت مخالفات' });
  });
  it('reads الدكتور فلان المشرف على برنامج … أن', () => {
    const s = all('أكد الدكتور سامي العلي المشرف على برنامج إعداد القادة في الجامعة أن البرنامج يعكس رؤية واضحة.');
    expect(s[0]).toMatchObject({ content: 'البرنامج يعكس رؤية واضحة' });
  });
});
