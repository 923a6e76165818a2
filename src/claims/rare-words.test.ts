import { describe, expect, it } from 'vitest';
import { echoItemOf, echoOf } from './echo.js';
import { lookupKeys } from './echo-item.js';
import { parseCommonWords, rareLookupKeys } from './rare-words.js';
import type { Member } from './types.js';

// One proposition told by two outlets within a day in words of their own, with no content entity, quantity or linked
// speaker in common (rare-words.ts): their uncommon words and a phrase anchor it. Synthetic sentences, written for these
// tests; the predicate words are given, as echoItemsOf would read them off the article.

const MORNING = '2024-05-01T08:00:00.000Z';
const EVENING = '2024-05-01T19:00:00.000Z';
const THREE_DAYS_ON = '2024-05-04T08:00:00.000Z';

function member(articleId: string, content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `${articleId}:1`, articleId, position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'the fisheries minister', entity: 'person:lindqvist' }, speakerKey: 'person:lindqvist', content, entities: ['country:NO'], lang: 'en', date: MORNING, ...over,
  };
}
const item = (m: Member, predicate: string) => echoItemOf(m, undefined, () => predicate.split(' ').map((w) => [w]));

// The quota cut as two outlets word it: `northern fjord` and `next season` in both, little else.
const FIRST = item(member('a', 'the cod fishing quota in the northern fjords would be halved next season to protect spawning grounds'),
  'cod fish quota northern fjord halv next season protect spawn ground');
const second = (over: Partial<Member> = {}, predicate = 'boat work northern fjord land only littl cod next season shoal dwindl') =>
  item(member('b', 'boats working the northern fjords may land only a little cod next season as shoals dwindle', { date: EVENING, ...over }), predicate);

/** Does `it` echo FIRST? Each refusal below is checked beside the join it spoils, so that it fails without the rule. */
const joinsFirst = (it: ReturnType<typeof second>) => echoOf(it, FIRST).ok;

describe('echoOf: one proposition in other words, anchored by rare words', () => {
  it('joins the two outlets\' wordings, which share no anchor key', () => {
    expect(echoOf(second(), FIRST)).toMatchObject({ ok: true, how: 'rare-words' });
  });

  it('does not join them days apart', () => {
    expect(joinsFirst(second())).toBe(true);
    expect(echoOf(second({ date: THREE_DAYS_ON }), FIRST).ok).toBe(false);
  });

  it('does not join them without the same speaker or a content entity in common', () => {
    expect(joinsFirst(second())).toBe(true);
    expect(echoOf(second({ speaker: { text: 'the trade minister', entity: 'person:aaland' }, speakerKey: 'person:aaland', entities: [] }), FIRST).ok).toBe(false);
  });

  it('does not join them when each names an actor the other does not', () => {
    expect(joinsFirst(second())).toBe(true);
    const a = item(member('a', FIRST.member.content, { entities: ['country:NO', 'country:IS'] }), 'cod fish quota northern fjord halv next season protect spawn ground');
    expect(echoOf(second({ entities: ['country:NO', 'country:FO'] }), a).ok).toBe(false);
  });

  it('does not join words shared in another order (no phrase in common)', () => {
    expect(joinsFirst(second())).toBe(true);
    expect(echoOf(second({}, 'boat work fjord land northern only littl season cod next shoal'), FIRST).ok).toBe(false);
  });

  it('does not join a point that is one of many in a long statement (under RARE_WORDS_MIN_SHARE of the longer)', () => {
    expect(joinsFirst(second())).toBe(true);
    expect(echoOf(second({}, 'boat work northern fjord land littl cod next season shoal dwindl harbour ferry tunnel bridge tolls rail'), FIRST).ok).toBe(false);
  });

  it('does not join a question', () => {
    expect(joinsFirst(second())).toBe(true);
    expect(echoOf(second({ content: 'will boats working the northern fjords land only a little cod next season?' }), FIRST).ok).toBe(false);
  });

  it('is looked up in the pool by its longest uncommon stems', () => {
    expect(rareLookupKeys(FIRST)).toEqual(['r:northern', 'r:ground', 'r:season', 'r:fjord']);
    expect(lookupKeys(FIRST)).toContain('r:northern');
  });
});

describe('parseCommonWords', () => {
  it('reads each form as its first stem', () => {
    expect(parseCommonWords('# form\tlang\tarticles\nminister\ten\t19\nالاتفاق\tar\t-\n')).toEqual(new Set(['minister', 'تفق']));
  });

  it('throws on a malformed count', () => {
    expect(() => parseCommonWords('minister\ten\tmany\n')).toThrow(/articles/);
  });
});
