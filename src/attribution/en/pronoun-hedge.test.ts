import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// "X said it could not confirm Y": one statement, X's doubt about Y (01-said-that.ts pronounThenHedge).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a pronoun subject before a doubt phrase in reported speech is the speaker\'s own doubt', () => {
  it.each([
    ['it could not confirm', 'The coastguard said it could not confirm the sighting.', 'The coastguard', 'the sighting'],
    ['they were unable to confirm', 'Rangers said they were unable to confirm the report.', 'Rangers', 'the report'],
    ['that it could not verify', 'The agency said that it could not independently verify the footage.', 'The agency', 'the footage'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'doubt', content]]);
  });
  it('keeps two statements for another source\'s doubt', () => {
    expect(brief('The coastguard said the navy could not confirm the sighting.')).toEqual([
      ['The coastguard', 'assert', 'the navy could not confirm the sighting'],
      ['the navy', 'doubt', 'the sighting'],
    ]);
  });
});
