import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), round 25: اتهم with an object pronoun (cues.tsv), and a
// listed country whose letters look like a ب-phrase (باكستان) as the subject (ar/speaker.ts).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);

describe('اتهم with an object pronoun', () => {
  it('reads اتهمه بـ as an accusation whose target is the one named before', () => {
    const s = all('والتقى الوزير بالرئيس أوباما أمس، واتهمه بالتقصير في دعم الحلفاء.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزير', stance: 'accuse', content: 'بالتقصير في دعم الحلفاء', targets: ['أوباما'] })]);
  });
  it('reads يتهمونه بـ after an indefinite plural as that plural\'s accusation', () => {
    const s = all('ويواجه المدرب انتقادات من مشجعين يتهمونه بإهمال اللاعبين الشباب.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'مشجعين', stance: 'accuse', content: 'بإهمال اللاعبين الشباب' })]);
  });
  it('reads a subject after the verb, not the noun before, when the pronoun is the object (قطريين اتهمتهما واشنطن)', () => {
    const s = all('وشملت العقوبات رجال أعمال تتهمهم الحكومة بتهريب السلاح.');
    expect(s.map((x) => x.speaker)).not.toContain('رجال أعمال');
  });
});

describe('a listed country in ب-letters after the verb is its subject', () => {
  it('reads باكستان as the accuser and the noun after it as the accused', () => {
    const s = all('واتهمت باكستان جارتها بخرق اتفاق المياه.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'باكستان', stance: 'accuse', content: 'جارتها بخرق اتفاق المياه' })]);
  });
  it('reads باكستان as the speaker of a clause', () => {
    const s = all('وأعلنت باكستان أن المعبر الحدودي سيغلق أسبوعا.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'باكستان', content: 'المعبر الحدودي سيغلق أسبوعا' })]);
  });
});
