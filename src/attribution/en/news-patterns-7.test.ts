import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of real English news, round 7, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);

describe('a participle cue\'s own subject after "with"/"despite" ends the clause before it (participle-subject.ts)', () => {
  it.each([
    ['despite X claiming', 'The ministry says it has found no sign of sabotage despite the Daily Post claiming a witness saw a drone.',
      'The ministry', 'it has found no sign of sabotage'],
    [', with X describing', 'Lee and Park acknowledged faults in the radar as possible causes, with Lee describing a power cut as the likeliest one.',
      'Lee and Park', 'faults in the radar as possible causes'],
  ])('%s', (_name, sentence, speaker, content) => {
    const got = all(sentence);
    expect(got.find((s) => s.speaker === speaker)?.content).toBe(content);
  });
  it('keeps "with" inside a clause that no participle cue follows', () => {
    const got = all('The ministry says it has found no sign of sabotage with the new scanners.');
    expect(got[0].content).toBe('it has found no sign of sabotage with the new scanners');
  });
});

describe('a subject ending in a list of examples is the head with its list (list-subject.ts)', () => {
  it.each([
    ['including A, B, and C', 'Local banks including First Trust, Bay Capital, and Norbank have announced plans to close branches.',
      'Local banks including First Trust, Bay Capital, and Norbank'],
    ['such as A, B and C', 'Several unions such as Unite, Unison and the GMB said they would strike.', 'Several unions such as Unite, Unison and the GMB'],
  ])('%s', (_name, sentence, speaker) => {
    expect(all(sentence)[0].speaker).toBe(speaker);
  });
  it('leaves a list with no "including" before it to its last names', () => {
    expect(all('Officials met Unite, Unison and the GMB said they would strike.')[0].speaker).not.toContain('Officials');
  });
});

describe('a quotation opening right after the cue is what was said, its first words included (content.ts)', () => {
  it.each([
    ['a time word first', 'President Ann Lee remarked, "Today we stand with the families. We will help them rebuild."',
      'Today we stand with the families. We will help them rebuild.'],
    ['an adverb first', 'The mayor said, "Also, the bridge will reopen on Monday."', 'Also, the bridge will reopen on Monday.'],
  ])('%s', (_name, sentence, content) => {
    expect(all(sentence)[0]).toMatchObject({ content, direct: true });
  });
});

describe('a concern about something names what is feared (verb-reading.ts notSpeech)', () => {
  it.each([
    ['raised concerns about', 'The engineer raised concerns about the safety of the old dam.'],
    ['expressed concern about', 'The mayor expressed concern about the rise in rents.'],
  ])('%s', (_name, sentence) => {
    expect(all(sentence)[0]).toMatchObject({ stance: 'warn', content: sentence.slice(sentence.indexOf('about'), -1) });
  });
  it('"commented on the matter" stays a topic, no statement', () => {
    expect(all('The mayor commented on the matter at length.')).toHaveLength(0);
  });
});

describe('a participle cue right after the subject opening its sentence is a reduced relative (reduced-relative.ts)', () => {
  it.each([
    ['claiming a clause, then the verb', 'Several groups claiming the vote was rigged rallied outside the court on Friday.', 'the vote was rigged'],
    ['demanding an object, then the verb', 'Hundreds of farmers demanding lower fuel prices blocked the main highway.', 'lower fuel prices'],
  ])('%s', (_name, sentence, content) => {
    expect(all(sentence)[0].content).toBe(content);
  });
  it('keeps a past form the content\'s own clause goes on after ("the man arrested on Monday was …")', () => {
    const got = all('Officials saying the man arrested on Monday was the gunman declined to comment.');
    expect(got[0].content).toBe('the man arrested on Monday was the gunman');
  });
});
