import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../text/normalize/arabic.js';
import { findTimes } from './index.js';
import { loadPhrases, TimeLexiconError } from './lexicon.js';
import { keyOf, scanWords } from './words.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data/lexicons/time');
const rows = (file: string): string[][] =>
  readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));

describe('time lexicons', () => {
  it('load and index every file', () => {
    const index = loadPhrases(DIR);
    // كانون/تشرين are months only with الأول/الثاني: no one-word phrase starts with them.
    expect(index.byFirst.get(matchKey('تشرين'))?.every((p) => p.keys.length === 2)).toBe(true);
    expect(index.byFirst.get(matchKey('أبريل'))?.[0].meanings).toEqual([{ kind: 'month', month: 4, variant: 'egypt-gulf', guarded: false }]);
  });

  it.each(rows('months.tsv').map(([form, month]) => [form, Number(month)]))('finds the month %s next to a day and a year', (form, month) => {
    const [t] = findTimes({ text: `في 3 ${form} 2021`, sentences: [], lang: 'ar' });
    expect(t?.value).toBe(`2021-${String(month).padStart(2, '0')}-03`);
  });

  it.each(rows('weekdays.tsv').map(([form]) => [form]))('finds the weekday %s', (form) => {
    expect(findTimes({ text: `on ${form} يوم`, sentences: [], lang: 'ar', publishedAt: '2024-10-16' })[0]?.text).toBe(form);
  });

  it('rejects a row with a bad month number, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-time-'));
    for (const f of readdirSync(DIR).filter((f) => f.endsWith('.tsv'))) writeFileSync(join(dir, f), readFileSync(join(DIR, f)));
    writeFileSync(join(dir, 'months.tsv'), '# header\nيناير\t13\tegypt-gulf\tfree\n');
    expect(() => loadPhrases(dir)).toThrow(TimeLexiconError);
    expect(() => loadPhrases(dir)).toThrow(/months\.tsv:2: "13" is not an integer in 1\.\.12/);
  });

  it('rejects a duplicate key with the same meaning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-time-'));
    for (const f of readdirSync(DIR).filter((f) => f.endsWith('.tsv'))) writeFileSync(join(dir, f), readFileSync(join(DIR, f)));
    writeFileSync(join(dir, 'months.tsv'), 'أبريل\t4\tegypt-gulf\tfree\nإبريل\t4\tegypt-gulf\tfree\n');
    expect(() => loadPhrases(dir)).toThrow(/folds to the key of an earlier row/);
  });
});

describe('fast word keys', () => {
  it.each([
    'أوكرانيا', 'المتحدة على', 'زِيلِينْسكـــي', '\uFEFB', '٢٠٢٤', 'Pyongyang', '\u200Fموسكو\u200E', 'Café', 'ا\u0654', 'غداً', '1445هـ',
  ])('agree with matchKey on %s', (s) => {
    expect(scanWords(s).map((w) => w.key).join(' ')).toBe(matchKey(s).split(/\s+/).join(' '));
    expect(keyOf(s, 0, s.length)).toBe(matchKey(s));
  });
});
