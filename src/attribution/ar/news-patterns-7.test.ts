import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, seventh batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
/** The statement whose content starts with `head`. */
const at = (s: ReturnType<typeof all>, head: string) => s.find((x) => x.content.startsWith(head));

describe('Arabic stance: "will not be lenient" warns', () => {
  it('لن تتهاون مع warns', () => {
    const s = all('وأكدت الوزارة أنها لن تتهاون مع المخالفين في الموسم المقبل.');
    expect(s[0]).toMatchObject({ speaker: 'الوزارة', stance: 'warn' });
  });
});

describe('Arabic speakers: a family name written with ب after a given name (ar/name-words.ts)', () => {
  it('a ب-word ending in ي after a given name is the family name (جون باتيلي)', () => {
    const s = all('وقال السفير السابق جون باتيلي في كلمة أمام الطلاب: "هذه الخطة ستفشل".');
    expect(s[0]).toMatchObject({ speaker: 'السفير السابق جون باتيلي' });
  });
  it('a plural in construct with ب before its definite noun stays out of the name (بمديري المدارس)', () => {
    const s = all('وطالب المحافظ سامي بمديري المدارس بالحضور مبكرا.');
    expect(s.every((x) => !x.speaker.includes('بمديري'))).toBe(true);
  });
});

describe('Arabic speakers: two noun phrases before the ب-phrase (ar/double-object.ts)', () => {
  it('a mid-sentence و-verb of accusing takes the first phrase as its subject (واتهمت السلطات الجماعة بـ)', () => {
    const s = all('وقال الوزير إن الوضع هادئ. وسقط قتلى في الانفجار واتهمت السلطات المحلية الجماعة بالوقوف وراءه.');
    expect(at(s, 'الجماعة بالوقوف')).toMatchObject({ speaker: 'السلطات المحلية', stance: 'accuse' });
  });
  it('one noun phrase before the ب-phrase stays the object of the subject before (وطالبت موسكو بالاعتذار)', () => {
    const s = all('وقال الوزير إن الوضع هادئ. واستدعت الخارجية السفير وطالبت موسكو بالاعتذار.');
    expect(s.find((x) => x.content.includes('بالاعتذار'))?.speaker).not.toBe('موسكو');
  });
});

describe('Arabic relayed statements: نقلت X عن Y أن (ar/relayed.ts)', () => {
  it('the one quoted after عن speaks, not the outlet', () => {
    const s = all('ونقلت تقارير صحفية عن مسؤول في الميناء أن السفن ما زالت تنتظر في البحر.');
    expect(s[0]).toMatchObject({ speaker: 'مسؤول في الميناء', content: 'السفن ما زالت تنتظر في البحر', rule: 'ar-relayed-anna' });
  });
  it('a short description of the one quoted before the particle (عن مصادر لم تسمها أن)', () => {
    const s = all('ونقلت الصحيفة عن مصادر لم تسمها أن الحكومة قد تستقيل قريبا.');
    expect(s[0]).toMatchObject({ speaker: 'مصادر', content: 'الحكومة قد تستقيل قريبا' });
  });
  it('عن Y القول: the definite verbal noun before a colon', () => {
    const s = all('ونقلت الإذاعة عن الوزير القول: إن الطريق سيفتح غدا.');
    expect(s[0]).toMatchObject({ speaker: 'الوزير' });
    expect(s[0].content).toContain('الطريق سيفتح غدا');
  });
  it('نقل without عن is no report (تنقل الشاحنات)', () => {
    expect(all('وتنقل الشاحنات البضائع إلى الميناء كل يوم.')).toHaveLength(0);
  });
});

describe('Arabic spelled Latin letters with dots (ar/letter-names.ts)', () => {
  it('كيه. before a name neither ends the sentence nor cuts the speaker', () => {
    const s = all('وقال كيه. راجان وزير التجارة إن الصادرات زادت هذا العام.');
    expect(s[0]).toMatchObject({ speaker: 'كيه. راجان وزير التجارة', content: 'الصادرات زادت هذا العام' });
  });
  it('إن in (إن. بي. سي) is no particle: the content is after the colon', () => {
    const s = all('وصرح النائب سامي نور على قناة (إن. بي. سي): الحكومة فشلت في حماية الحدود.');
    expect(s[0]).toMatchObject({ speaker: 'النائب سامي نور', content: 'الحكومة فشلت في حماية الحدود' });
  });
});

describe('Arabic addressees: ل + a medium before its quoted name (ar/told.ts)', () => {
  it('وقال لبرنامج "…": the programme is told, the speaker goes on', () => {
    const s = all('وقال الوزير سامي نور إن الخطة جيدة. وقال لبرنامج "لقاء الأسبوع" أمس: الخطة ستنجح في النهاية.');
    expect(at(s, 'الخطة ستنجح')).toMatchObject({ speaker: 'الوزير سامي نور' });
  });
});
