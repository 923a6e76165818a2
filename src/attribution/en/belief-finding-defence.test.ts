import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Round 11 cues (cues.tsv, objects.tsv): a belief reported as a clause, a defence of a said or decided thing; each with
// the non-speech use it must leave alone (and `found`, which is no cue).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('believe, defended', () => {
  it.each([
    ['believe a clause', 'Wardens believe the blaze was started on purpose.', 'Wardens', 'assert', 'the blaze was started on purpose'],
    ['believes that', 'The guild believes that fares will fall.', 'The guild', 'assert', 'fares will fall'],
    ['defended a decision', 'The warden defended his decision to shut the park.', 'The warden', 'assert', 'his decision to shut the park'],
    ['defended a record', 'The mayor defended her record on housing.', 'The mayor', 'assert', 'her record on housing'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it.each([
    ['believe in', 'Few anglers believe in the new rules.'],
    ['could not believe', 'The farmer could not believe his luck.'],
    ['found an object', 'Divers found two boats under the pier.'],
    ['was found', 'The boat was found near the weir.'],
    ['defended a town', 'Militiamen defended the village against the raiders.'],
    ['defended a title', 'The rower defended his title at the regatta.'],
  ])('no statement: %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
  it('a finding quoted is the quoted speaker\'s argument, not a second statement', () => {
    const got = brief('"The panel has found that the warden did not lie," the lawyer told reporters.');
    expect(got).toEqual([['the lawyer', 'deny', 'The panel has found that the warden did not lie']]);
  });
});
