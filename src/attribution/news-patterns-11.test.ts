import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Constructions of real English news, round 11, each tested on made-up sentences (none from a gold or corpus article).
const brief = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs).map((s) => [s.speaker, s.content]);

describe('the subject of a verb coordinated with a cue is its sentence\'s own common-noun subject (en/clause-subject.ts)', () => {
  // An irregular past (objects.tsv: past-verb) ends "The senators": the last speaker is not the one urging.
  it.each([
    ['met', 'Tom Vale spoke on Monday. The senators met on Tuesday and urged him to resign.', 'The senators'],
    ['held', 'Tom Vale spoke on Monday. The farmers held a rally and demanded lower fuel prices.', 'The farmers'],
    ['sent', 'Jane Roe visited the port. The dock workers sent a letter and said the cranes were unsafe.', 'The dock workers'],
  ])('"The Xs %s … and <cue> …"', (_verb, text, speaker) => {
    const got = brief(...text.split(/(?<=\.) /));
    expect(got.map((s) => s[0])).toContain(speaker);
    expect(got.map((s) => s[0])).not.toContain(text.split(' ').slice(0, 2).join(' '));
  });
  it('an irregular past right after the article is an adjective: "The lost hikers said …" keeps its subject', () => {
    expect(brief('The lost hikers said the trail was badly marked.')[0][0]).toBe('The lost hikers');
  });
});

describe('the plain form "state" before "that" is a cue after a plural subject (en/noun-cues.ts)', () => {
  it.each([
    ['a plural role', 'Officials state that the bridge is safe.', 'Officials'],
    ['police', 'Police state that the road will reopen on Friday.', 'Police'],
    ['a plural opening its sentence', 'Researchers state that the virus is spreading.', 'Researchers'],
  ])('%s', (_name, text, speaker) => {
    expect(brief(text)).toEqual([[speaker, text.slice(text.indexOf('that') + 5, -1)]]);
  });
  it.each([
    'It is a state that has never recovered from the war.',
    'The state that hosted the games is broke.',
    'The police state that emerged was brutal.',
    'He moved to Texas state that year.',
  ])('stays the noun: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});
