import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Patterns counted on the open English corpus, each tested on our own sentences (none from a gold or corpus article).
const T = 'Headline here';
const all = (...paragraphs: string[]) => statementsOf('en', T, ...paragraphs);
const first = (...paragraphs: string[]) => all(...paragraphs)[0];

describe('English participles whose subject is not the clause before', () => {
  it.each([
    ['"calling for" after a place is an adjunct of the sentence subject',
      'On Friday, Senator Ann Lee spoke to students in Paris, France, calling for the budget to be restored.',
      { speaker: 'Senator Ann Lee', stance: 'demand', content: 'the budget to be restored', rule: 'en-participle' }],
    ['"calling on" after a comma takes the sentence subject',
      'The union met the mayor in Lyon, calling on the city to hire more nurses.',
      { speaker: 'The union', stance: 'demand' }],
    ['"with X saying": the noun after "with" is the participle\'s subject',
      'The border was closed on Monday, with officials saying the measure was temporary.',
      { speaker: 'officials', content: 'the measure was temporary' }],
    ['"with" + a name + describing', 'Rescue work stopped at noon, with Petrov describing the risk as too high.',
      { speaker: 'Petrov', content: 'the risk as too high' }],
    ['"despite X claiming": the noun after "despite" is the participle\'s subject',
      'The committee found no trace of fuel despite the Daily Courier claiming a witness saw a tanker.',
      { speaker: 'the Daily Courier', content: 'a witness saw a tanker' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it('a participle after another preposition still has no speaker of its own', () => {
    expect(all('In addition to asking the mayor, the paper consulted two experts.')).toEqual([]);
  });
});

describe('English names in an apposition before the cue', () => {
  it.each([
    ['a description, then the name in commas: the name speaks', 'The head of the League for Civil Liberties, Omar Saleh, said the law was vague.',
      { speaker: 'Omar Saleh', content: 'the law was vague' }],
    ['a lower-case description, then the name', 'A former army officer, Lena Brandt, told reporters the base had closed.',
      { speaker: 'Lena Brandt', content: 'the base had closed' }],
    ['a name, then a lower-case description: the name still speaks', 'Omar Saleh, head of the league, said the law was vague.',
      { speaker: 'Omar Saleh' }],
    ['a name, then a title in commas: the name speaks', 'Omar Saleh, Prime Minister, said the law was vague.', { speaker: 'Omar Saleh' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });
});

describe('English cue forms that are nouns', () => {
  it('a cue form followed by "and" + a verb is a plural noun, not a verb', () => {
    expect(all('The new line led to rival Maritime claims and would block the cable.')).toEqual([]);
  });

  it('"said, and …" still reports the clause after the comma', () => {
    expect(first('Sales will grow next year, Weber said, and the debt can be repaid.')).toMatchObject({ speaker: 'Weber' });
  });
});

describe('English speaker phrases before the cue', () => {
  it.each([
    ['a title\'s "to" + "the" + a name', 'Former Ambassador to the European Union Karl Berg wrote that the deal was dead.',
      { speaker: 'Former Ambassador to the European Union Karl Berg', content: 'the deal was dead' }],
    ['a leading prepositional phrase without a comma is no part of the speaker', 'On state radio Petrov also criticised the new tax.',
      { speaker: 'Petrov', stance: 'accuse', content: 'the new tax' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });
});

describe('English antecedents, demonstrative "that", coordinated passives', () => {
  it('a sentence-initial name followed by an age in commas is the antecedent of a later "she"', () => {
    const s = all('Maria Costa, 41, who runs a bakery in the old town, met the inspectors on Monday. She told reporters the visit was unannounced.');
    expect(s[0]).toMatchObject({ speaker: 'Maria Costa', content: 'the visit was unannounced' });
  });

  it('"that" before a closing time word is a demonstrative, not a complementizer', () => {
    expect(first('The council met on Monday, and the mayor announced the decision that evening.'))
      .toMatchObject({ speaker: 'the mayor', content: 'the decision' });
  });

  it('a cue after "was … -ed and" with no object is a second passive participle', () => {
    expect(all('She was also breath tested and questioned for hours.')).toEqual([]);
  });

  it.each([
    ['an adjective in -ed inside an embedded clause leaves the coordinated cue active',
      'The navy told the paper the report was unconfirmed and noted no ransom had been sought.', { content: 'no ransom had been sought' }],
    ['"was … and said" stays a statement', 'Lee was released and said the police had treated him well.', { speaker: 'Lee', content: 'the police had treated him well' }],
  ])('%s', (_name, sentence, expected) => {
    expect(all(sentence).at(-1)).toMatchObject(expected);
  });
});
