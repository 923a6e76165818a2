import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), for the round-17 rules on fresh Arabic news.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a listed country or place after a definite subject is the object (ar/speaker.ts)', () => {
  it('leaves the capital out of the body that accuses it', () => {
    const s = all('واتهمت الحركة الإسلامية دمشق بقصف المدنيين في الشمال.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الحركة الإسلامية', stance: 'accuse', content: 'دمشق بقصف المدنيين في الشمال' })]);
  });
  it('leaves the country out of the army that makes a demand of it', () => {
    const s = all('وطالب الجيش الليبي تركيا بوقف التدخل في البلاد.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الجيش الليبي', stance: 'demand' })]);
    expect(s[0].content.startsWith('تركيا')).toBe(true);
  });
  it('keeps a nisba that is also a country name in the speaker', () => {
    const s = all('وأعلنت الهيئة الوطنية السعودية أن الموسم سيبدأ الأسبوع المقبل.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الهيئة الوطنية السعودية', content: 'الموسم سيبدأ الأسبوع المقبل' })]);
  });
  it('keeps a country in construct with a title in the speaker', () => {
    const s = all('وقال سفير الولايات المتحدة إن الشوارع خلت من المارة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'سفير الولايات المتحدة', content: 'الشوارع خلت من المارة' })]);
  });
});

describe('a cue word after a noun of cause or of "there is" is a verbal noun (ar/cue-noun.ts)', () => {
  it('reads no refusal after بسبب', () => {
    expect(all('وتوقفت المفاوضات بسبب رفض عدد من النواب للمقترح الأخير.')).toEqual([]);
  });
  it('reads no refusal after هناك', () => {
    expect(all('يبدو أن هناك رفض واسع لتشكيل الحكومة الجديدة في البرلمان.')).toEqual([]);
  });
  it('reads no refusal after the copula هو', () => {
    const s = all('قال المحلل إن الوضع معقد. وما يجمع الخصوم هو رفض رؤية الحكومة قادرة على الإصلاح.');
    expect(s.map((x) => x.stance)).toEqual(['assert']);
  });
  it('reads no refusal after مغبة', () => {
    const s = all('وحذر الرئيس النواب من مغبة رفض الموازنة الجديدة.');
    expect(s.map((x) => x.stance)).toEqual(['warn']);
  });
  it('still reads the participle after هناك and a comma', () => {
    const s = all('أكد المدير أن الأسعار تراجعت هناك، مشيرا إلى أن الطلب سيرتفع قريبا.');
    expect(s.map((x) => [x.rule, x.content])).toEqual([
      ['ar-verb-subject-anna', 'الأسعار تراجعت هناك'],
      ['ar-participle', 'الطلب سيرتفع قريبا'],
    ]);
  });
});

describe('a relative clause whose verb takes the antecedent by a pronoun reports nothing (01-verb-subject.ts)', () => {
  it('reads no demand in الإجراءات التي طالب بها النقابيون', () => {
    const s = all('وقال الوزير إن الإجراءات التي طالب بها النقابيون تعني زيادة الأعباء.');
    expect(s.map((x) => [x.speaker, x.stance])).toEqual([['الوزير', 'assert']]);
  });
  it('reads no announcement in المبادرة التي أعلن عنها في القمة', () => {
    expect(all('وناقش الوفد المبادرة التي أعلن عنها في القمة الأخيرة.')).toEqual([]);
  });
  it('still reads the clause after الذي قالت عنه الوزيرة إنه', () => {
    const s = all('وهذا هو المشروع الذي قالت عنه الوزيرة إنه سيغير وجه المدينة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزيرة', content: 'سيغير وجه المدينة' })]);
  });
});

describe('a lone definite noun after a verb of saying is its subject when the particle follows soon (ar/known-subject.ts)', () => {
  it('reads the singer as the subject past a place and a time', () => {
    const s = all('وقال المطرب في دبي اليوم السبت إن الأغنية موجهة للقادة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المطرب', content: 'الأغنية موجهة للقادة' })]);
  });
  it('reads a surname as the subject before إلى أن', () => {
    const s = all('وأشار السالمي إلى أن المصنع سيفتتح الشهر المقبل.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'السالمي', content: 'المصنع سيفتتح الشهر المقبل' })]);
  });
  it('reads no subject when a comma stands before the particle', () => {
    const s = all('وقال المطرب في الحفل، أمام الجمهور، إن الأغنية موجهة للقادة.');
    expect(s.every((x) => x.speaker !== 'المطرب')).toBe(true);
  });
});

describe('a speech noun with a possessive, or a report, names the occasion (ar/speech-adjunct.ts)', () => {
  it('passes في بيانها and its comma before the object denied', () => {
    const s = all('ونفت الوزارة في بيانها، وجود أي خلاف مع الحكومة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزارة', stance: 'deny', content: 'وجود أي خلاف مع الحكومة' })]);
  });
  it('passes في تقرير لها and its comma before the one accused', () => {
    const s = all('واتهمت المنظمة في تقرير لها، الميليشيات بارتكاب انتهاكات.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المنظمة', stance: 'accuse', content: 'الميليشيات بارتكاب انتهاكات' })]);
  });
  it('passes في كلمتها before a particle', () => {
    const s = all('وأكدت الوزيرة في كلمتها أمام النواب أن الموازنة متوازنة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزيرة', content: 'الموازنة متوازنة' })]);
  });
});

describe('a definite participle of affiliation after the subject is part of it (ar/speaker.ts)', () => {
  it('takes المقربة من and its body into the speaker', () => {
    const s = all('وأعلنت الحركة الشبابية المقربة من حزب العمال على موقعها أنها ستواصل الاحتجاج.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الحركة الشبابية المقربة من حزب العمال', content: 'ستواصل الاحتجاج' })]);
  });
  it('takes المعترف بها دوليا into the speaker and leaves the object after it', () => {
    const s = all('ونفت مصادر في الحكومة المعترف بها دوليا صحة التسريبات.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'مصادر في الحكومة المعترف بها دوليا', stance: 'deny', content: 'صحة التسريبات' })]);
  });
  it('takes التابعة لـ and its body into the speaker', () => {
    const s = all('وقالت اللجنة الفرعية التابعة لمجلس الشيوخ الأمريكي إن التقرير جاهز.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'اللجنة الفرعية التابعة لمجلس الشيوخ الأمريكي', content: 'التقرير جاهز' })]);
  });
});
