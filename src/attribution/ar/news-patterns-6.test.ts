import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, sixth batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
/** The statement whose content starts with `head`. */
const at = (s: ReturnType<typeof all>, head: string) => s.find((x) => x.content.startsWith(head));

describe('Arabic plural participles and verbs agree with a plural antecedent (ar/number.ts)', () => {
  it('a plural participle takes the coordinated names of a dual relative clause, not the last singular speaker', () => {
    const s = all('وقالت الوزيرة سلمى خالد إن الخطة جيدة. وبذلك دخلت الوزيرة في خلاف مع النائبين سامي نور وكريم حداد اللذين يعارضان الخطة معتبرين أنها تضر بالمزارعين في الجنوب.');
    expect(at(s, 'تضر بالمزارعين')).toMatchObject({ speaker: 'النائبين سامي نور وكريم حداد', rule: 'ar-participle' });
  });
  it('a plural participle takes a plural subject after a verb that reports nothing (تجمع متظاهرون)', () => {
    const s = all('وقال الرئيس إن الاتفاق جيد. وتجمع متظاهرون في ساحة المدينة للاحتجاج على الاتفاق داعين البرلمان إلى رفضه.');
    expect(at(s, 'رفضه')).toMatchObject({ speaker: 'متظاهرون', stance: 'demand' });
  });
  it('a plural pro-drop verb goes on with the last plural speaker, past a singular one', () => {
    const s = all('وقال مسؤولون محليون إن المياه انقطعت عن الأحياء الشرقية. وقال الوزير إن الإصلاح جار. وأكدوا أن السكان غادروا منازلهم.');
    expect(at(s, 'السكان غادروا')).toMatchObject({ speaker: 'مسؤولون محليون' });
  });
  it('a singular bare verb passes over a plural speaker named with a singular verb (قال المسؤولون … وأضاف)', () => {
    const s = all('وقال الوزير سامي نور إن الميناء مغلق. وقال المسؤولون في الميناء إن السفن تنتظر. وأضاف أن الإغلاق مؤقت.');
    expect(at(s, 'الإغلاق مؤقت')).toMatchObject({ speaker: 'الوزير سامي نور' });
  });
  it('ويؤكد هؤلاء الخبراء أن: a demonstrative before a plural noun of people points at the subject', () => {
    const s = all('ويؤكد هؤلاء الخبراء أن الأسعار سترتفع خلال الأشهر المقبلة.');
    expect(s[0]).toMatchObject({ speaker: 'الخبراء', content: 'الأسعار سترتفع خلال الأشهر المقبلة' });
  });
  it('وذكر الشهود بأن: a plural noun of people right before the particle is the subject', () => {
    const s = all('وقال الوزير إن الوضع هادئ. وذكر الشهود بأن القصف استمر طوال الليل.');
    expect(at(s, 'القصف استمر')).toMatchObject({ speaker: 'الشهود', rule: 'ar-verb-subject-anna' });
  });
});

describe('Arabic source phrases: a plural source is no antecedent of a singular bare verb', () => {
  it('وحسب مراسلين X: a later قال goes on with the deputy, not the reporters', () => {
    const s = all('وقال النائب سامي نور إن التصويت على الاتفاق سيجري الأسبوع المقبل. وحسب مراسلين أجانب في العاصمة، فإن الحزب يستغل العطلة لحشد الأصوات. وقال إن الرسائل تصله كل يوم من الناخبين.');
    expect(at(s, 'الرسائل تصله')).toMatchObject({ speaker: 'النائب سامي نور' });
  });
});

describe('Arabic abbreviated titles with a dot (د.، م.، أ.د.) are part of the speaker phrase', () => {
  it('بحسب ما ذكرته د. X، …: the source is the whole phrase and the clause after it is reported', () => {
    const s = all('وبحسب ما ذكرته د. سلمى الحربي، كانت هناك حالتان من المرض في القسم الشمالي.');
    expect(s[0]).toMatchObject({ speaker: 'د. سلمى الحربي', content: 'كانت هناك حالتان من المرض في القسم الشمالي' });
  });
  it('وأكدت م. X أن: the engineer\'s abbreviation opens the subject', () => {
    const s = all('وقال المدير إن المشروع تأخر. وأكدت م. هند العلي أن العمل في الجسر انتهى.');
    expect(at(s, 'العمل في الجسر')).toMatchObject({ speaker: 'م. هند العلي', rule: 'ar-verb-subject-anna' });
  });
  it('وبحسب أ.د. X، فإن: the professor-doctor abbreviation too', () => {
    const s = all('وبحسب أ.د. خالد النمر، فإن الأبحاث في الجامعة مستمرة منذ سنوات.');
    expect(s[0]).toMatchObject({ speaker: 'أ.د. خالد النمر', content: 'الأبحاث في الجامعة مستمرة منذ سنوات' });
  });
});

describe('Arabic offices held in a body (ar/office.ts)', () => {
  it('اتهم X مدير البرامج في منظمة Y، Z بـ: the body is the speaker\'s, the one after the comma the accused', () => {
    const s = all('اتهم سامر حداد مدير البرامج في منظمة الصحة العالمية، كريم نصار رئيس اللجنة الوطنية للانتخابات بنشر أرقام خاطئة عن الحملة.');
    expect(s[0]).toMatchObject({ speaker: 'سامر حداد مدير البرامج في منظمة الصحة العالمية', stance: 'accuse' });
    expect(s[0].content.startsWith('كريم نصار')).toBe(true);
  });
  it('قال X مدير في وزارة Y إن: a ministry in construct', () => {
    const s = all('وقال سامر حداد مدير البرامج في وزارة الصحة إن الحملة نجحت في تطعيم الأطفال.');
    expect(s[0]).toMatchObject({ speaker: 'سامر حداد مدير البرامج في وزارة الصحة' });
  });
  it('في + a speech noun or a definite place is no office (قال الوزير في كلمة أمام البرلمان)', () => {
    const s = all('وقال الوزير في كلمة أمام البرلمان إن الحملة نجحت في تطعيم الأطفال.');
    expect(s[0]).toMatchObject({ speaker: 'الوزير' });
  });
});

describe('Arabic reported clauses end before their background (، خصوصا بعد …)', () => {
  it('أكدت أنها لن …، خصوصا بعد …: the event after "especially" is the outlet\'s', () => {
    const s = all('وكانت الحكومة اكدت انها لن تتهاون مع المسلحين في الجبال، خصوصا بعد مقتل شرطيين في هجوم قرب الحدود الشمالية.');
    expect(s[0]).toMatchObject({ speaker: 'الحكومة', content: 'لن تتهاون مع المسلحين في الجبال' });
  });
  it('خاصة أن (the speaker\'s own reason) stays in the content', () => {
    const s = all('وقال الوزير إن الحكومة لن تتراجع عن القرار، خاصة أن البرلمان وافق عليه بالإجماع.');
    expect(s[0].content).toContain('خاصة أن البرلمان');
  });
});
