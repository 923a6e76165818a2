import { describe, expect, it } from 'vitest';
import { continuationOf } from './continuation.js';
import { detailRefusal, eventDetailOf, yearsIn, type DetailItem } from './event-details.js';
import type { CopyItem } from './copy.js';
import type { Member } from './types.js';

// R6: details of one event told in different sentences of an article, whoever says them (event-details.ts), linked in
// the echo pool through continuation.ts. Synthetic sentences; predicate words given by hand as stems.

const DAY = '2024-05-01T00:00:00.000Z';
function member(content: string, ordinal: number, over: Partial<Member> = {}): Member {
  return {
    statementId: `a:${ordinal}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: `speaker ${ordinal}` }, speakerKey: `speaker ${ordinal}`, content, entities: [], lang: 'en', date: DAY, ...over,
  };
}
function item(content: string, words: string, ordinal: number, over: { entities?: string[]; evaluates?: boolean; coordinated?: boolean; member?: Partial<Member> } = {}): CopyItem & DetailItem & { coordinated?: boolean } {
  const stems = words.split(' ').map((w) => [w]);
  return {
    member: member(content, ordinal, over.member), entities: over.entities ?? [], words: stems, wordKeys: new Set(words.split(' ')),
    stems, stemKeys: new Set(stems.flat()), headline: false,
    ...(over.evaluates ? { evaluates: true } : {}), ...(over.coordinated ? { coordinated: true } : {}),
  };
}

const BEGAN = item('the clashes began after a tribesman was killed at a checkpoint', 'clash began tribesman kill checkpoint', 2);
const TOLL = item('eight tribesmen were killed and 18 wounded in the clashes', 'tribesman kill wound clash', 5);

describe('detailRefusal: two sentences telling one event', () => {
  it('holds for another speaker\'s toll, three sentences later, sharing half the shorter predicate', () => {
    expect(detailRefusal(BEGAN, TOLL)).toBeUndefined();
    expect(eventDetailOf(BEGAN, TOLL)).toBe(3);
  });

  it('does not for one word shared, nor for two of a long sentence', () => {
    expect(detailRefusal(BEGAN, item('the elders tried to negotiate a truce in the clashes', 'elder try negotiate truce clash', 6))).toBe('words');
    expect(detailRefusal(TOLL, item('long', 'tribesman kill a b c d e f g h i j k l m n', 7))).toBe('words');
  });

  it('does not for an evaluation, or a statement of another article', () => {
    expect(detailRefusal(BEGAN, { ...TOLL, evaluates: true })).toBe('evaluation');
    expect(detailRefusal(BEGAN, { ...TOLL, member: member(TOLL.member.content, 5, { articleId: 'b', statementId: 'b:5' }) })).toBe('article');
  });

  it('does not when one names another party (another proposition about the same story)', () => {
    expect(detailRefusal(BEGAN, { ...TOLL, entities: ['country:XX'] })).toBe('entities');
  });

  it('does not for an earlier or other event: another place, a day or a year on one side only', () => {
    const there = item('tribesmen were killed in the clashes in the town of Westholm', 'tribesman kill clash', 8);
    const here = item('tribesmen were killed in the clashes in the town of Eastmere', 'tribesman kill clash', 9);
    expect(detailRefusal(there, here)).toBe('place');
    expect(detailRefusal(TOLL, item('tribesmen were killed in the clashes of 3 May', 'tribesman kill clash', 10))).toBe('dated');
    expect(detailRefusal(TOLL, item('tribesmen were killed in the clashes of 2019', 'tribesman kill clash', 11))).toBe('year');
  });
});

describe('yearsIn', () => {
  it('reads four-digit years, not other numbers', () => {
    expect([...yearsIn('in 2013 and 2014, 250 people')]).toEqual([2013, 2014]);
  });
});

describe('continuationOf: event details beside continuations', () => {
  it('links two details of one event that do not follow each other, from different speakers', () => {
    expect(continuationOf(BEGAN, TOLL)).toBe(3);
  });

  it('does not link a parallel point added to the sentence right before it (coordinated)', () => {
    const first = item('we have never seen a flood that rose so fast', 'never seen flood rose fast', 3);
    const second = item('and we have never seen a flood that the dams could hold', 'never seen flood dam hold', 4, { coordinated: true, member: { speaker: { text: 'speaker 3' }, speakerKey: 'speaker 3' } });
    expect(continuationOf(first, second)).toBeUndefined();
  });
});

describe('detailRefusal: what other rules decide', () => {
  it('leaves the title\'s statement to the headline rule, and a piece of the other to the piece rule', () => {
    expect(detailRefusal({ ...BEGAN, headline: true }, TOLL)).toBe('headline');
    expect(detailRefusal(TOLL, item('eight tribesmen were killed', 'tribesman kill', 6))).toBe('piece');
  });
});
