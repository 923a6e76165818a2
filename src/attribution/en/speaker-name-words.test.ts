import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Speaker phrases: a capitalised preposition inside a name (speaker.ts innerCapitalWord), and a time phrase with a count
// between the subject and its cue (speaker-before.ts skipTimeBack, clause-subject.ts).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a capitalised preposition between capitalised words stays in the name (speaker.ts innerCapitalWord)', () => {
  it.each([
    ['before the cue', 'Farmers Without Borders said the harvest had failed.', 'Farmers Without Borders'],
    ['after a quotation', '"The harvest failed," Farmers Without Borders said.', 'Farmers Without Borders'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence).map((s) => s[0])).toEqual([speaker]);
  });
  it('leaves a sentence-initial preposition out', () => {
    expect(brief('On Monday Lee said the harvest had failed.').map((s) => s[0])).toEqual(['Lee']);
  });
});

describe('a counted time phrase before the cue is skipped (on several occasions)', () => {
  it('after the subject', () => {
    expect(brief('The growers on several occasions have called for a new dam.')).toEqual([['The growers', 'demand', 'a new dam']]);
  });
  it('after an auxiliary', () => {
    expect(brief('The growers have on several occasions called for a new dam.')).toEqual([['The growers', 'demand', 'a new dam']]);
  });
  it('after "and" in a coordinated clause', () => {
    expect(brief('The growers have been patient and on two occasions have called for a new dam.')).toEqual([['The growers', 'demand', 'a new dam']]);
  });
});
