import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), round 23: a ب-name after the outlet spoken to, a dateline
// before a colon, another person's act after a contrast connective, and طالب "student".
const all = (title: string, ...paragraphs: string[]) => statementsOf('ar', title, ...paragraphs);
const T = 'عنوان الخبر';

describe('the speaker named right after the outlet spoken to (ar/outlet-name.ts)', () => {
  it('reads a name whose letters look like a ب-phrase, with its title, as the speaker', () => {
    const s = all(T, 'وقال لـ"النهار" بامي كاروسو المدير العام للمصنع، إن الإنتاج سيتضاعف في العام المقبل.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'بامي كاروسو المدير العام للمصنع', content: 'الإنتاج سيتضاعف في العام المقبل' })]);
  });
  it('reads it mid-sentence too, after words run into the sentence', () => {
    const s = all(T, 'أعلن مسؤول في الميناء أن الحركة زادت. بامي كاروسو وقال لـ "النهار" بامي كاروسو المدير العام للمصنع، "إن الإنتاج سيتضاعف في العام المقبل بعد التوسعة".');
    expect(s[1]).toEqual(expect.objectContaining({ speaker: 'بامي كاروسو المدير العام للمصنع', direct: true }));
  });
  it('leaves a ب-phrase after the outlet alone (no title follows it)', () => {
    const s = all(T, 'قال الوزير إن الخطة جاهزة.', 'وأضاف لـ"النهار" بمناسبة افتتاح المعرض إن الزوار كثيرون.');
    expect(s[1]).toEqual(expect.objectContaining({ speaker: 'الوزير', rule: 'ar-pro-drop' }));
  });
});

describe('a dateline or byline before a colon is never the subject (ar/cue-subject-before.ts subjectBefore)', () => {
  it('takes the body after the verb, not the byline before the colon', () => {
    const s = all(T, 'صدى- وكالات: أعلنت المنسقية العامة لرئاسة الوزراء، أن الجسر الجديد سيفتح غدا.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المنسقية العامة لرئاسة الوزراء', content: 'الجسر الجديد سيفتح غدا' })]);
  });
  it('does not make the byline the speaker of a bare verb after it', () => {
    const s = all(T, 'صدى- وكالات: أفادت أن الجسر الجديد سيفتح غدا.');
    expect(s.map((x) => x.speaker)).not.toContain('صدى- وكالات');
  });
  it('reads a directorate with its adjective as the subject of a verb that takes an object', () => {
    const s = all(T, 'أعلنت المديرية العامة للمرور أن الطريق سيغلق يومين.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المديرية العامة للمرور', content: 'الطريق سيغلق يومين' })]);
  });
});

describe('another person\'s act after فيما/بينما/في حين ends the reported clause (ar/contrast.ts)', () => {
  it('cuts the content before فيما + a verb + a titled person', () => {
    const s = all(T, 'أكد المحافظ أن المدارس ستفتح في موعدها، فيما وعد الوزير فلان العلي بزيادة الحافلات.');
    expect(s[0]).toEqual(expect.objectContaining({ speaker: 'المحافظ', content: 'المدارس ستفتح في موعدها' }));
  });
  it('keeps a contrast that goes on with the speaker\'s own claim', () => {
    const s = all(T, 'قال المدير إن أغلب القروض للشباب، بينما تبقى نسبة المتقاعدين قليلة.');
    expect(s[0].content).toBe('أغلب القروض للشباب، بينما تبقى نسبة المتقاعدين قليلة');
  });
});

describe('طالب "student" is no demand (ar/student-noun.ts)', () => {
  it('reads nothing in a headline طالب + a nationality + a verb', () => {
    expect(all('طالب كويتي يفوز بجائزة المبرمجين الشباب', 'فاز الطالب بالجائزة الأولى.')).toEqual([]);
  });
  it('reads nothing in طالب بجامعة', () => {
    const s = all(T, 'قال المدير إن المشروع ناجح.', 'طالب بجامعة المدينة يبتكر جهازا لتنقية المياه.');
    expect(s.map((x) => x.stance)).toEqual(['assert']);
  });
  it('reads nothing in a name with بن طالب', () => {
    expect(all(T, 'وحضر الحفل اللواء سالم بن طالب مدير عام إدارة الإعلام وعدد من الضباط.')).toEqual([]);
  });
  it('still reads طالب + a body as a demand', () => {
    const s = all(T, 'طالب اتحاد المزارعين الحكومة بخفض أسعار الوقود.');
    expect(s).toEqual([expect.objectContaining({ stance: 'demand', speaker: 'اتحاد المزارعين' })]);
  });
  it('reads الطالب before a name as the speaker\'s role', () => {
    const s = all(T, 'وقال الطالب سامر النجار إن المسابقة كانت صعبة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الطالب سامر النجار' })]);
  });
});

describe('a bracketed source after a cue reports nothing of its own (ar/02-according-to.ts)', () => {
  it('leaves «…» (حسب البيان) to the cue before it', () => {
    const s = all(T, 'وأضافت النقابة في بيان «لن نقبل بتأجيل صرف الرواتب مرة أخرى» (حسب البيان).');
    expect(s.map((x) => x.rule)).toEqual(['ar-verb-subject-quote']);
  });
});

describe('a definite ordinal stays in the speaker phrase (data/lexicons/ar/ordinals.tsv)', () => {
  it('reads قائد اللواء الثالث with its name after a verb that takes an object', () => {
    const s = all(T, 'أكد قائد اللواء الثالث العميد سالم النعيمي وجود تعزيزات جديدة على الجبهة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'قائد اللواء الثالث العميد سالم النعيمي', content: 'وجود تعزيزات جديدة على الجبهة' })]);
  });
});
