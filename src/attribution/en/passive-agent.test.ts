import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Passive cues with "by": a lower-case agent for cues that are always speech, its "of" act left out, and "questioned by"
// an interview unless a said thing was questioned (passive.ts).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a lower-case agent after a passive cue of criticism or warning (passive.ts LOWER_AGENT_STANCES)', () => {
  it.each([
    ['condemned by members of', 'The raid was condemned by members of the guild.', 'members of the guild', 'accuse', 'The raid'],
    ['accused by … of', 'The mayor was accused by farmers of wasting money.', 'farmers', 'accuse', 'The mayor'],
    ['warned by … of', 'The village was warned by engineers of flooding.', 'engineers', 'warn', 'The village'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it.each([
    ['rejected by voters', 'The levy was rejected by voters.'],
    ['dismissed by the senate', 'The bill was dismissed by the senate.'],
  ])('leaves an act alone: %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('"was questioned by" (passive.ts)', () => {
  it('is an interview of a person', () => {
    expect(brief('The driver was questioned by Police Scotland.')).toEqual([]);
  });
  it('is a doubt about a said thing', () => {
    expect(brief('The report was questioned by Acme Surveys.')).toEqual([['Acme Surveys', 'doubt', 'The report']]);
  });
});
