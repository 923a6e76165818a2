import { describe, expect, it } from 'vitest';
import { groupArticle } from './group.js';
import { conceptOf } from './lexicon.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource } from './types.js';

// events.tsv `election-fraud`: a vote said to be stolen or rigged, and the fraud alleged in it, are one event concept,
// longer than the broad `election` phrase it contains; one alleging and one doubting it join one group. Synthetic English.

const english = (text: string, statements: { speaker: string; content: string; stance?: 'assert' | 'deny' | 'doubt' }[]): ClaimSource =>
  ({ ...syntheticSource(text, statements, { 'country:NL': 'Norland' }, { everyMention: true }), lang: 'en' });

describe('election-fraud concept', () => {
  it('names a stolen or rigged vote, not a vote as such', () => {
    expect(conceptOf('the election was stolen from the governor')?.concept).toBe('election-fraud');
    expect(conceptOf('there was massive voter fraud in the capital')?.concept).toBe('election-fraud');
    expect(conceptOf('they called it a rigged election')?.concept).toBe('election-fraud');
    expect(conceptOf('he won the election by a wide margin')?.concept).toBe('election');
  });

  it('joins a fraud allegation and the officials doubting it, worded apart, in one group', () => {
    const CLAIM = 'the election was stolen from the president of Norland';
    const DOUBT = 'there is no evidence of voter fraud anywhere in Norland';
    const src = english(`Senator Vale said that ${CLAIM}. Election officials said that ${DOUBT}.`,
      [{ speaker: 'Senator Vale', content: CLAIM }, { speaker: 'Election officials', content: DOUBT, stance: 'doubt' }]);
    const groups = groupArticle(src, '2024-05-01');
    expect(groups.map((g) => [g.concept, g.members.map((m) => m.content)])).toEqual([['election-fraud', [CLAIM, DOUBT]]]);
  });
});
