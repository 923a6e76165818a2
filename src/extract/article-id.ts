/**
 * Content hash of the normalised title and text, so that the same article is one article:
 * sha256 of matchKey(title + "\n" + text) with whitespace runs collapsed to one space, trimmed.
 *
 * The key is streamed into the hash as UTF-8 bytes, folded a character at a time from a table of
 * matchKey's results for single characters; a line holding a character the table does not cover
 * (one that composes with its neighbours, or lies outside the tabulated blocks) is folded by matchKey
 * itself. No normalised copy of the text is made.
 */
import { createHash, type Hash } from 'node:crypto';
import { matchKey } from '../text/normalize/arabic.js';
import { collapseWhitespace, isWhitespace } from './whitespace.js';

/** Hex digits of the sha256 kept in the id. */
const ID_HEX_DIGITS = 20;
/** Bytes gathered before they are handed to the hash. */
const HASH_CHUNK_BYTES = 1 << 16;
/** Most UTF-8 bytes one folded code unit may take (a one-character key of up to 3 units, 3 bytes each). */
const MAX_BYTES_PER_UNIT = 9;

/** Code unit ranges [from, to) tabulated, as matchKey's own table (src/text/normalize/fold-table.ts) has them. */
const TABULATED: readonly [number, number][] = [[0x0000, 0x0700], [0x2000, 0x2070], [0xfeff, 0xff00]];
/** Characters that change with their neighbours (NFC composition of madda/hamza marks; final sigma). */
const CONTEXTUAL = new Set([0x0653, 0x0654, 0x0655, 0x03a3]);
/** A combining mark that the key keeps may compose with the letter before it under NFC. */
const MARK = /^\p{M}$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
const SPACE = 0x20;

let keyOf: (string | undefined)[] | undefined;

/** matchKey of each tabulated code unit alone; undefined where the unit must be folded with its line. */
function keyTable(): (string | undefined)[] {
  if (keyOf) return keyOf;
  keyOf = new Array(0x10000).fill(undefined);
  for (const [from, to] of TABULATED) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      const key = matchKey(ch);
      if (CONTEXTUAL.has(c) || (MARK.test(ch) && key !== '') || SURROGATE.test(key)) continue;
      keyOf[c] = key;
    }
  }
  return keyOf;
}

/** The key's bytes on their way into the hash, with the whitespace collapsing done as they go. */
class KeyStream {
  private readonly bytes = Buffer.allocUnsafe(HASH_CHUNK_BYTES + MAX_BYTES_PER_UNIT);
  private length = 0;
  /** Whether a key character has been written, and whether whitespace came since the last one. */
  private started = false;
  private space = false;

  constructor(private readonly hash: Hash) {}

  /** A line break or any whitespace: one space before the next key character, if any follows. */
  separate(): void {
    this.space = true;
  }

  /** One code unit of the key (whitespace collapses into the next separator). */
  unit(u: number): void {
    if (isWhitespace(u)) {
      this.space = true;
      return;
    }
    if (this.space && this.started) this.byte(SPACE);
    this.space = false;
    this.started = true;
    if (u < 0x80) this.byte(u);
    else if (u < 0x800) {
      this.byte(0xc0 | (u >> 6));
      this.byte(0x80 | (u & 0x3f));
    } else {
      this.byte(0xe0 | (u >> 12));
      this.byte(0x80 | ((u >> 6) & 0x3f));
      this.byte(0x80 | (u & 0x3f));
    }
  }

  /** A collapsed, non-empty key folded elsewhere (it may hold any character). */
  key(key: string): void {
    this.flush();
    this.hash.update(this.started ? ` ${key}` : key);
    this.started = true;
    this.space = false;
  }

  flush(): void {
    if (this.length) this.hash.update(this.bytes.subarray(0, this.length));
    this.length = 0;
  }

  private byte(b: number): void {
    this.bytes[this.length++] = b;
    if (this.length >= HASH_CHUNK_BYTES) this.flush();
  }
}

export function articleId(title: string, text: string): string {
  const hash = createHash('sha256');
  const stream = new KeyStream(hash);
  const table = keyTable();
  const add = (s: string, from: number, to: number) => {
    stream.separate();
    for (let i = from; i < to; i++) {
      if (table[s.charCodeAt(i)] === undefined) {
        const key = collapseWhitespace(matchKey(s.slice(from, to)));
        if (key) stream.key(key);
        return;
      }
    }
    for (let i = from; i < to; i++) {
      const key = table[s.charCodeAt(i)]!;
      for (let k = 0; k < key.length; k++) stream.unit(key.charCodeAt(k));
    }
  };
  add(title, 0, title.length);
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    add(text, from, to);
    from = to + 1;
  }
  stream.flush();
  return hash.digest('hex').slice(0, ID_HEX_DIGITS);
}
