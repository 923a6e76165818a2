import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), round 27: a report after سبق له أن and علما بأنه
// (ar/prior-report.ts), على حد قوله and حسب ما أفاد به (sources.tsv, ar/saying-noun.ts), plural and feminine forms of
// لفت، نوه، كشف، أفاد (cues.tsv), a ب-phrase ending the subject of نوه (ar/cue-subject.ts), a lone subject before the
// colon (ar/known-subject.ts) and د written without its point before a name (ar/speaker-words.ts).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);
const said = 'وقال الوزير إن الاقتصاد ينمو بثبات.';

describe('a report after سبق (له) أن', () => {
  it('gives سبق لها أن أعلنت to the subject named before سبق', () => {
    const s = all('ويذكر أن سلمى الأحمد، مديرة الصندوق، سبق لها أن أعلنت أن الصندوق مستعد لتقديم قروض جديدة.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'سلمى الأحمد، مديرة الصندوق', content: 'الصندوق مستعد لتقديم قروض جديدة' }));
  });
  it('gives وسبق له أن أكد to the last speaker', () => {
    const s = all(said, 'وسبق له أن أكد أن الحكومة لن ترفع أسعار الوقود.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'الوزير', content: 'الحكومة لن ترفع أسعار الوقود' }));
  });
  it('reads the subject after the verb in سبق أن أعلنت الوزارة', () => {
    const s = all('وسبق أن أعلنت الوزارة أن المدارس ستفتح أبوابها في موعدها.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزارة', content: 'المدارس ستفتح أبوابها في موعدها' })]);
  });
});

describe('a report after علما بأنه', () => {
  it('gives it to the speaker of the sentence', () => {
    const s = all('وقال المدير إن المصنع يعمل بكامل طاقته، علما بأنه أعلن الشهر الماضي أن الإنتاج سيتضاعف.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'المدير', content: 'الإنتاج سيتضاعف' }));
  });
  it('does not give it to the last speaker when the sentence names a subject in the writer\'s voice', () => {
    const s = all(said, 'وتدير الشركة الوطنية حقل النفط الكبير، علما بأنها أعلنت الشهر الماضي أن إنتاجها ارتفع.');
    expect(s.map((x) => x.content)).not.toContain('إنتاجها ارتفع');
  });
});

describe('على حد قوله and حسب ما أفاد به', () => {
  it('gives the clause before على حد قوله to the last speaker', () => {
    const s = all(said, 'والحكومة ستخفض الضرائب العام المقبل على حد قوله.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'الوزير', content: 'والحكومة ستخفض الضرائب العام المقبل' }));
  });
  it('reads the source after على حد تعبير', () => {
    const s = all('والحكومة ستخفض الضرائب العام المقبل، على حد تعبير وزير المالية.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'وزير المالية' })]);
  });
  it('reads no source in على حد سواء', () => {
    expect(all('وتضرر المزارعون والتجار على حد سواء من ارتفاع الأسعار.')).toEqual([]);
  });
  it('skips ما أفاد به before the source', () => {
    const s = all('والحكومة ستخفض الضرائب العام المقبل، حسب ما أفاد به المتحدث.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المتحدث' })]);
  });
  it('does not report the words after بحسب قوله without a particle', () => {
    const s = all(said, 'وأصيب رجل في رأسه إثر لقاء بحسب قوله، مع عصابة مسلحة.');
    expect(s.map((x) => x.content)).not.toContain('مع عصابة مسلحة');
  });
});

describe('plural and feminine forms of لفت، نوه، كشف، أفاد', () => {
  it.each([
    ['ولفتوا إلى أن', 'وقال الوزراء إن الاقتصاد ينمو. ولفتوا إلى أن الحكومة ستخفض الضرائب.'],
    ['ونوهوا بأن', 'وقال الوزراء إن الاقتصاد ينمو. ونوهوا بأن الحكومة ستخفض الضرائب.'],
    ['لافتين إلى أن', 'وقال الوزراء إن الاقتصاد ينمو، لافتين إلى أن الحكومة ستخفض الضرائب.'],
  ])('reads %s as the speakers\' report', (_, text) => {
    expect(all(text)).toContainEqual(expect.objectContaining({ speaker: 'الوزراء', content: 'الحكومة ستخفض الضرائب' }));
  });
  it('reads وينوه الخبير بأن', () => {
    expect(all('وينوه الخبير بأن الأسعار سترتفع.')).toEqual([expect.objectContaining({ speaker: 'الخبير', content: 'الأسعار سترتفع' })]);
  });
});

describe('speaker spans', () => {
  it('ends the subject of نوه at its ب-phrase', () => {
    expect(all('ونوه الوزير بجهود رجال الأمن في حفظ النظام.')).toEqual([expect.objectContaining({ speaker: 'الوزير' })]);
  });
  it('reads a lone surname before the colon as the subject of صرح', () => {
    const s = all('وقد وقع الاتفاقية سالم الحربي، الرئيس التنفيذي للشركة، في حفل خاص.', 'وبهذه المناسبة، صرح الحربي: "الاتفاقية تدعم الشركات الناشئة في المنطقة".');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'الحربي', direct: true }));
  });
  it('reads no subject in القول before the colon (وأضاف القول:)', () => {
    const s = all(said, 'وأضاف القول: لقد مرت البلاد بأزمات كثيرة وتجاوزتها.');
    expect(s).toContainEqual(expect.objectContaining({ speaker: 'الوزير', content: 'لقد مرت البلاد بأزمات كثيرة وتجاوزتها' }));
  });
  it('keeps د written without its point in the speaker', () => {
    expect(all('قال د محمد العلي إن الأسعار سترتفع.')).toEqual([expect.objectContaining({ speaker: 'د محمد العلي', content: 'الأسعار سترتفع' })]);
  });
});
