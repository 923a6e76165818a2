import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// "recounted how …" (01-said-that.ts): a clause-cue reports a "how" clause as it does a that-clause.
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a clause-cue before "how"', () => {
  it('recounted how', () => {
    expect(brief('The ferrymen recounted how the raft sank near the weir.')).toEqual([['The ferrymen', 'assert', 'how the raft sank near the weir']]);
  });
  it('an object is still no content', () => {
    expect(brief('The guide recounted the history of the weir.')).toEqual([]);
  });
});
