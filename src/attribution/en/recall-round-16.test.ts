import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Round 16: English recall and bounds on made-up wire sentences (none from a gold or corpus article).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence)
  .map((s) => [s.speaker, s.stance, s.content]);
const speakers = (sentence: string) => brief(sentence).map((s) => s[0]);

describe('a head or role with its "of" phrase after an inverted cue (02-quote-said.ts, titles.tsv)', () => {
  it.each([
    ['a listed head', '"The wells are dry," said the head of the water board.', 'the head of the water board'],
    ['a deputy head', '"The wells are dry," said the deputy head of the water board.', 'the deputy head of the water board'],
    ['an unlisted noun', '"The wells are dry," said the owner of the farm.', 'the owner of the farm'],
    ['a count inside', '"The wells are dry," said the mother of one of the pupils.', 'the mother of one of the pupils'],
    ['a role before its place', '"The wells are dry," said a police officer at the scene.', 'a police officer at the scene'],
  ])('%s', (_name, sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });
});

describe('a tell-cue set in commas with its addressee (aside-addressee.ts)', () => {
  it('reads the clause around the aside, not the addressee', () => {
    expect(brief('The harvest, the farmer told reporters, would be the worst in years.'))
      .toEqual([['the farmer', 'assert', 'The harvest, the farmer told reporters, would be the worst in years']]);
  });
  it('leaves a tell-cue reporting its own clause alone', () => {
    expect(brief('The farmer told reporters the harvest would be poor.')).toEqual([['The farmer', 'assert', 'the harvest would be poor']]);
  });
});

describe('a trailing source after a nested report (trailing-source.ts)', () => {
  it('ends the inner content before ", a spokesman said"', () => {
    expect(brief('The mayor said the bridge would close, a spokesman for the council said.')).toEqual([
      ['The mayor', 'assert', 'the bridge would close'],
      ['a spokesman for the council', 'assert', 'The mayor said the bridge would close'],
    ]);
  });
  it('ends it before a trailing pronoun and its time too', () => {
    expect(brief('The mayor said the bridge would close, she said on Monday.').map((s) => s[2]))
      .toEqual(['the bridge would close', 'The mayor said the bridge would close']);
  });
});

describe('a participle after an as-cue that reported nothing (clause-subject.ts)', () => {
  it('takes the sentence subject', () => {
    expect(brief('Ortiz praised the ruling, saying it would protect tenants.')).toEqual([['Ortiz', 'assert', 'it would protect tenants']]);
  });
  it('still reads the as-cue with its "as" phrase', () => {
    expect(brief('Ortiz praised the ruling as a victory for tenants.').map((s) => s[0])).toEqual(['Ortiz']);
  });
});

describe('a hedging adverb before the cue is no part of the speaker (function-words.tsv)', () => {
  it.each(['allegedly', 'apparently', 'purportedly'])('%s', (adverb) => {
    expect(speakers(`Ortiz ${adverb} said the vote had been rigged.`)).toEqual(['Ortiz']);
  });
});

describe('"demands that" after a singular subject is the verb (noun-cues.ts)', () => {
  it.each([
    ['a name', 'Ortiz demands that the landlord repair the roof.', 'Ortiz'],
    ['a body word', 'The union demands that the landlord repair the roof.', 'The union'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'demand', 'the landlord repair the roof']]);
  });
  it('stays the noun before a relative "that" and its verb', () => {
    expect(brief('The union demands that were refused included longer breaks.')).toEqual([]);
  });
});

describe('a document described by a reduced participle speaks as a whole (document-participle.ts)', () => {
  it.each([
    ['posted on', 'A statement posted on Facebook said the talks had failed.', 'A statement posted on Facebook'],
    ['sent to', 'A letter sent to the council said the talks had failed.', 'A letter sent to the council'],
    ['issued after', 'A joint statement issued after the summit said the talks had failed.', 'A joint statement issued after the summit'],
  ])('%s', (_name, sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });
});

describe('a trailing inverted cue after a short clause or before a possessive phrase (05-inverted.ts)', () => {
  it.each([
    ['a possessive head', 'The rally will go ahead, said her spokesman.', 'her spokesman', 'The rally will go ahead'],
    ['three words with a finite verb', 'Lee will resign, said the head of the party.', 'the head of the party', 'Lee will resign'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', content]]);
  });
});

describe('a possessive role before an apposed name is no part of the content (apposed-speaker.ts)', () => {
  it('drops "her lawyer" from what was said', () => {
    expect(brief('The ruling will be appealed, her lawyer, Mia Stone, said.')).toEqual([['Mia Stone', 'assert', 'The ruling will be appealed']]);
  });
});

describe('"with knowledge of" links an anonymous head to its body (speaker-before.ts)', () => {
  it('keeps the whole phrase', () => {
    expect(speakers('The merger is off, two people with knowledge of the talks said.')).toEqual(['two people with knowledge of the talks']);
  });
});
