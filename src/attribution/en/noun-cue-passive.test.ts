import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A multi-word noun cue ending in "be" before a past participle is a passive about the demands (noun-cues.ts).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('"demands were met" reports no demand (noun-cues.ts englishCueReading)', () => {
  it('leaves the warning before it whole', () => {
    expect(brief('The rebels threatened to burn the mill unless their demands were met.')).toEqual([
      ['The rebels', 'warn', 'to burn the mill unless their demands were met'],
    ]);
  });
  it.each([
    ['rejected', 'Their demands were rejected by the mill owners.'],
    ['an irregular participle', 'The strikers went home once their demands were met.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence).filter((s) => s[1] === 'demand')).toEqual([]);
  });
  it('still reads "demands were that …"', () => {
    expect(brief('The strikers\' demands were that the mill reopen.')).toEqual([['The strikers', 'demand', 'the mill reopen']]);
  });
});
