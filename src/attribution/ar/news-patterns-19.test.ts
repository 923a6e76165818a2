import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): "in the same time/context" after a cue, adverbs joined by و,
// a verbal noun after a verb of trying, subjects joined by و, a name before its verb, a surname named again before
// the verb's preposition, manner adverbs of ب, a noun in construct after a two-word name, a verb said again after an
// apposition.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';

describe('في + a noun + "the same" is an adjunct', () => {
  it('starts the content after في السياق ذاته، and after في الوقت نفسه،', () => {
    expect(all(`${LEAD} مطالبا في السياق ذاته، بضرورة فتح المعابر أمام المساعدات.`)[1]).toMatchObject({ content: 'بضرورة فتح المعابر أمام المساعدات' });
    expect(all(`${LEAD} مشددا، في الوقت نفسه، على ضرورة احترام الهدنة.`)[1]).toMatchObject({ content: 'ضرورة احترام الهدنة', stance: 'demand' });
  });
  it('keeps the speaker of ودعا في الوقت نفسه، X إلى (X is asked)', () => {
    expect(all(`${LEAD} ودعا في الوقت نفسه، كندا إلى مزيد من الدعم.`)[1]).toMatchObject({ content: 'كندا إلى مزيد من الدعم' });
  });
});

describe('an adverb joined by و to the adverb before it', () => {
  it('starts the content after حذر مرارا وتكرارا من', () => {
    expect(all('وقال الخبير إن الجيش حذر مرارا وتكرارا من العواقب الوخيمة للتصعيد.')[1]).toMatchObject({ content: 'العواقب الوخيمة للتصعيد' });
  });
});

describe('a cue word after a verb or noun of trying is what was attempted', () => {
  it('makes no denial of لم يحاولوا نفي nor of محاولة نفي', () => {
    expect(all(`${LEAD} ولم يحاولوا نفي وجود المشكلة في الشبكة.`)).toHaveLength(1);
    expect(all(`${LEAD} وجاء ذلك في محاولة نفي التهمة عن موظفيها.`)).toHaveLength(1);
  });
});

describe('subjects joined by و are one speaker', () => {
  it('reads الولايات المتحدة ودول مجلس التعاون as the speaker', () => {
    expect(all('وأكدت الولايات المتحدة ودول مجلس التعاون بقوة على ضرورة حل النزاع سلميا.')[0]).toMatchObject({ content: 'ضرورة حل النزاع سلميا' });
    expect(all('ودعا الرئيس ووزير الخارجية الأطراف إلى الحوار.')[0]).toMatchObject({ content: 'الأطراف إلى الحوار' });
  });
  it('leaves و + a word that is no head in the object (نفى الوزير وجود …)', () => {
    expect(all('ونفى الوزير وجود خلافات داخل الحكومة.')[0]).toMatchObject({ content: 'وجود خلافات داخل الحكومة' });
  });
});

describe('a listed name right before an unprefixed verb is its subject', () => {
  it('reads إن فرنسا تتهم ألمانيا بـ as France accusing', () => {
    const s = all('وقالت الصحيفة إن فرنسا تتهم ألمانيا بعرقلة الاتفاق التجاري.');
    expect(s[1]).toMatchObject({ stance: 'accuse', content: 'ألمانيا بعرقلة الاتفاق التجاري' });
  });
});

describe('a surname named again before the verb\'s preposition', () => {
  it('reads وحذر الزهراني من as the earlier speaker warning', () => {
    const s = all('وقال الشيخ سالم الزهراني مدير المركز إن الوضع مقلق.', 'وحذر الزهراني من الانسياق وراء الشائعات.');
    expect(s[1]).toMatchObject({ stance: 'warn', content: 'الانسياق وراء الشائعات' });
  });
});

describe('manner adverbs of ب + a noun', () => {
  it('keeps بوضوح and بشدة out of the speaker and the content', () => {
    expect(all('وأكد الوزير بوضوح أن الحكومة ماضية في خطتها.')[0]).toMatchObject({ content: 'الحكومة ماضية في خطتها' });
    expect(all('وأدان المجلس بشدة الهجوم على القافلة.')[0]).toMatchObject({ content: 'الهجوم على القافلة' });
  });
});

describe('a noun in construct after a two-word name opens the object', () => {
  it('ends the speaker of حث كارلوس مندوزا دول … على before دول', () => {
    expect(all(`${LEAD} حث كارلوس مندوزا دول أمريكا الجنوبية على التعاون.`)[1]).toMatchObject({ content: 'دول أمريكا الجنوبية على التعاون' });
  });
});

describe('a verb said again after the subject\'s apposition', () => {
  it('gives the content after the second verb to the first speaker', () => {
    const s = all('ودعت سلمى العلي رئيسة الجمعية، إحدى أكبر الجمعيات الخيرية في البلاد، دعت جميع المتطوعين إلى الحضور مبكرا.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ content: 'جميع المتطوعين إلى الحضور مبكرا' });
  });
});
