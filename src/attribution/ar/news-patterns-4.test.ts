import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, fourth batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic source words take a given name with its definite family name', () => {
  it('بحسب + name + ال-surname before a comma is one source, even after another speaker', () => {
    const s = all('وقال رئيس الوزراء إن الوضع صعب. وبحسب سليم الحص، فإن المستشفيات امتلأت بالمرضى.');
    expect(s[1]).toMatchObject({ speaker: 'سليم الحص', content: 'المستشفيات امتلأت بالمرضى' });
  });
  it('وفقا ل + name + ال-surname', () => {
    expect(all('ووفقا لكريم الصباغ، فإن الأسعار ارتفعت كثيرا في الأسواق.')[0])
      .toMatchObject({ speaker: 'كريم الصباغ', content: 'الأسعار ارتفعت كثيرا في الأسواق' });
  });
});

describe('Arabic poll shares are no speakers', () => {
  const poll = 'وأجرت الشركة استطلاعا للرأي بين الموظفين في الشهر الماضي. ';
  it('قال + a percentage makes no statement, nor does a bare verb after it', () => {
    const s = all(`${poll}وقال 38% من المشاركين إنهم يؤيدون الخطة الحكومية الجديدة، في حين قال 25% إنهم يعارضونها بشدة. وقال ما مجموعه 54% إن لديهم ثقة قليلة بالخطة الحكومية.`);
    expect(s.map((x) => x.speaker)).toEqual([]);
  });
  it('a percentage before a plural verb, and a bare verb after أفاد + a percentage', () => {
    const s = all(`${poll}و42% قالوا إن الخطة لن تنجح في خفض الأسعار. وأفاد 72 % من أصحاب العمل أنهم سيوظفون عمالا جددا، حيث قالوا إنهم سيبدأون التوظيف قريبا جدا.`);
    expect(s).toEqual([]);
  });
  it('a counted speaker and a figure inside an earlier clause stay', () => {
    const s = all('وقال 12 نائبا إن الحكومة فشلت في إدارة الأزمة الاقتصادية. وقال الوزير سامي نور إن النمو بلغ 5% هذا العام، وأضاف أن الحكومة ستخفض الضرائب قريبا.');
    expect(s.map((x) => x.speaker)).toEqual(['12 نائبا', 'الوزير سامي نور', 'الوزير سامي نور']);
  });
});

describe('Arabic لوّح بـ (brandished) is a warning', () => {
  it('a و-verb inside a sentence takes its subject before the ب-phrase, and sanctions name their party', () => {
    const s = all('اجتمع المجلس أمس لبحث الاتفاق، ولوحت الدول الأعضاء بإمكان إعادة فرض عقوبات على روسيا إذا خرقت الاتفاق.');
    expect(s[0]).toMatchObject({ speaker: 'الدول الأعضاء', stance: 'warn', content: 'بإمكان إعادة فرض عقوبات على روسيا إذا خرقت الاتفاق', targets: ['روسيا'] });
  });
  it('تلوح في الأفق (looms) is no statement', () => {
    expect(all('وقال سامي نور إن الأزمة صعبة جدا. وتلوح في الأفق أزمة اقتصادية جديدة في المنطقة كلها.')).toHaveLength(1);
  });
});

describe('Arabic في + a time word after the subject is an adjunct', () => {
  it('في اليوم ذاته is not the start of the content', () => {
    expect(all('وأكدت وزارة الرياضة في اليوم ذاته دعمها الكامل لتنظيم البطولة في المدينة.')[0])
      .toMatchObject({ speaker: 'وزارة الرياضة', content: 'دعمها الكامل لتنظيم البطولة في المدينة' });
  });
});

describe('Arabic clause subjects and titles', () => {
  it('فيما + a verb + a titled subject at a sentence start is the antecedent of a later bare verb', () => {
    const s = all('حذر رئيس الوزراء سامي نور من أن الاتفاق خطير جدا. فيما واصل الرئيس الإيراني حسن روحاني دفاعه عن الاتفاق وقال امس إنه اتفاق تاريخي مهم جدا.');
    expect(s[1]).toMatchObject({ speaker: 'الرئيس الإيراني حسن روحاني', content: 'اتفاق تاريخي مهم جدا' });
  });
  it('"former" after a title stays in the speaker phrase', () => {
    expect(all('وقال الوزير السابق سامي نور إن الحكومة فشلت في إدارة الأزمة.')[0]).toMatchObject({ speaker: 'الوزير السابق سامي نور' });
    expect(all('ونفى الرئيس السابق الاتهامات الموجهة إليه بشدة.')[0]).toMatchObject({ speaker: 'الرئيس السابق', content: 'الاتهامات الموجهة إليه بشدة' });
    expect(all('وحسب السفير السابق، فإن الرئيس بات في حالة ضغط شديد من جراء هذا النشاط.')[0]).toMatchObject({ speaker: 'السفير السابق' });
  });
});

describe('Arabic ب-place after an unnamed source', () => {
  it('مصدر بالوزارة and مسؤول كبير بوزارة الخارجية are whole speakers', () => {
    expect(all('وقال مصدر بالوزارة إن الاجتماع تأجل إلى الأسبوع المقبل.')[0]).toMatchObject({ speaker: 'مصدر بالوزارة' });
    expect(all('وقال مسؤول كبير بوزارة الخارجية، إن الاجتماع تأجل إلى الأسبوع المقبل.')[0]).toMatchObject({ speaker: 'مسؤول كبير بوزارة الخارجية' });
  });
  it('a verb’s own ب-phrase stays out of the speaker', () => {
    expect(all('وطالب مسؤول بالإفراج عن المعتقلين فورا ودون شروط.')[0]).toMatchObject({ speaker: 'مسؤول', content: 'بالإفراج عن المعتقلين فورا ودون شروط' });
  });
});
