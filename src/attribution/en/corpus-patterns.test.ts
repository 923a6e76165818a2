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

describe('English speaker phrases that hold another phrase, and phrases that are no speaker', () => {
  it.each([
    ['after "told the press", a second article opens the speaker of the next cue',
      'Neighbours told the press the guards claimed to be looking for a parcel.', 1, { speaker: 'the guards', content: 'to be looking for a parcel' }],
    ['a verb form before an article keeps one phrase ("holding a banner")',
      'People holding a banner saying "No more war" marched past.', 0, { speaker: 'People holding a banner', direct: true }],
    ['a lower-case head before "within" + a place is the speaker',
      'According to reports, anger within Moldova has said prices rose because the mayor cut subsidies.', 1,
      { speaker: 'anger within Moldova', content: 'prices rose because the mayor cut subsidies' }],
    ['lower-case words opening a clause after a comma are its subject',
      'According to reports, critics have said prices rose because the mayor cut subsidies.', 1, { speaker: 'critics' }],
    ['an adverb after a comma is no subject: the participle keeps the sentence subject',
      'Protesters, carrying placards asking the mayor to resign, marched to the square.', 0, { speaker: 'Protesters' }],
    ['the dot of an initial does not cut a source phrase', 'According to U.S. Attorney Ann Webb, the letter was forged.', 0,
      { speaker: 'U.S. Attorney Ann Webb', content: 'the letter was forged' }],
    ['a capitalised body + "for" + a name is one speaker', 'The Office for Road Safety said the bridge was closed.', 0,
      { speaker: 'The Office for Road Safety' }],
    ['"citing" a title phrase cites a source', 'The council postponed the vote, citing Health Minister Ann Lee.', 0,
      { speaker: 'Health Minister Ann Lee', content: 'The council postponed the vote' }],
  ])('%s', (_name, sentence, index, expected) => {
    expect(all(sentence)[index]).toMatchObject(expected);
  });

  it.each([
    ['a quantifier + "estimated" + a bare noun is a noun phrase', 'Some estimated casualty counts, given privately by doctors, ran into the hundreds.'],
    ['"citing" a name before a lower-case noun cites a reason', 'The council postponed the vote, citing COVID-19 safety concerns.'],
  ])('%s', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });

  it('a quantifier as subject still estimates', () => {
    expect(first('Some estimated the crowd at ten thousand.')).toMatchObject({ speaker: 'Some', content: 'the crowd at ten thousand' });
  });
});

describe('English cue forms after a possessive', () => {
  it('an attributive form after a possessive is an adjective, even before a capitalised noun', () => {
    const s = all('Senator Ann Lee called Mayor Tom Reed\'s proposed Brexit plan "cruel" and said she would vote against it.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'Senator Ann Lee', content: 'she would vote against it' });
  });

  it('"X\'s claims as …" is judged by another speaker, not claimed', () => {
    const s = all('The court dismissed the governor’s claims as baseless.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'The court', stance: 'deny' });
  });

  it('an apostrophe closing a single-quoted phrase is no possessive', () => {
    expect(first('The so-called \'experts\' said the bridge was safe.')).toMatchObject({ content: 'the bridge was safe' });
  });
});

describe('English "according to" inside a clause', () => {
  it('a predicate after the source takes its subject from before "and,"', () => {
    expect(first('The valley had fertile soil and, according to Reuters, was called the granary of the north.')).toMatchObject({
      speaker: 'Reuters', content: 'The valley had fertile soil and, according to Reuters, was called the granary of the north',
    });
  });

  it('the subject is the last capitalised or article-led word after a comma', () => {
    expect(first('In the 1990s, the valley had fertile soil and, according to Reuters, was called the granary of the north.'))
      .toMatchObject({ content: 'the valley had fertile soil and, according to Reuters, was called the granary of the north' });
  });
});
