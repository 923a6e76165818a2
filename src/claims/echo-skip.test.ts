import { describe, expect, it } from 'vitest';
import { echoesOthers, echoItemOf, echoOf } from './echo.js';
import type { Member } from './types.js';

// echoesOthers (echo.ts): the store reads no pool statements for an item that can echo no other article's; it must
// say false only where echoOf can never say yes.

const DAY = '2024-05-01T00:00:00.000Z';
const MINISTER = { speaker: { text: 'the minister', entity: 'country:YE' }, speakerKey: 'country:YE' };

function member(content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `${over.articleId ?? 'a'}:${content.length}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'x' }, speakerKey: 'x', content, entities: [], lang: 'en', date: DAY, ...over,
  };
}

const PLAIN = 'the talks on the prisoners were cut off again after the last round of meetings failed';
const PRAISE = 'the minister praised the efforts of the mediators in the talks on the prisoners over many months';

describe('echoesOthers: may a statement echo another article\'s', () => {
  it('says yes for an anchorless evaluation by a linked speaker, which copies only a statement a concept group took (R3)', () => {
    const a = echoItemOf(member(PRAISE, MINISTER));
    expect(echoesOthers(a)).toBe(true);
    expect(echoOf(a, echoItemOf(member(PRAISE, { ...MINISTER, articleId: 'b' }))).ok).toBe(false);
    expect(echoOf(a, echoItemOf(member(PRAISE, { ...MINISTER, articleId: 'b', rule: 'concept-entities' })))).toMatchObject({ ok: true, how: 'copy' });
  });

  it('says no for a statement too short to copy and with no anchors', () => {
    expect(echoesOthers(echoItemOf(member('the talks failed', MINISTER)))).toBe(false);
  });

  it('says yes for an anchorless fact stated by a linked speaker, which a reprint of the release copies', () => {
    const a = echoItemOf(member(PLAIN, MINISTER));
    expect(echoesOthers(a)).toBe(true);
    expect(echoOf(a, echoItemOf(member(PLAIN, { ...MINISTER, articleId: 'b' })))).toMatchObject({ ok: true, how: 'copy' });
  });

  it('says yes for the same statement by an unlinked speaker, which a reprint copies', () => {
    const a = echoItemOf(member(PLAIN));
    expect(echoesOthers(a)).toBe(true);
    expect(echoOf(a, echoItemOf(member(PLAIN, { articleId: 'b' })))).toMatchObject({ ok: true, how: 'copy' });
  });

  it('says yes for an anchored statement of a linked speaker', () => {
    expect(echoesOthers(echoItemOf(member(PLAIN, { ...MINISTER, entities: ['country:YE', 'country:SA'] })))).toBe(true);
  });
});
