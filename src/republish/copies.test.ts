import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.js';
import { compareCopies } from './copies.js';
import { estimateJaccard, signature } from './minhash.js';

type Text = Pick<Article, 'title' | 'paragraphs'>;

/** A samples/ file (title, blank line, paragraphs) as title + paragraphs. */
function sample(path: string): Text {
  const [title, ...rest] = readFileSync(new URL(`../../samples/${path}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  return { title, paragraphs: rest };
}

const ORIGIN = sample('ar/wnar-024-politics.txt');
const OTHER_SAME_TOPIC = [sample('ar/wnar-023-politics.txt'), sample('ar/wnar-026-politics.txt')] as const;
const FOOTER = ['شارك هذا المقال على فيسبوك وتويتر وواتساب', 'اشترك في نشرتنا البريدية ليصلك كل جديد من موقعنا'];

/** Replaces every `step`-th word of each paragraph (light copy-editing). */
const edit = (t: Text, step: number): Text => ({
  ...t,
  paragraphs: t.paragraphs.map((p) => p.split(' ').map((w, i) => (i % step === step - 1 ? `${w}ا` : w)).join(' ')),
});
const reorder = (t: Text): Text => ({ ...t, paragraphs: [...t.paragraphs.slice(1), t.paragraphs[0]] });

describe('compareCopies', () => {
  const cases: { name: string; copy: Text; kind: 'copy' | 'near-copy' }[] = [
    { name: 'the same text under a changed title is a copy', copy: { ...ORIGIN, title: 'عنوان آخر تماما' }, kind: 'copy' },
    { name: 'a republication with a changed footer and reordered paragraphs is a near-copy', copy: reorder({ ...ORIGIN, paragraphs: [...ORIGIN.paragraphs, ...FOOTER] }), kind: 'near-copy' },
    { name: 'a republication with one word in twelve edited is a near-copy', copy: edit(ORIGIN, 12), kind: 'near-copy' },
    { name: 'a republication that drops its last paragraphs is a near-copy', copy: { ...ORIGIN, paragraphs: ORIGIN.paragraphs.slice(0, -2) }, kind: 'near-copy' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = compareCopies(ORIGIN, c.copy);
      expect(r.match && r.kind).toBe(c.kind);
      expect(r.evidence.containment).toBeGreaterThan(0.6);
    });
  }

  it('records what changed: title, order and added paragraphs', () => {
    const r = compareCopies(ORIGIN, reorder({ ...ORIGIN, title: 'x', paragraphs: [...ORIGIN.paragraphs, ...FOOTER] }));
    expect(r.evidence).toMatchObject({ titleChanged: true, reordered: true, added: 2, removed: 0 });
  });

  const negatives: { name: string; a: Text; b: Text; reason: 'different' | 'too-short' }[] = [
    { name: 'two different articles on one topic (the Syrian opposition) are not copies', a: OTHER_SAME_TOPIC[0], b: OTHER_SAME_TOPIC[1], reason: 'different' },
    { name: 'an article and an unrelated one are not copies', a: ORIGIN, b: OTHER_SAME_TOPIC[0], reason: 'different' },
    { name: 'a heavily rewritten text (every third word changed) is not a copy', a: ORIGIN, b: edit(ORIGIN, 3), reason: 'different' },
    { name: 'a two-line text is too short to call a copy of anything', a: { title: 'أ', paragraphs: ['قال الرئيس إن'] }, b: { title: 'أ', paragraphs: ['قال الرئيس إن'] }, reason: 'too-short' },
  ];
  for (const c of negatives) {
    it(c.name, () => {
      const r = compareCopies(c.a, c.b);
      expect(r.match).toBe(false);
      expect(!r.match && r.reason).toBe(c.reason);
    });
  }
});

describe('signature', () => {
  it('estimates a near-copy as similar and a different article as not', () => {
    const s = signature(ORIGIN);
    expect(estimateJaccard(s, signature(reorder(ORIGIN)))).toBe(1);
    expect(estimateJaccard(s, signature(edit(ORIGIN, 12)))).toBeGreaterThan(0.4);
    expect(estimateJaccard(s, signature(OTHER_SAME_TOPIC[0]))).toBeLessThan(0.1);
  });
});
