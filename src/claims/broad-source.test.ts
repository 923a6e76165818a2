import { describe, expect, it } from 'vitest';
import { sharesNamedSource } from './broad-source.js';
import { broadBlock, type Candidate } from './place.js';
import type { ArticleGroup, Member } from './types.js';

// One named source telling one broad event to two outlets (broad-source.ts): the speaker stands in for the second
// shared key entity of place.ts `broadBlock`. Invented sentences and names.

const DAY = '2024-03-04T00:00:00.000Z';

function member(content: string, speaker: { text: string; entity?: string }, over: Partial<Member> = {}): Member {
  return {
    statementId: `s-${content}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'concept-entities', origin: 'auto',
    speaker, speakerKey: speaker.entity ?? speaker.text, content, entities: [], lang: 'en', date: DAY, ...over,
  } as Member;
}

const group = (keyEntities: string[], members: Member[]): ArticleGroup => ({ concept: 'attack', keyEntities, entities: keyEntities, members });
const claim = (keyEntities: string[], members: Member[]): Candidate =>
  ({ id: `attack:${keyEntities.join('+')}`, concept: 'attack', keyEntities, title: 't', lang: 'en', firstSeen: DAY, lastSeen: DAY, members });

const WATCH = { text: 'Harbour Rights Watch', entity: 'org:harbour-rights-watch' };
const WATCH_UNLINKED = { text: 'a new report by the group Harbour Rights Watch' };

describe('a named source on both sides of a broad join', () => {
  it.each([
    ['the same body, linked in one outlet only, reporting shelling in one country: joins on that country',
      group(['country:XA', 'org:harbour-rights-watch'], [member('rebels shelled homes in the port city', WATCH, { articleId: 'b' })]),
      claim(['country:XA'], [member('rebel forces shelled the crowded districts of the port city', WATCH_UNLINKED)]), undefined],
    ['another speaker telling an attack in that country: still no join on one entity',
      group(['country:XA', 'org:harbour-rights-watch'], [member('rebels shelled homes in the port city', WATCH, { articleId: 'b' })]),
      claim(['country:XA'], [member('rebel forces shelled the crowded districts of the port city', { text: 'local sources' })]), 'pair'],
    ['the same body sharing no key entity at all: no join',
      group(['country:XB', 'org:harbour-rights-watch'], [member('troops shelled a village', WATCH, { articleId: 'b' })]),
      claim(['country:XA'], [member('rebel forces shelled the port city', WATCH_UNLINKED)]), 'pair'],
  ] as const)('%s', (_, g, c, expected) => {
    expect(broadBlock(g, c)).toBe(expected);
  });

  it('does not count two unnamed sources, or a country, as one named source', () => {
    const sources = member('clashes broke out', { text: 'tribal sources' });
    const moreSources = member('clashes broke out again', { text: 'tribal sources in the south' });
    expect(sharesNamedSource([sources], [moreSources])).toBe(false);
    const country = { text: 'Xland', entity: 'country:XA' };
    expect(sharesNamedSource([member('a', country)], [member('b', country)])).toBe(false);
    expect(sharesNamedSource([member('a', WATCH)], [member('b', WATCH)])).toBe(true);
  });
});
