import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../bench/shared.js';
import { ftsText } from './dialect.js';
import { framedKeys, shadowText } from './keys.js';
import { SPEAKER_TOKEN_CHARS } from './migrations/018-sqlite-speaker-fts.js';

// Migration 019 swapped FTS5's unicode61 tokenizer for ascii on the search keys, on the ground that keys leave
// nothing for unicode61's tables to decide. Checked here on real Arabic and English text: both tokenizers make
// the same terms of the same rows, so every query (keys too) matches the same rows; but for a word whose vowel
// signs unicode61 does not count as letters (Devanagari), which ascii keeps whole.

const texts = (lang: 'ar' | 'en') => {
  const dir = join(sharedDir(), 'corpus', 'open', lang);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};

/** Every `row:offset:term` of `rows` indexed by a table tokenized with `tokenize`. */
function terms(tokenize: string, rows: readonly string[]): string[] {
  const db = new BetterSqlite3(':memory:');
  try {
    db.exec(`create virtual table t using fts5(keys, tokenize = "${tokenize}")`);
    const insert = db.prepare('insert into t (rowid, keys) values (?, ?)');
    rows.forEach((r, i) => insert.run(i + 1, r));
    db.exec(`create virtual table i using fts5vocab(t, 'instance')`);
    return (db.prepare('select term, doc, offset from i order by doc, offset').all() as { term: string; doc: number; offset: number }[]).map((r) => `${r.doc}:${r.offset}:${r.term}`);
  } finally {
    db.close();
  }
}

describe('the ascii tokenizer on search keys (migration 019)', () => {
  const articles = [...texts('ar'), ...texts('en')];
  /** Lines of a script unicode61 cuts at its vowel signs are left out (checked apart below). */
  const all = articles.map((t) => t.split('\n').filter((l) => !/\p{M}/u.test(shadowText(l))).join('\n'));

  it('makes the terms unicode61 made of the articles\' keys', () => {
    const rows = all.map((t) => shadowText(t));
    const before = terms('unicode61 remove_diacritics 0', rows);
    expect(before.length).toBeGreaterThan(10_000);
    expect(terms('ascii', rows.map(ftsText))).toEqual(before);
  });

  it('makes the terms unicode61 made of speakers\' keys, hyphens and apostrophes inside words', () => {
    // Every line's keys as a speaker's: names with hyphens and apostrophes (al-Assad, O'Brien) among them.
    const rows = [...all.flatMap((t) => t.split('\n').filter(Boolean).map((l) => framedKeys(l))), framedKeys("al-Assad O'Brien O’Neil")];
    const chars = SPEAKER_TOKEN_CHARS.replaceAll("'", "''");
    const before = terms(`unicode61 remove_diacritics 0 tokenchars '${chars}'`, rows);
    expect(before).toContain(`${rows.length}:0:al-assad`);
    expect(terms(`ascii tokenchars '${chars.replace('’', '')}'`, rows)).toEqual(before);
  });

  it('keeps a Devanagari word whole where unicode61 cut it at its vowel signs', () => {
    const row = shadowText('गाय पवित्र');
    expect(terms('ascii', [row])).toEqual(['1:0:गाय', '1:1:पवित्र']);
    expect(terms('unicode61 remove_diacritics 0', [row]).length).toBeGreaterThan(2);
  });
});
