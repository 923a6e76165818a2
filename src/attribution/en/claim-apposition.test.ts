import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// "…, a claim the rebels denied" (claim-apposition.ts): the clause before the appositive is what its source denied.
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a claim the X denied', () => {
  it('after another statement: its clause', () => {
    expect(brief('The guild said the pier was safe, a claim the wardens disputed.')).toContainEqual(['the wardens', 'deny', 'the pier was safe']);
  });
  it('with "that" and a time after the cue', () => {
    expect(brief('The guild said the pier was safe, a claim that the wardens denied on Monday.')).toContainEqual(['the wardens', 'deny', 'the pier was safe']);
  });
  it('after a fact told by the outlet: the sentence before the comma', () => {
    expect(brief('Raiders burned the mill, a move the council condemned.')).toEqual([['the council', 'accuse', 'Raiders burned the mill']]);
  });
  it('no cue after the appositive: nothing', () => {
    expect(brief('Raiders burned the mill, a move that shocked the valley.')).toEqual([]);
  });
});
