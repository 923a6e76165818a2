import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of English news, round 9, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (sentence: string) => all('The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a participle cue right after of/for/by/about/over is a gerund, no clause of its own (clause.ts gerundAfterPreposition)', () => {
  it.each([
    ['criticised X over claiming', 'Farmers criticised the agency over claiming the dam was safe.', 'the agency over claiming the dam was safe'],
    ['accused X of denying', 'The tenants accused the landlord of denying the leak.', 'the landlord of denying the leak'],
  ])('%s', (_name, sentence, content) => {
    const got = brief(sentence);
    expect(got).toHaveLength(1);
    expect(got[0].slice(1)).toEqual(['accuse', content]);
  });
});

describe('a second subject and cue after ", but/while/whereas/and" ends the first content (coordinated-subject.ts)', () => {
  it.each([
    ['while', 'The ranger said the trail would reopen, while the council said it would stay shut.', 'The ranger', 'the trail would reopen', 'the council'],
    ['but', 'Ostrava said the talks went well, but Brno said nothing had changed.', 'Ostrava', 'the talks went well', 'Brno'],
    ['whereas', 'Backers say the levy funds schools, whereas critics say it drives shops away.', 'Backers', 'the levy funds schools', 'critics'],
    ['and', 'The ranger said the trail would reopen, and the council said it would stay shut.', 'The ranger', 'the trail would reopen', 'the council'],
  ])('%s', (_name, sentence, first, content, second) => {
    const got = brief(sentence);
    expect(got).toContainEqual([first, 'assert', content]);
    expect(got.map((s) => s[0])).toContain(second);
  });
  it('keeps a clause whose later cue has no subject of its own after the conjunction', () => {
    expect(brief('The ranger said the trail was closed, but added that it would reopen.')).toContainEqual(['The ranger', 'assert', 'the trail was closed']);
  });
});

describe('"long" between an auxiliary and its cue (function-words.tsv)', () => {
  it('reads "has long argued" as the subject\'s statement', () => {
    expect(brief('The guild has long argued that the tolls are unfair.')).toEqual([['The guild', 'assert', 'the tolls are unfair']]);
  });
});

describe('new English cues (cues.tsv)', () => {
  it('reads "contradicted" as a denial', () => {
    expect(brief('The skipper contradicted the harbour master\'s account of the collision.')).toEqual([
      ['The skipper', 'deny', 'the harbour master\'s account of the collision'],
    ]);
  });
  it('reads "feared that" as a warning, not "amid fears that"', () => {
    expect(brief('Villagers feared that the levee would break.')).toEqual([['Villagers', 'warn', 'the levee would break']]);
    expect(brief('Grain prices rose amid fears that the levee would break.')).toEqual([]);
  });
});

describe('a refusal to confirm after a modal is a statement (01-said-that.ts REFUSALS)', () => {
  it.each([
    ['would', 'The navy would neither confirm nor deny the sighting.', 'The navy'],
    ['present', 'The navy neither confirms nor denies the sighting.', 'The navy'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'doubt', 'the sighting']]);
  });
  it('still drops other cues after a modal', () => {
    expect(brief('The navy would deny the sighting.')).toEqual([]);
  });
});
