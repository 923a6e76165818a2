import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_STAGES } from '../analyze/index.js';
import { findEntities } from '../entities/index.js';
import { extract } from '../extract/index.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { lcs, translationEvidence } from './translation.js';

const STAGES = { ...DEFAULT_STAGES, findEntities };
function fp(path: string): Fingerprint {
  const r = extract({ bytes: readFileSync(new URL(`../../samples/${path}`, import.meta.url)), source: path });
  if (!r.ok) throw new Error(r.message);
  return fingerprint(analyze(r.article, STAGES));
}

const EN = fp('pairs/tico-wikinews-1.en.txt');
const AR = fp('pairs/tico-wikinews-1.ar.txt');
const OTHER_EN = fp('en/wnen-2019-09-09-longtime-leader-of-zimbabwe-robert-mugabe-dies-aged-95.txt');
const OTHER_AR = fp('ar/wnar-024-politics.txt');

describe('translationEvidence', () => {
  it('finds that the tico-wikinews-1 English and Arabic texts are one article translated', () => {
    const r = translationEvidence(EN, AR);
    expect(r.match).toBe(true);
    expect(r.evidence.score).toBeGreaterThan(0.9);
    expect(r.evidence.signals.find((s) => s.name === 'numbers')?.value).toBe(1);
  });

  it('reads the same evidence either way round', () => {
    expect(translationEvidence(AR, EN).evidence.score).toBe(translationEvidence(EN, AR).evidence.score);
  });

  const negatives: { name: string; a: Fingerprint; b: Fingerprint; reason: string }[] = [
    { name: 'an English article and an unrelated Arabic one are not a translation', a: OTHER_EN, b: AR, reason: 'too-few-anchors' },
    { name: 'the Arabic tico text and an unrelated Arabic article are not a translation (same language)', a: AR, b: OTHER_AR, reason: 'same-language' },
    { name: 'two English texts are never a translation, even the same one', a: EN, b: EN, reason: 'same-language' },
  ];
  for (const c of negatives) {
    it(c.name, () => {
      const r = translationEvidence(c.a, c.b);
      expect(r.match).toBe(false);
      expect(!r.match && r.reason).toBe(c.reason);
    });
  }

  it('does not take structure alone (same paragraph count, no shared anchors) for a translation', () => {
    const blank = (language: 'ar' | 'en'): Fingerprint => ({ language, entities: [], numbers: [], dates: [], quotes: 0, paragraphs: 5, words: 200 });
    const r = translationEvidence(blank('en'), blank('ar'));
    expect(!r.match && r.reason).toBe('too-few-anchors');
  });
});

describe('translationEvidence on short excerpts', () => {
  const excerpt = (language: 'ar' | 'en', f: Partial<Fingerprint>): Fingerprint => ({ language, entities: [], numbers: [], dates: [], quotes: 0, paragraphs: 4, words: language === 'ar' ? 48 : 60, ...f });
  it.each([
    ['a short excerpt whose only anchor, a person, is the other\'s only anchor is a translation', excerpt('en', { entities: ['person:trump'] }), excerpt('ar', { entities: ['person:trump'] }), true],
    ['two short excerpts sharing one country but each naming another thing are not', excerpt('en', { entities: ['country:US', 'country:CN'] }), excerpt('ar', { entities: ['country:US'], numbers: ['2015'] }), false],
    ['two short excerpts sharing only a name\'s skeleton (a chance meeting with a common word) are not', excerpt('en', { names: ['SLK'] }), excerpt('ar', { names: ['SLK', 'KTB'] }), false],
    ['two long articles sharing only a country are not, however alike their shape', excerpt('en', { entities: ['country:US'], words: 400 }), excerpt('ar', { entities: ['country:US'], words: 330 }), false],
    ['two articles sharing only a country and a year are not, when their shape differs', excerpt('en', { entities: ['country:US'], dates: ['2015'], words: 400, paragraphs: 9 }), excerpt('ar', { entities: ['country:US'], dates: ['2015'], words: 120, paragraphs: 3 }), false],
    ['names found in the other text count as agreeing entities', excerpt('en', { entities: ['country:RU'], names: ['SGL', 'FLDFSTK', 'KMXTK'] }), excerpt('ar', { entities: ['country:RU', 'country:YE'], names: ['SGL', 'FLDFSTK', 'KMXTK', 'KTB'] }), true],
  ])('%s', (_name, en, ar, same) => {
    expect(translationEvidence(en, ar).match).toBe(same);
  });
});

describe('fingerprint', () => {
  it('folds Arabic-Indic digits and drops thousands separators', () => {
    const f = fingerprint({ article: { language: 'ar', title: 'ت', paragraphs: ['قتل ١٢٣ شخصا و1,250 جريحا في 2024'] }, times: [] });
    expect(f.numbers).toEqual(['123', '1250', '2024']);
  });

  it('orders entities by first mention and leaves out local ones', () => {
    const f = fingerprint({
      article: { language: 'en', title: 't', paragraphs: [] }, times: [],
      entities: [{ id: 'country:RU', mentions: [{ start: 30 }] }, { id: 'local:x', mentions: [{ start: 1 }] }, { id: 'country:KP', mentions: [{ start: 50 }, { start: 5 }] }],
    });
    expect(f.entities).toEqual(['country:KP', 'country:RU']);
  });

  it('measures order with the longest common subsequence', () => {
    expect(lcs(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3);
  });
});
