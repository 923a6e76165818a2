import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Constructions of real English news, round 8, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('a given name at the tail of a longer name is no antecedent (en/antecedents.ts)', () => {
  it('"New York City" before "He …, arguing" leaves the pronoun to the man named before', () => {
    const got = all('Mayor Vale lost the case.', 'Vale had asked a judge to halt a New York City inquiry into the firm.',
      'He sought the delay to protect his records, arguing that the inquiry was illegal.');
    expect(got.map((s) => s.speaker)).toEqual(['Mayor Vale', 'Mayor Vale']);
  });
});

describe('a pronoun whose only antecedent is earlier in its own sentence (coref.ts, en/antecedents.ts)', () => {
  it('"… Jane Roe sent a letter …, giving … what she described as …": she is Jane Roe', () => {
    expect(brief('On Monday, agency head Jane Roe sent a letter to the mayor, giving him access to what she described as emergency funds for the port.'))
      .toEqual([['Jane Roe', 'assert', 'emergency funds for the port']]);
  });
  it('a middle initial is part of the name (Jane W. Roe)', () => {
    expect(brief('On Monday, agency head Jane W. Roe sent a letter to the mayor, and she said the port would reopen.').map((s) => s[0])).toEqual(['Jane W. Roe']);
  });
  it('a name of the other sex is not taken', () => {
    expect(brief('On Monday, agency head Tom Vale sent a letter to the mayor, and she said the port would reopen.').map((s) => s[0])).toEqual(['she']);
  });
});

describe('the speaker\'s later act after ", but later …" is no content (en/content.ts)', () => {
  it.each([
    ['said …, but later revised the figure', 'Police said 12 people had died in the fire, but later revised the figure to nine.', '12 people had died in the fire'],
    ['reported …, and then retracted it', 'The ministry reported 12 deaths, and then retracted the number.', '12 deaths'],
  ])('%s', (_name, sentence, content) => {
    expect(all(sentence).map((s) => s.content)).toEqual([content]);
  });
  it('a coordinated clause of the content with no sequence adverb runs on', () => {
    expect(all('Police said the fire had spread, but firefighters contained it by noon.').map((s) => s.content))
      .toEqual(['the fire had spread, but firefighters contained it by noon']);
  });
});

describe('a two-word quoted sentence after a one-word answer (en/02-quote-said.ts)', () => {
  it('"Yes," she said. "We knew."', () => {
    expect(brief('Jane Roe visited the port.', '"Yes," she said. "We knew."')).toEqual([['Jane Roe', 'assert', 'We knew.']]);
  });
  it('a one-word second sentence is still no statement', () => {
    expect(all('Jane Roe visited the port.', '"Yes," she said. "Never."')).toEqual([]);
  });
});

describe('a passive cue, its agent, then an infinitive (en/passive.ts)', () => {
  it.each([
    ['were reported by X to have …', 'Two ministers were reported by local media to have visited the port.', 'local media'],
    ['was said by X to have …', 'The mayor was said by the Daily Post to have left the city.', 'the Daily Post'],
  ])('%s: the subject and the infinitive are what the agent said', (_name, sentence, speaker) => {
    const got = all(sentence);
    expect(got.map((s) => s.speaker)).toEqual([speaker]);
    expect(got[0].content).toMatch(/^(Two ministers|The mayor) .* to have (visited the port|left the city)$/);
  });
});

describe('an adverb between an auxiliary and its cue (function-words.tsv)', () => {
  it.each([
    ['have often claimed', 'The unions have often claimed that the law is unfair.', 'The unions'],
    ['has already said', 'The ministry has already said that the port will reopen.', 'The ministry'],
    ['sharply criticised', 'The mayor sharply criticised the council over the closure.', 'The mayor'],
  ])('%s', (_name, sentence, speaker) => {
    expect(all(sentence).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('mocked, joked, quipped (cues.tsv)', () => {
  it('"…," X mocked.: a quotation', () => {
    expect(brief('The port reopened.', '"If they cannot run a ferry, they cannot run a city," Tom Vale mocked.'))
      .toEqual([['Tom Vale', 'assert', 'If they cannot run a ferry, they cannot run a city']]);
  });
  it('X mocked Y: an object alone is no statement', () => {
    expect(all('Tom Vale mocked the mayor at the rally.')).toEqual([]);
  });
  it.each([['joked'], ['quipped']])('X %s that …', (verb) => {
    expect(brief(`Tom Vale ${verb} that the ferry would never run on time.`)).toEqual([['Tom Vale', 'assert', 'the ferry would never run on time']]);
  });
});

describe('a participle whose subject has a name in apposition (en/clause-subject.ts)', () => {
  it.each([
    ['a Republican, Tom Vale, …, telling X: "…"', 'Since then, a Republican, Tom Vale, has publicly voiced support for the inquiry, telling the Daily Post: "We need to know what happened at the port."', 'Tom Vale'],
    ['A senior official, Jane Roe, …, saying that …', 'A senior official, Jane Roe, backed the plan, saying that the plan would save the port.', 'Jane Roe'],
  ])('%s', (_name, sentence, speaker) => {
    expect(all(sentence).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('a time phrase before the subject is no part of the speaker (function-words.tsv: day)', () => {
  it('"… came the same day Malawi confirmed …"', () => {
    expect(all('The vote came the same day Malawi confirmed its first cases of the virus.').map((s) => s.speaker)).toEqual(['Malawi']);
  });
});
