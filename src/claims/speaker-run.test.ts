import { describe, expect, it } from 'vitest';
import { groupArticle } from './group.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource } from './types.js';

// group.ts step 3g with speaker-run.ts `carriesOn`: a speaker going on about the event of their grouped statement in
// the very next one joins its group; another speaker, a call, another day or a parallel point in the same sentence does
// not. Synthetic English sentences.

const DAY = '2024-05-01T00:00:00Z';
const EVENT = 'gunmen attacked the harbour of Norland overnight and burned fishing boats near the old customs pier';
const ENTITIES = { 'country:NL': 'Norland' };

function source(second: { speaker: string; content: string; stance?: 'assert' | 'demand' }, glue = '. '): ClaimSource {
  const text = `The coastguard said that ${EVENT}${glue}${second.speaker} added that ${second.content}.`;
  return { ...syntheticSource(text, [{ speaker: 'The coastguard', content: EVENT }, second], ENTITIES), lang: 'en' };
}

const members = (src: ClaimSource) => groupArticle(src, DAY).map((g) => g.members.map((m) => [m.statementId, m.rule]));

describe('groupArticle: a speaker carrying on about their grouped statement\'s event (3g)', () => {
  it('joins the next statement of the same speaker that shares enough of its words', () => {
    const src = source({ speaker: 'The coastguard', content: 'the boats kept burning for hours while the crews tried to reach the harbour' });
    expect(members(src)).toEqual([[['a:0', 'concept-entities'], ['a:1', 'continuation']]]);
  });

  it('joins a statement that points back at the event with fewer words in common', () => {
    const src = source({ speaker: 'The coastguard', content: 'these gunmen fled the harbour by sea' });
    expect(members(src)).toEqual([[['a:0', 'concept-entities'], ['a:1', 'continuation']]]);
  });

  it('leaves another speaker\'s statement out', () => {
    const src = source({ speaker: 'A fisherman', content: 'the boats kept burning for hours while the crews tried to reach the harbour' });
    expect(members(src)).toEqual([[['a:0', 'concept-entities']]]);
  });

  it('leaves out a call beside the account, and a statement that names a day the account does not', () => {
    const call = source({ speaker: 'The coastguard', stance: 'demand', content: 'owners must keep their boats out of the burning harbour for hours' });
    expect(members(call)).toEqual([[['a:0', 'concept-entities']]]);
    const dated = source({ speaker: 'The coastguard', content: 'on 12 March the boats kept burning for hours while the crews tried to reach the harbour' });
    expect(members(dated)).toEqual([[['a:0', 'concept-entities']]]);
  });

  it('leaves out a statement sharing too few words', () => {
    const src = source({ speaker: 'The coastguard', content: 'the harbour fees will rise next year for every trawler' });
    expect(members(src)).toEqual([[['a:0', 'concept-entities']]]);
  });
});
