import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A cue added to the lexicon (cues.tsv: نصحت "advised"). Our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic cues: advice is a call', () => {
  it('نصحت with its ب-phrase demands', () => {
    expect(ar('ونصحت الوزارة المواطنين بعدم السفر إلى المنطقة.')[0]).toMatchObject({ speaker: 'الوزارة', stance: 'demand' });
  });

  it('the noun نصح ("advice") reports nothing', () => {
    expect(ar('وتعمل لجان نصح وتوجيه في المدارس منذ سنوات.')).toEqual([]);
  });
});
