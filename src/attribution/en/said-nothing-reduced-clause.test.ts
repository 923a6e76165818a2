import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Round 11 guards (01-said-that.ts NOTHING, said-object.ts isReducedClause, passive.ts passiveSubject).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content, s.direct]);

describe('said nothing, said when asked, claims were denied', () => {
  it('saying nothing is no statement', () => {
    expect(brief('The warden said nothing about the toll.')).toEqual([]);
  });
  it('"said nothing had" is a clause', () => {
    expect(brief('The warden said nothing had changed.')).toEqual([['The warden', 'assert', 'nothing had changed', false]]);
  });
  it('a reduced clause after a quotation\'s cue leaves the quotation the content', () => {
    expect(brief('"We saw no boats," the warden said when asked about the flood.')).toEqual([['the warden', 'assert', 'We saw no boats', true]]);
  });
  it('a clause after the reduced one is still the content', () => {
    expect(brief('The warden said after the vote that the toll would stay.')).toEqual([['The warden', 'assert', 'the toll would stay', false]]);
  });
  it('"described as" is no reduced clause', () => {
    expect(brief('The toll, which the guild describes as "a tax on the poor", stays.')).toEqual([['the guild', 'assert', 'a tax on the poor', true]]);
  });
  it('a cue form that is a said thing can be a passive\'s subject', () => {
    expect(brief('The claims were denied by the guild.')).toEqual([['the guild', 'deny', 'The claims', false]]);
    expect(brief('His claims were rejected by the court.')).toEqual([['the court', 'deny', 'His claims', false]]);
  });
});
