import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../text/normalize/arabic.js';
import { articleId } from './article-id.js';
import { collapseWhitespace } from './whitespace.js';
import { random } from '../../bench/random.js'; // seeded (mulberry32), so that a failure can be replayed

/** The id by its definition: one normalised, collapsed copy of title + "\n" + text, hashed whole. */
function referenceId(title: string, text: string): string {
  const key = matchKey(`${title}\n${text}`).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** The id as it was first written (chunks split at newlines, hashed one by one): ids already stored must not change. */
function firstId(title: string, text: string): string {
  const hash = createHash('sha256');
  let first = true;
  for (const chunk of `${title}\n${text}`.split(/\n\s*/)) {
    const key = matchKey(chunk).replace(/\s+/g, ' ').trim();
    if (!key) continue;
    hash.update(first ? key : ` ${key}`);
    first = false;
  }
  return hash.digest('hex').slice(0, 20);
}

/** Characters that stress the equivalence: spaces of every kind, newlines, format controls, marks, sigma. */
const ALPHABET = [
  'a', 'B', 'ب', 'أ', 'ة', 'ى', '٣', 'ﻻ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200f',
  '\u200c', '\u0654', '\u064b', '\u0640', 'Σ', 'é', '😀', '«', '.', '\r', '™', 'İ', 'ی', '\u0301',
];

describe('articleId', () => {
  it('equals the hash of the whole normalised text on random strings of tricky characters', () => {
    const next = random(7);
    const text = (n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const [title, body] = [text(Math.floor(next() * 12)), text(Math.floor(next() * 60))];
      const id = articleId(title, body);
      expect(id, JSON.stringify([title, body])).toBe(referenceId(title, body));
      expect(id, JSON.stringify([title, body])).toBe(firstId(title, body));
    }
  });

  it('equals the reference on a text longer than its reused buffer', () => {
    const body = 'قال الوزير إن «الوضع» جيد.\n\n'.repeat(5_000);
    expect(articleId('عنوان', body)).toBe(referenceId('عنوان', body));
  });

  it('equals the reference when folding makes a line far longer than it was (ﷺ is eighteen letters)', () => {
    for (const body of ['ﷺ'.repeat(100), 'ﷺ'.repeat(60_000), `نص\n${'ﷺ'.repeat(30_000)}\n${'قال الوزير '.repeat(10_000)}`]) {
      expect(articleId('ﷺ عنوان', body)).toBe(referenceId('ﷺ عنوان', body));
    }
  });

  it('does not change when only the spacing and paragraph breaks change', () => {
    expect(articleId('عنوان', 'فقرة أولى\n\nفقرة  ثانية')).toBe(articleId(' عنوان ', 'فقرة أولى\nفقرة ثانية'));
  });
});

describe('collapseWhitespace', () => {
  const cases: [string, string][] = [
    ['keeps a line with single spaces as it is', 'a b c'],
    ['trims both ends', '  a b \n'],
    ['collapses runs and odd spaces to one space', 'a\u00a0\u00a0b\tc\u2003 d'],
    ['makes an all-space line empty', ' \n\ufeff '],
    ['leaves an empty line empty', ''],
  ];
  it.each(cases)('%s', (_n, s) => {
    expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });
});
