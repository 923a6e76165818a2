import { describe, expect, it } from 'vitest';
import { groupClaims } from './place.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource } from './types.js';

// echo.ts `echoItemsOf` with continuation.ts `restatesSpeakerNeighbour`: a statement too short to echo alone that
// restates its speaker's statement right before or after it is one point said twice, and the two make a claim.
// Synthetic English sentences.

const speaker = 'Chief constable Ann Mills';

function source(first: string, second: string): ClaimSource {
  const text = `${speaker} wrote to the embassy asking ${first}. ${speaker} urged ${second}.`;
  const src = syntheticSource(text, [
    { speaker, stance: 'demand', content: first },
    { speaker, stance: 'demand', content: second },
  ], {});
  return { ...src, lang: 'en' };
}

const claimed = (src: ClaimSource) => groupClaims([src], { fallbackDate: '2024-05-01T00:00:00Z' })
  .filter((c) => c.members.length > 1).map((c) => c.members.map((m) => m.content));

describe('a short statement restating its speaker\'s neighbour', () => {
  it('makes a claim with it', () => {
    const first = 'to waive her diplomatic immunity', second = 'the immunity be waived';
    expect(claimed(source(first, second))).toEqual([[first, second]]);
  });

  it('keeps two short points of one speaker apart', () => {
    expect(claimed(source('to waive her diplomatic immunity', 'the inquiry be reopened'))).toEqual([]);
  });
});
