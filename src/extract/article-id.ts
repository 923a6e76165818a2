/**
 * Content hash of the normalised title and text, so that the same article is one article:
 * sha256 of matchKey(title + "\n" + text) with whitespace runs collapsed to one space, trimmed.
 *
 * The key is written as UTF-8 bytes into a reused buffer and hashed in one update, folded a character at
 * a time from a table of matchKey's results for single characters; a line holding a character the table
 * does not cover (one that composes with its neighbours, or lies outside the tabulated blocks) is folded by
 * matchKey itself. No normalised copy of the text is made.
 */
import { hash } from 'node:crypto';
import { matchKey } from '../text/normalize/arabic.js';
import { collapseWhitespace, isWhitespace } from './whitespace.js';

/** Hex digits of the sha256 kept in the id. */
const ID_HEX_DIGITS = 20;

/** Code unit ranges [from, to) tabulated, as matchKey's own table (src/text/normalize/fold-table.ts) has them. */
const TABULATED: readonly [number, number][] = [[0x0000, 0x0700], [0x2000, 0x2070], [0xfeff, 0xff00]];
/** Characters that change with their neighbours (NFC composition of madda/hamza marks; final sigma). */
const CONTEXTUAL = new Set([0x0653, 0x0654, 0x0655, 0x03a3]);
/** A combining mark that the key keeps may compose with the letter before it under NFC. */
const MARK = /^\p{M}$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
const SPACE = 0x20;

// What a code unit alone puts into the key, as a number so that the hot loop reads a typed array: a code unit
// (its one-unit key), or one of the markers below.
/** Not tabulated: the unit's line is folded by matchKey itself. */
const UNTABULATED = -1;
/** The key drops it (a diacritic, tatweel, a format control). */
const DROPPED = -2;
/** Its key is several code units (a letter that lower-cases to two, as İ does): read from KeyTable.text. */
const SEVERAL = -3;
/** Its key is whitespace: a separator, collapsed with its neighbours. */
const SEPARATOR = -4;

interface KeyTable {
  unit: Int32Array;
  /** The key of each SEVERAL unit. */
  text: Map<number, string>;
  /** The most code units a tabulated unit's key has. */
  longest: number;
}

let table: KeyTable | undefined;

/** matchKey of each tabulated code unit alone; UNTABULATED where the unit must be folded with its line. */
function keyTable(): KeyTable {
  if (table) return table;
  const unit = new Int32Array(0x10000).fill(UNTABULATED);
  const text = new Map<number, string>();
  let longest = 1;
  for (const [from, to] of TABULATED) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      const key = matchKey(ch);
      if (CONTEXTUAL.has(c) || (MARK.test(ch) && key !== '') || SURROGATE.test(key)) continue;
      if (key === '') unit[c] = DROPPED;
      else if (key.length > 1) {
        unit[c] = SEVERAL;
        text.set(c, key);
        longest = Math.max(longest, key.length);
      } else unit[c] = isWhitespace(key.charCodeAt(0)) ? SEPARATOR : key.charCodeAt(0);
    }
  }
  table = { unit, text, longest };
  return table;
}

/** UTF-8 bytes per code unit at most (a unit outside a surrogate pair takes up to 3). */
const MAX_BYTES_PER_UNIT = 3;

/** Most key bytes one code unit of text may make through the table: a separating space and its key. */
function roomPerUnit(keys: KeyTable): number {
  return 1 + keys.longest * MAX_BYTES_PER_UNIT;
}

/** Size of the reused key buffer, in bytes: a key that may need more (a very long text) gets a buffer of its own. */
const REUSED_BYTES = 1 << 20;
/** The reused key buffer: allocating one per article cost more than hashing it. */
const reused = Buffer.allocUnsafe(REUSED_BYTES);
/** The key's UTF-8 bytes, written here and hashed in one update (articleId runs to completion, never interleaved). */
let bytes = reused;

/** Where the key stands: bytes written, and whether a key character came and whitespace since the last one. */
interface KeyState {
  length: number;
  started: boolean;
  space: boolean;
}

/** Writes code unit u (not a surrogate) as UTF-8 at out[at]; returns the offset after it. */
function putUtf8(out: Buffer, at: number, u: number): number {
  if (u < 0x80) out[at++] = u;
  else if (u < 0x800) {
    out[at++] = 0xc0 | (u >> 6);
    out[at++] = 0x80 | (u & 0x3f);
  } else {
    out[at++] = 0xe0 | (u >> 12);
    out[at++] = 0x80 | ((u >> 6) & 0x3f);
    out[at++] = 0x80 | (u & 0x3f);
  }
  return at;
}

/**
 * The key of one line, s[from, to), after a separator: through the table, or, when the line holds a unit the
 * table does not cover, by matchKey on the whole line (what was written of the line is then overwritten).
 * The state is kept in locals while the line is read and written back to `w` at its end: a field read and
 * write per code unit (and a copy of the state per line) took a fifth of articleId's time.
 */
function addLine(w: KeyState, s: string, from: number, to: number, keys: KeyTable): void {
  const { unit, text: several } = keys;
  const out = bytes;
  let length = w.length, started = w.started, space = true;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const k = unit[c];
    if (k >= 0) {
      // A tabulated one-unit key is never whitespace (that is a SEPARATOR).
      if (space && started) out[length++] = SPACE;
      space = false;
      started = true;
      length = putUtf8(out, length, k);
    } else if (k === SEPARATOR) space = true;
    else if (k === SEVERAL) {
      const key = several.get(c)!;
      for (let j = 0; j < key.length; j++) {
        const u = key.charCodeAt(j);
        // Whitespace collapses into one space before the next character.
        if (isWhitespace(u)) {
          space = true;
          continue;
        }
        if (space && started) out[length++] = SPACE;
        space = false;
        started = true;
        length = putUtf8(out, length, u);
      }
    } else if (k === UNTABULATED) {
      // `w` still holds the state before the line.
      addFolded(w, collapseWhitespace(matchKey(s.slice(from, to))), (to - from) * roomPerUnit(keys));
      return;
    }
  }
  w.length = length;
  w.started = started;
  w.space = space;
}

/**
 * A collapsed key folded by matchKey (it may hold any character, surrogates included): UTF-8 as Buffer writes
 * it. Such a key may be longer than the room its line was given (NFKC makes ﷺ eighteen letters): then the
 * buffer grows by the difference, so that the rest of the text keeps its room.
 */
function addFolded(w: KeyState, key: string, lineRoom: number): void {
  if (!key) return;
  const excess = 1 + Buffer.byteLength(key, 'utf8') - lineRoom;
  if (excess > 0) {
    const grown = Buffer.allocUnsafe(bytes.length + excess);
    bytes.copy(grown, 0, 0, w.length);
    bytes = grown;
  }
  if (w.started) bytes[w.length++] = SPACE;
  w.length += bytes.write(key, w.length, 'utf8');
  w.started = true;
  w.space = false;
}

export function articleId(title: string, text: string): string {
  const keys = keyTable();
  // Room for the worst case of every unit through the table (a line folded by matchKey makes more if it needs it).
  const room = (title.length + text.length + 1) * roomPerUnit(keys);
  bytes = room <= REUSED_BYTES ? reused : Buffer.allocUnsafe(room);
  const w: KeyState = { length: 0, started: false, space: false };
  addLine(w, title, 0, title.length, keys);
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    addLine(w, text, from, to, keys);
    from = to + 1;
  }
  // The one-shot hash: no Hash object made and torn down per article.
  return hash('sha256', bytes.subarray(0, w.length), 'hex').slice(0, ID_HEX_DIGITS);
}
