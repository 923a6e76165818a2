import { describe, expect, it } from 'vitest';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { analysisOf, HARBOUR_AR, HARBOUR_EN } from './test-helpers.js';
import { alignTranslation, positionEvidence } from './translated-position.js';
import type { AlignItem } from './translated.js';

const FALLBACK = '2024-05-01T00:00:00.000Z';

/** An aligned statement in block `block` of six, with what a test does not set left neutral. */
function item(id: string, at: number, block: number, speaker: AlignItem['speaker'], over: Partial<AlignItem> = {}): AlignItem {
  return { statementId: id, lang: 'en', at, speaker, content: '', entities: [], quantities: new Set(), words: 6, quoted: false, eligible: true, block: { index: block, count: 6 }, ...over };
}
const ar = (id: string, at: number, block: number, speaker: AlignItem['speaker'], over: Partial<AlignItem> = {}) => item(id, at, block, speaker, { lang: 'ar', words: 5, ...over });
const ids = (pairs: ReturnType<typeof alignTranslation>) => pairs.map((p) => `${p.mine.statementId}-${p.theirs.statementId}:${p.evidence.speaker}`);

describe('positionEvidence', () => {
  const outlet = { text: 'a report from ABC Australia' }, arOutlet = { text: 'لتقرير أصدرته هيئة الإذاعة' };
  it('aligns two statements in the same paragraph of one layout, though their speakers share no name', () => {
    expect(positionEvidence(ar('a', 0.86, 4, arOutlet), item('b', 0.87, 4, outlet))).toMatchObject({ speaker: 'position', anchors: 0 });
  });
  it('does not align statements in two paragraphs of one layout', () => {
    expect(positionEvidence(ar('a', 0.86, 4, arOutlet), item('b', 0.87, 5, outlet))).toBeUndefined();
  });
  it('aligns across two layouts only on a shared anchor, close in place', () => {
    const other = { block: { index: 4, count: 7 } };
    expect(positionEvidence(ar('a', 0.5, 4, arOutlet), item('b', 0.52, 4, outlet, other))).toBeUndefined();
    expect(positionEvidence(ar('a', 0.5, 4, arOutlet, { quantities: new Set([114]) }), item('b', 0.52, 4, outlet, { ...other, quantities: new Set([114]) }))).toMatchObject({ anchors: 1 });
    expect(positionEvidence(ar('a', 0.5, 4, arOutlet, { quantities: new Set([114]) }), item('b', 0.58, 4, outlet, { ...other, quantities: new Set([114]) }))).toBeUndefined();
  });
  it('does not align conflicting numbers, nor numbers on one side only with nothing shared', () => {
    expect(positionEvidence(ar('a', 0.5, 3, arOutlet, { quantities: new Set([40]) }), item('b', 0.5, 3, outlet, { quantities: new Set([90]) }))).toBeUndefined();
    expect(positionEvidence(ar('a', 0.5, 3, arOutlet, { quantities: new Set([40]) }), item('b', 0.5, 3, outlet))).toBeUndefined();
  });
  it('does not align without an anchor when one content is a title apposition three times the other\'s length', () => {
    expect(positionEvidence(ar('a', 0.5, 3, arOutlet, { words: 15 }), item('b', 0.5, 3, outlet, { words: 4 }))).toBeUndefined();
  });
  it('does not align speakers known to differ', () => {
    expect(positionEvidence(ar('a', 0.5, 3, arOutlet), item('b', 0.5, 3, outlet), true)).toBeUndefined();
  });
});

describe('alignTranslation', () => {
  const w = { text: 'Whitlock' }, aw = { text: 'ويتلوك' };
  it('aligns the statements between two speakers\' pairs by their paragraph', () => {
    const en = [item('e0', 0.1, 1, w), item('e1', 0.3, 2, { text: 'The port authority' }), item('e2', 0.7, 4, w)];
    const tr = [ar('a0', 0.11, 1, aw), ar('a1', 0.32, 2, { text: 'هيئة الموانئ' }), ar('a2', 0.69, 4, aw)];
    expect(ids(alignTranslation(tr, en))).toEqual(['a0-e0:name', 'a1-e1:position', 'a2-e2:name']);
  });
  it('never undoes a speaker\'s pair, nor crosses one', () => {
    const en = [item('e0', 0.3, 2, w), item('e1', 0.32, 2, { text: 'The port authority' })];
    const tr = [ar('a0', 0.3, 2, { text: 'هيئة الموانئ' }), ar('a1', 0.32, 2, aw)];
    expect(ids(alignTranslation(tr, en))).toEqual(['a1-e0:name']);
  });
  it('does not align two speakers each of whom speaks in the other article', () => {
    const g = { text: 'Gonzalez' }, ag = { text: 'غونزاليس' };
    const en = [item('e0', 0.1, 1, w), item('e1', 0.5, 3, g), item('e2', 0.9, 5, g)];
    const tr = [ar('a0', 0.1, 1, aw), ar('a1', 0.5, 3, aw), ar('a2', 0.9, 5, ag)];
    expect(ids(alignTranslation(tr, en))).toEqual(['a0-e0:name', 'a2-e2:name']);
  });
});

describe('groupClaims with a translation whose speakers share no name', () => {
  const en = sourceFromAnalysis(analysisOf(`${HARBOUR_EN}\n\nThe port authority said that the northern terminal would reopen before the end of the month.`, '2024-05-01'));
  const tr = sourceFromAnalysis(analysisOf(`${HARBOUR_AR}\n\nوقالت هيئة الموانئ إن المحطة الشمالية ستعيد فتح أبوابها قبل نهاية الشهر.`, '2024-05-01'));
  it('puts the port authority\'s statement in one claim with its translation', () => {
    const claims = groupClaims([en, tr], { fallbackDate: FALLBACK, origins: new Map([[tr.articleId, [en]]]) });
    const terminal = claims.find((c) => c.members.some((m) => m.content.includes('northern terminal')));
    expect(terminal?.members.map((m) => m.lang).sort()).toEqual(['ar', 'en']);
    expect(claims).toHaveLength(4);
  });
  it('leaves it out when the translation has another layout (a paragraph added) and nothing else is shared', () => {
    const moved = sourceFromAnalysis(analysisOf(`${HARBOUR_AR}\n\nوأضافت البلدية أن الطرق مفتوحة.\n\nوقالت هيئة الموانئ إن المحطة الشمالية ستعيد فتح أبوابها قبل نهاية الشهر.`, '2024-05-01'));
    const claims = groupClaims([en, moved], { fallbackDate: FALLBACK, origins: new Map([[moved.articleId, [en]]]) });
    expect(claims.some((c) => c.members.some((m) => m.content.includes('northern terminal')))).toBe(false);
  });
});
