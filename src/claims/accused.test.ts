import { describe, expect, it } from 'vitest';
import { accusedIn, countryOfSpeaker, referenceOf } from './allegation.js';
import type { ClaimSource, Member, SourceStatement } from './types.js';

// An answer that names whom the allegations are against (`الاتهامات ضد تركيا لا أساس لها`) answers no allegation its
// accused made (allegation.ts). Synthetic sentences.

const DAY = '2024-05-01T00:00:00.000Z';
const m = (ordinal: number): Member => ({
  statementId: `a:${ordinal}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto', speaker: { text: 'x' }, speakerKey: 'x',
  content: 'x', entities: [], lang: 'ar', date: DAY,
});

describe('referenceOf: the accused makes no allegation against itself', () => {
  it('does not join an answer naming Turkey as the accused to a Turkish speaker\'s own accusation', () => {
    expect(referenceOf({ member: m(3), alleges: true, speaksFor: 'country:TR' }, { member: m(5), refers: true, accused: 'country:TR' })).toBeUndefined();
  });
  it('joins it to another speaker\'s accusation', () => {
    expect(referenceOf({ member: m(3), alleges: true, speaksFor: 'country:SY' }, { member: m(5), refers: true, accused: 'country:TR' })).toBeDefined();
  });
  it('joins an answer that names no accused as before', () => {
    expect(referenceOf({ member: m(3), alleges: true, speaksFor: 'country:TR' }, { member: m(5), refers: true })).toBeDefined();
  });
});

describe('accusedIn and countryOfSpeaker', () => {
  const text = 'الاتهامات ضد تركيا لا أساس لها';
  const src: Pick<ClaimSource, 'text' | 'lang' | 'entities'> = {
    text, lang: 'ar',
    entities: [
      { id: 'country:TR', type: 'country', mentions: [{ start: text.indexOf('تركيا'), end: text.indexOf('تركيا') + 5 }] },
      { id: 'person:erdogan', type: 'person', country: 'country:TR', mentions: [] },
      { id: 'local:x', type: 'person', mentions: [] },
    ],
  };
  const content = { start: 0, end: text.length, text };
  it('reads the entity after `ضد` as the accused', () => {
    expect(accusedIn(src, { content })).toBe('country:TR');
  });
  it('reads no accused without a preposition of target', () => {
    const other = 'الاتهامات بأن تركيا تساعد المسلحين';
    const s2 = { ...src, text: other, entities: [{ id: 'country:TR', type: 'country', mentions: [{ start: other.indexOf('تركيا'), end: other.indexOf('تركيا') + 5 }] }] };
    expect(accusedIn(s2, { content: { start: 0, end: other.length, text: other } })).toBeUndefined();
  });
  it.each([
    ['a linked person: their country', 'person:erdogan', 'country:TR'],
    ['a country: itself', 'country:TR', 'country:TR'],
    ['a local entity: none', 'local:x', undefined],
  ])('%s', (_name, entity, expected) => {
    const s: Pick<SourceStatement, 'speaker'> = { speaker: { text: 'x', entity } };
    expect(countryOfSpeaker(src, s)).toBe(expected);
  });
});
