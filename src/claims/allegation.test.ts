import { describe, expect, it } from 'vitest';
import { alleges, referenceOf } from './allegation.js';
import { frameOf } from './frame.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';
import type { ClaimSource, Member, SourceStatement } from './types.js';

// An allegation and its answer in one article (allegation.ts): `X claimed that …` then `these allegations are false`.
// Synthetic sentences.

const DAY = '2024-05-01T00:00:00.000Z';
const statement = (content: string, over: Partial<SourceStatement> = {}): SourceStatement => ({
  id: 'a:0', speaker: { text: 'x' }, stance: 'assert', content: { start: 0, end: content.length, text: content }, targets: [], ...over,
});
const source = (text: string, lang: 'ar' | 'en'): ClaimSource => ({ articleId: 'a', lang, text, titleEnd: 0, title: '', entities: [], statements: [] });

describe('alleges', () => {
  it.each([
    ['an Arabic allegation cue, with a clitic', 'وادعى', 'assert', 'ar', true],
    ['an English allegation cue', 'claimed', 'assert', 'en', true],
    ['an accusation, whatever its cue', 'قال', 'accuse', 'ar', true],
    ['a plain reporting cue', 'وقال', 'assert', 'ar', false],
  ])('%s', (_name, cue, stance, lang, expected) => {
    expect(alleges({ lang: lang as 'ar' | 'en' }, { cue, stance: stance as 'assert' | 'accuse' })).toBe(expected);
  });
});

describe('an answer to allegations (frame.ts `answers`)', () => {
  it.each([
    ['Arabic: the content opens with `هذه الادعاءات`', 'هذه الادعاءات تنافي الواقع تماما', 'ar', true],
    ['English: the content opens with `the claims`', 'the claims were false and baseless', 'en', true],
    ['a reference further in is no answer', 'الحكومة ترى أن هذه الادعاءات تنافي الواقع', 'ar', false],
  ])('%s', (_name, text, lang, expected) => {
    const src = { ...source(text, lang as 'ar' | 'en'), statements: [statement(text)] };
    expect(frameOf(src, 0).answers).toBe(expected);
  });
});

describe('referenceOf', () => {
  const m = (ordinal: number): Member => ({
    statementId: `a:${ordinal}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto', speaker: { text: 'x' }, speakerKey: 'x',
    content: 'x', entities: [], lang: 'ar', date: DAY,
  });
  it('joins a later answer to the nearest earlier allegation, and nothing the other way round', () => {
    const near = referenceOf({ member: m(3), alleges: true }, { member: m(5), refers: true });
    const far = referenceOf({ member: m(1), alleges: true }, { member: m(5), refers: true });
    expect(near).toBeGreaterThan(far!);
    expect(referenceOf({ member: m(5), alleges: true }, { member: m(3), refers: true })).toBeUndefined();
    expect(referenceOf({ member: m(3) }, { member: m(5), refers: true })).toBeUndefined();
  });
});

describe('allegations in claims', () => {
  it('joins an allegation and the later answer to `these allegations` in one claim', () => {
    const text = ['بيان للمنظمة حول تصريحات الوزير', 'وأصدرت المنظمة بيانا حول تصريحات الوزير التي ادعى فيها بأن الجمعية تمول التهريب.',
      'وأشارت المنظمة إلى أن هذه الادعاءات تنافي الواقع بالنظر إلى ما تقوم به الجمعية من جهود في مكافحة التهريب.'].join('\n\n');
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text, DAY))], { fallbackDate: DAY });
    expect(claims.map((c) => c.members.map((m) => m.content.slice(0, 14)))).toEqual([['الجمعية تمول ا', 'هذه الادعاءات ']]);
  });
});
