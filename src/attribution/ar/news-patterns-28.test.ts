import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), round 26: a contrast particle carrying the verb's subject
// (ar/pronoun-particle.ts), a describing clause between an indefinite noun and its cue (ar/indefinite-subject.ts), a
// relation noun with its possessor before a relative cue (ar/possessed-party.ts), كما + cue + subject closing a
// sentence with no comma before كما (ar/01-verb-subject.ts), a quoted name after a source phrase (ar/02-according-to.ts,
// sources.tsv), and "former" after a title before a relative cue (ar/antecedent.ts).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);

describe('a contrast particle that carries the subject pronoun', () => {
  it('reads the noun after لكنه + verb as the object, not the speaker', () => {
    const s = all('وزار المحافظ الموقع أمس، لكنه اتهم المقاول بتأخير تسليم المشروع.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'المحافظ', stance: 'accuse', content: 'المقاول بتأخير تسليم المشروع' }));
    expect(s.map((x) => x.speaker)).not.toContain('المقاول');
  });
  it('reads إلا أنه + verb as the last speaker\'s statement, not a verbal noun', () => {
    const s = all('وأعرب المدير عن تفاؤله بالموسم. وقال المدير إن الموارد محدودة. إلا أنه أكد أن المصنع سيعمل بكامل طاقته.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'المدير', content: 'المصنع سيعمل بكامل طاقته' }));
  });
  it('gives إلا أنه قال to the party the opening concession names', () => {
    const s = all('وتحدثت النقابة عن الأجور أمس. ورغم أن الوزير لم يسم النقابة صراحة، إلا أنه قال إن بعض الجهات تعرقل الإصلاح.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'الوزير', content: 'بعض الجهات تعرقل الإصلاح' }));
  });
});

describe('an indefinite noun with a describing clause before its cue', () => {
  it('reads منظمات … تعمل في … تتهم as the organisations\' accusation', () => {
    const s = all('وتتعرض البلدية لضغوط من جمعيات أهلية تنشط في الأحياء الفقيرة تتهمها بإهمال الخدمات.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'جمعيات أهلية', stance: 'accuse', content: 'بإهمال الخدمات' })]);
  });
});

describe('a relation noun with its possessor before a relative cue', () => {
  it('reads خصومه الذين يتهمونه as the rivals\' accusation about the one named', () => {
    const s = all('وسخر المرشح من منافسيه الذين يتهمونه بشراء الأصوات.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'منافسيه', stance: 'accuse' })]);
  });
});

describe('كما + cue + subject closing the sentence without a comma', () => {
  it('reports the clause before كما', () => {
    const s = all('وسيفتتح الجسر الجديد أمام حركة السير مطلع الشهر المقبل كما أعلن رئيس البلدية.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'رئيس البلدية', content: 'وسيفتتح الجسر الجديد أمام حركة السير مطلع الشهر المقبل' })]);
  });
});

describe('a source phrase before a quoted name', () => {
  it('skips a ل written apart before the quoted name (وفقا لـ"…")', () => {
    const s = all('وتراجعت أسعار القمح في الأسواق العالمية بنسبة 4 في المائة، وفقاً لـ"بلومبرغ".');
    expect(s).toEqual([expect.objectContaining({ speaker: 'بلومبرغ', content: 'وتراجعت أسعار القمح في الأسواق العالمية بنسبة 4 في المائة' })]);
  });
  it('reads a quoted name of two words whole (بحسب «…»)', () => {
    const s = all('وبحسب «النهار الجديد» فإن البرلمان سيصوت على الموازنة الأسبوع المقبل.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'النهار الجديد', content: 'البرلمان سيصوت على الموازنة الأسبوع المقبل' })]);
  });
  it('reads no source statement whose content is the قال it relays (وقال في تصريح وفقا لـ"…" إن)', () => {
    const s = all('وأكد مدير المعرض أن الاستعدادات اكتملت. وقال في تصريح وفقا لـ"قنا" بمناسبة افتتاح الدورة الجديدة، إن المعرض سيستقبل زوارا من عشرين دولة.');
    expect(s.map((x) => x.content)).not.toContain('وقال في تصريح');
  });
  it('reads no source in a quoted plan', () => {
    expect(all('وبحسب "خطة التنمية الشاملة" ستبدأ المرحلة الثانية في الربيع.')).toEqual([]);
  });
});

describe('"former" after a title before a relative cue', () => {
  it('reads وزير … السابق الذي قال as the former minister\'s statement', () => {
    const s = all('وشارك في الندوة وزير الزراعة السابق الذي قال إن الجفاف يهدد المحاصيل.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'وزير الزراعة السابق', content: 'الجفاف يهدد المحاصيل' })]);
  });
});
