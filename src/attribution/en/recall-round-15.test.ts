import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Round 15: English bounds and speakers found wrong or missing, each on made-up sentences (none from a gold or corpus
// article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (sentence: string) => all('The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('an unnamed source in an "as" aside before a quotation (speaker-before.ts)', () => {
  it.each([
    ['one', 'As one farmer put it, "We have nothing left to lose."', 'one farmer'],
    ['an adjective', 'As one local trader told the radio, "We have nothing left to lose."', 'one local trader'],
    ['after a comma', 'Prices rose, as one trader put it, "like a rocket."', 'one trader'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence).map((s) => [s[0], s[1]])).toEqual([[speaker, 'assert']]);
  });
  it('still drops the aside with no quotation', () => {
    expect(brief('The crops failed, as one farmer noted.')).toEqual([]);
  });
});

describe('a role phrase opening the sentence before an apposed name (apposed-speaker.ts, said-object.ts)', () => {
  it('is no content of a cue with a time adjunct', () => {
    expect(brief("The city's police chief, Anna Berg, warned on Monday of more violence."))
      .toEqual([['Anna Berg', 'warn', 'of more violence']]);
  });
  it('still reads an opening clause whose subject holds a title', () => {
    expect(brief('The governor has left the city, police said.')).toEqual([['police', 'assert', 'The governor has left the city']]);
  });
  it('still reads a clause before a trailing role and name', () => {
    expect(brief('Defences failed, the environment minister, Helen Ward, said on Monday.'))
      .toEqual([['Helen Ward', 'assert', 'Defences failed']]);
  });
});

describe('a short quotation as the subject of the reported clause (content.ts)', () => {
  it.each([
    ['were', 'The mayor said "two gunmen" were killed in the raid.', 'two gunmen" were killed in the raid'],
    ['had', 'The mayor said "serious errors" had been made.', 'serious errors" had been made'],
  ])('%s', (_name, sentence, content) => {
    expect(all('The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.direct, s.content.replace(/^["“]/, '')]))
      .toEqual([['The mayor', true, content]]);
  });
  it('keeps a quotation ending the clause as it was', () => {
    expect(brief('The mayor said "errors were made" but stayed on.').map((s) => s[2])).toEqual(['errors were made']);
  });
});

describe('an adverb in commas after a linked subject (speaker-before.ts)', () => {
  it.each([
    ['a place', 'Police in Lyon, however, said the man had fled.', 'Police in Lyon'],
    ['a body', 'A spokesman for the port, meanwhile, said the man had fled.', 'A spokesman for the port'],
    ['a name', 'Carl Ray, however, said the man had fled.', 'Carl Ray'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', 'the man had fled']]);
  });
});

describe('an adjective after the article in a trailing adjunct (said-object.ts)', () => {
  it.each([
    ['televised', 'The dam is safe, the governor said in a televised address on Sunday.'],
    ['prepared', 'The dam is safe, the governor said in a prepared statement.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['the governor', 'assert', 'The dam is safe']]);
  });
});

describe('a subordinate clause inside an object (content.ts)', () => {
  it('keeps the condition after the object', () => {
    expect(brief('The union threatened strikes if the talks continued.')).toEqual([['The union', 'warn', 'strikes if the talks continued']]);
  });
});

describe('hope voiced as a noun phrase (cues.tsv)', () => {
  it.each([
    ['hope', 'The envoy expressed hope that the border would reopen.'],
    ['confidence', 'The envoy expressed confidence that the border would reopen.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['The envoy', 'assert', 'the border would reopen']]);
  });
});

describe('a "who" clause about the source (03-according-to.ts, 05-inverted.ts)', () => {
  it('is no part of what an according-to source reports', () => {
    expect(brief('According to Carl Ray, who spoke to the radio on Monday, the port will reopen.'))
      .toEqual([['Carl Ray', 'assert', 'the port will reopen']]);
  });
  it('ends the speaker after an inverted cue', () => {
    expect(brief('The port will reopen, said Carl Ray, who is the harbour master.'))
      .toEqual([['Carl Ray', 'assert', 'The port will reopen']]);
  });
});

describe('verbs of telling added to cues.tsv', () => {
  it.each([
    ['clarified', 'Carl Ray clarified that the port would reopen.'],
    ['speculated', 'Carl Ray speculated that the port would reopen.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['Carl Ray', 'assert', 'the port would reopen']]);
  });
  it('reports no bare object after "clarified"', () => {
    expect(brief('Carl Ray later clarified his remarks.')).toEqual([]);
  });
});

describe('a contrasting "while" after a comma ends the reported clause (content-end.ts)', () => {
  it.each([
    ['another subject', 'Some members said they wanted an inquiry, while others preferred a vote.', 'Some members', 'they wanted an inquiry'],
    ['the outlet\'s voice', 'Its source said two men were killed at night, while footage showed a burning car.', 'Its source', 'two men were killed at night'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', content]]);
  });
  it('stays inside a quotation', () => {
    expect(brief('"Prices rose, while wages fell," the envoy said.').map((s) => s[2])).toEqual(['Prices rose, while wages fell']);
  });
});
