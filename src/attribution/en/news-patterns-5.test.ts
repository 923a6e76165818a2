import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of real English news, round 5 (defects found on made-up sentences, then on the open English articles in
// no gold file), each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('an opening "Asked …," is a passive adjunct, no demand (01-said-that.ts: openingPassive)', () => {
  it.each([
    ['Asked whether + replied:', 'Asked whether he would resign, Tom Vale replied: "Absolutely not."', 'Tom Vale', 'Absolutely not.'],
    ['Asked about + said', 'Asked about the fire, Tom Vale said the bridge was safe.', 'Tom Vale', 'the bridge was safe'],
    ['When asked + said', 'When asked about the fire, Tom Vale said it was an accident.', 'Tom Vale', 'it was an accident'],
    ['Asked by + answered that', 'Asked by reporters if he would resign, Tom Vale answered that he would not.', 'Tom Vale', 'he would not'],
  ])('%s', (_name, sentence, speaker, content) => {
    const got = brief('The port ministry announced new rules on Monday.', sentence);
    expect(got).toContainEqual([speaker, 'assert', content]);
    expect(got.filter((s) => s[1] === 'demand')).toEqual([]);
  });
  it('"Accused of …," opens the sentence the same way', () => {
    expect(brief('The port ministry announced new rules.', 'Accused of fraud, Tom Vale denied the charges.')).toContainEqual(['Tom Vale', 'deny', 'the charges']);
  });
});

describe('a pronoun takes an unsexed titled mention before it (coref.ts: oneTitled)', () => {
  it.each([
    ['The mayor … she added', 'The mayor said the bridge was safe. "It has been inspected twice," she added.', 'The mayor'],
    ['the minister … He added', 'The minister said the bridge was safe. He added that it had been inspected.', 'The minister'],
    ['An official … He added', 'An official said the bridge was safe. He added that it had been inspected.', 'An official'],
  ])('%s', (_name, text, speaker) => {
    const got = all(text);
    expect(got).toHaveLength(2);
    expect(got[1].speaker).toBe(speaker);
  });
  it('a body ("The company") is still no he or she', () => {
    expect(all('The company said the bridge was safe. He added that it had been inspected.')[1].speaker).toBe('He');
  });
  it('the sex checks hold: a she passes over "Mr"', () => {
    const got = all('Mr Tom Vale spoke to reporters. The mayor said the bridge was safe. "It has been inspected twice," she added.');
    expect(got[got.length - 1].speaker).toBe('The mayor');
  });
});

describe('a reported condemnation in the speaker\'s own words accuses (stance-markers.tsv)', () => {
  it.each([
    ['it "strongly condemns"', 'In a statement, the port ministry said it "strongly condemns" the attack.', 'the port ministry'],
    ['we condemn', 'The port ministry said: "We condemn the attack on the harbour."', 'The port ministry'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence).filter((s) => s[0] === speaker).map((s) => s[1])).toEqual(['accuse']);
  });
  it('a condemnation by someone else stays the speaker\'s assertion', () => {
    expect(brief('The minister said that the UN condemned the attack.')).toContainEqual(['The minister', 'assert', 'the UN condemned the attack']);
  });
});

describe('no cue where a cue form is a noun or a passive', () => {
  it('"claims of" is the noun (01-said-that.ts)', () => {
    expect(all('The ruling ignores presidential claims of immunity from judicial process.')).toEqual([]);
  });
  it('"being" + past form is a passive (speaker.ts: BE)', () => {
    expect(all('The chances of the crew being reported alive were already slim.')).toEqual([]);
  });
});

describe('a relative cue\'s object (relative.ts, 01-said-that.ts)', () => {
  it('"…, which X rejected on safety grounds": the antecedent was rejected, not the adjunct', () => {
    expect(brief('The unions organised a march, which the police rejected on safety grounds.')).toEqual([['the police', 'deny', 'a march']]);
  });
  it('"the notion that X rejected at …": no statement with an adjunct for content', () => {
    expect(all('It reduces to the very notion that the Founders rejected at the inception of the Republic.')).toEqual([]);
  });
});
