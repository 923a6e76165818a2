import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, second batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const first = (...paragraphs: string[]) => all(...paragraphs)[0];

describe('Arabic speaker phrases with asides', () => {
  it.each([
    ['a title, a name in apposition and an adjunct, each set off by commas, before أن', 'ذكرت مديرة المعهد، د. سابرينا فلورا، في مؤتمر صحفي، أن حالات الوفاة شملت أربعة ذكور.',
      { speaker: 'مديرة المعهد، د. سابرينا فلورا', content: 'حالات الوفاة شملت أربعة ذكور' }],
    ['the same with a longer adjunct before إن', 'وأكد وزير الخارجية، جون كيري، خلال مؤتمر صحفي في جنيف، أن المحادثات تتقدم.',
      { speaker: 'وزير الخارجية، جون كيري', content: 'المحادثات تتقدم' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });
});

describe('Arabic plural participles of saying', () => {
  it('a plural participle after a comma reports a second clause of the plural speaker', () => {
    const s = all('وأكد مختصون في القطاع أن التعثر لا يشكل سوى جزء صغير من القروض، مبينين أن البنوك ما زالت تقدم تسهيلات كبيرة.');
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({ speaker: 'مختصون', content: 'التعثر لا يشكل سوى جزء صغير من القروض' });
    expect(s[1]).toMatchObject({ speaker: 'مختصون', content: 'البنوك ما زالت تقدم تسهيلات كبيرة', rule: 'ar-participle' });
  });
  it.each(['مشيرين إلى', 'موضحين', 'مضيفين'])('%s أن reports like مبينين', (p) => {
    expect(all(`وقال خبراء إن السوق مستقرة، ${p} أن الأسعار سترتفع.`)[1]).toMatchObject({ content: 'الأسعار سترتفع', rule: 'ar-participle' });
  });
});

describe('Arabic subjects of clauses that report nothing', () => {
  it('a title after وكان is the subject of the verb after it, and of a participle of saying later in the sentence', () => {
    const s = all('وقال المتحدث باسم العمال سامي العلي إن العمال غاضبون.', 'وكان وزير العمل الدكتور ماجد النمر استقبل العمال في مكتبه، مؤكدا لهم الوقوف بجانبهم.');
    expect(s[1]).toMatchObject({ content: 'الوقوف بجانبهم', rule: 'ar-participle' });
    expect(s[1].speaker).toMatch(/^وزير العمل/);
  });
  it('a country after كانت, with no verb after it, is no subject', () => {
    const s = all('وقال وزير الخارجية سامي العلي إن الأزمة طويلة.', 'كانت سوريا حتى بعد الحرب مشغولة بجيرانها، وأضاف أن الحل سياسي.');
    expect(s[1]).toMatchObject({ speaker: 'وزير الخارجية سامي العلي', content: 'الحل سياسي' });
  });
});

describe('Arabic stance: exaggeration and wishful thinking deny', () => {
  it.each([
    ['the media exaggerated it', 'وقال الوزير إن الإعلام بالغ في نقل الحادثة.'],
    ['there is exaggeration in the matter', 'وقال الوزير إن هناك مبالغة في الأمر.'],
    ['mere wishes', 'وقال الوزير إن هذه التوقعات مجرد أمنيات.'],
  ])('%s', (_name, sentence) => {
    expect(first(sentence)).toMatchObject({ stance: 'deny' });
  });
});

describe('Arabic renewed statements (جدد/كرر X تحذيره، دعوته، رفضه، تأكيده)', () => {
  it.each([
    ['a renewed warning warns', 'وجدد رئيس الوزراء تحذيره من أن الاتفاق يزيد التوتر في المنطقة.',
      { speaker: 'رئيس الوزراء', stance: 'warn', content: 'الاتفاق يزيد التوتر في المنطقة' }],
    ['a renewed call demands', 'وجددت وزارة الخارجية دعوتها إلى وقف إطلاق النار فورا.',
      { speaker: 'وزارة الخارجية', stance: 'demand', content: 'وقف إطلاق النار فورا' }],
    ['a repeated assurance asserts', 'وكرر الأمين العام تأكيده على أن الحل سياسي.', { speaker: 'الأمين العام', stance: 'assert', content: 'الحل سياسي' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });
  it('تجدد before a noun (renewed fighting) reports nothing', () => {
    expect(all('وتجدد القتال في المدينة أمس.')).toHaveLength(0);
  });
});

describe('Arabic reports inside a relative clause', () => {
  it('ends the content at the comma where the main clause resumes', () => {
    expect(first('والوزير الذي يقول شقيقه إنه بالكاد يجد وقتا للنوم، يواجه تحديا جديدا في البرلمان غدا.'))
      .toMatchObject({ speaker: 'شقيقه', content: 'بالكاد يجد وقتا للنوم' });
  });
});

describe('Arabic inferences drawn by the writer', () => {
  it.each([
    ['مما يؤكد (which confirms) reports nobody', 'ونجح رجال الأمن في القبض على الخلية، مما يؤكد جاهزيتهم الكاملة.'],
  ])('%s', (_name, sentence) => {
    expect(all(sentence)).toHaveLength(0);
  });
  it('مما يؤكد أن with a clause goes on with the last speaker', () => {
    const s = all('وقال الوزير إن القوات ضبطت شحنة أسلحة، مما يؤكد أن الجماعة تواصل التهريب.');
    expect(s.at(-1)).toMatchObject({ speaker: 'الوزير', content: 'الجماعة تواصل التهريب' });
  });
});

describe('Arabic "told us" and indirect questions', () => {
  it('a name with an apposition before أخبرتنا عن is the speaker', () => {
    expect(first('هدى فتاة ثانية أخبرتنا عن كيفية هروبها من المدينة في الليل.'))
      .toMatchObject({ speaker: 'هدى فتاة ثانية', content: 'كيفية هروبها من المدينة في الليل' });
  });
  it('كيف after a cue opens an indirect question, never a subject', () => {
    const s = all('وقالت هدى إن الرحلة كانت طويلة.', 'وأخبرتنا أيضا كيف أن إحدى الفتيات هربت من المحنة.');
    expect(s[1]).toMatchObject({ speaker: 'هدى', content: 'إحدى الفتيات هربت من المحنة' });
  });
  it('لماذا after a cue is no subject', () => {
    const s = all('وقال رئيس المفوضية سامي العلي إن المفاوضات صعبة.', 'وأوضح لماذا يستلزم التعثر خروجا من الاتحاد.');
    expect(s.at(-1)?.speaker).toBe('رئيس المفوضية سامي العلي');
  });
});
