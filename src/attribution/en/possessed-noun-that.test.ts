import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A one-word cue form after a named possessive and before "that" is a noun whose possessor speaks (01-said-that.ts,
// possessive-noun.ts); in a clause, a second finite word is the sentence's own verb and ends the content.
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('X\'s warning/claim that … (possessive-noun.ts)', () => {
  it.each([
    ['warning that', 'The mayor\'s warning that the dam was unsafe was ignored.', 'The mayor', 'warn', 'the dam was unsafe'],
    ['claim that', 'Lee\'s claim that the vote was rigged has been dismissed.', 'Lee', 'assert', 'the vote was rigged'],
    ['claims that, then a plural verb', 'The mayor\'s claims that the dam was unsafe were rejected.', 'The mayor', 'assert', 'the dam was unsafe'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toContainEqual([speaker, stance, content]);
  });
  it('leaves a pronoun possessor alone', () => {
    expect(brief('His warning that the dam was unsafe was ignored.').map((s) => s[0])).not.toContain('His');
  });
});
