import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// The subject of a raising verb (is reported to have said, appeared to blame, went on to say) speaks (raising.ts).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a cue after a raising verb and "to" is its subject\'s statement (raising.ts)', () => {
  it.each([
    ['is reported to have said', 'The harbour master is reported to have said that the pier was unsafe.', 'The harbour master', 'assert', 'the pier was unsafe'],
    ['is said to have told', 'The coach is said to have told players that the season was over.', 'The coach', 'assert', 'the season was over'],
    ['appeared to blame', 'The mayor appeared to blame the rain for the delays.', 'The mayor', 'accuse', 'the rain for the delays'],
    ['went on to say', 'The vet went on to say that the herd was healthy.', 'The vet', 'assert', 'the herd was healthy'],
    ['was forced to deny', 'The bakery was forced to deny that its bread was stale.', 'The bakery', 'deny', 'its bread was stale'],
    ['continued to deny', 'The tenant continued to deny any damage.', 'The tenant', 'deny', 'any damage'],
    ['took to Twitter to deny', 'The baker took to Twitter to deny the rumours.', 'The baker', 'deny', 'the rumours'],
    ['took to social media to accuse', 'The tenant took to social media to accuse the landlord of lying.', 'The tenant', 'accuse', 'the landlord of lying'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it.each([
    ['is expected to announce', 'The mayor is expected to announce the winners on Friday.'],
    ['is said to be', 'The mayor is said to be furious about the leak.'],
    ['a purpose, not a raiser', 'The mayor travelled to the coast to announce the winners.'],
  ])('reports nothing for %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});
