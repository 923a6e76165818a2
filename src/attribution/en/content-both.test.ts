import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// "both" before a noun or a name opens the object after a cue; it is no adverb to skip (content.ts bothOfObject).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('"both" at the start of a cue\'s object (content.ts bothOfObject)', () => {
  it.each([
    ['both + noun', 'The referee accused both teams of cheating.', 'The referee', 'accuse', 'both teams of cheating'],
    ['both + name', 'The envoy urged both Ostrava and Brno to talk.', 'The envoy', 'demand', 'both Ostrava and Brno to talk'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it('still skips "both" before "that"', () => {
    expect(brief('The envoy said both that the talks failed and that he would resign.')[0]?.[2]).toBe('the talks failed and that he would resign');
  });
});
