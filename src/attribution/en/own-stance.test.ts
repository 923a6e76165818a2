import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// "X told Y that she opposed Z" (own-stance.ts): the same source's stance inside its own statement is one statement,
// with that stance; another source inside it stays a statement of its own.
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('own stance inside a said clause', () => {
  it.each([
    ['told … that she opposed', 'The warden told the council that she opposed the toll.', 'The warden', 'deny', 'she opposed the toll'],
    ['said he rejected', 'The mayor said he rejected the proposal.', 'The mayor', 'deny', 'he rejected the proposal'],
    ['said it accused', 'The guild said it accused the port of hiding losses.', 'The guild', 'accuse', 'it accused the port of hiding losses'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it('another pronoun is another source: two statements', () => {
    expect(brief('Mr Lund said she rejected the proposal.')).toEqual([['Mr Lund', 'assert', 'she rejected the proposal'], ['she', 'deny', 'the proposal']]);
  });
  it('a perfect reports an earlier act of its own: two statements', () => {
    expect(brief('The guild said it had rejected the proposal.')).toEqual([['The guild', 'assert', 'it had rejected the proposal'], ['The guild', 'deny', 'the proposal']]);
  });
  it('a named inner source stays its own statement', () => {
    expect(brief('The mayor said the guild rejected the proposal.')).toEqual([['The mayor', 'assert', 'the guild rejected the proposal'], ['the guild', 'deny', 'the proposal']]);
  });
});
