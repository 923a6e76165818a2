/** What the raw bytes say before any decoding: a byte-order mark, binary content, UTF-16 without a BOM. */
import { MAX_CONTROL_RATIO, MIN_UTF16_SNIFF_PAIRS, SNIFF_BYTES, UTF16_NUL_RATIO } from '../constants.js';

export interface Bom {
  name: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function sniffBom(b: Uint8Array): Bom | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { name: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { name: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { name: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: NUL bytes on one parity only (the high byte of ASCII/Latin characters). */
export function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n / 2 < MIN_UTF16_SNIFF_PAIRS) return undefined;
  // Without a NUL byte (all 8-bit text) neither parity has one: found by the native search, not counted.
  if (!hasNul(b, n)) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > UTF16_NUL_RATIO && even === 0) return 'utf-16le';
  if (even / pairs > UTF16_NUL_RATIO && odd === 0) return 'utf-16be';
  return undefined;
}

const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const ESC = 0x1b;
const DEL = 0x7f;
const SPACE = 0x20;

/** Whether b[0, n) holds a NUL byte. */
function hasNul(b: Uint8Array, n: number): boolean {
  return b.subarray(0, n).indexOf(0) >= 0;
}

/** Why the bytes look binary (a NUL byte, too many control bytes), or undefined for text. Call only for non-UTF-16 input. */
export function binaryReason(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return `a NUL byte at offset ${i}`;
    if ((c < SPACE && c !== TAB && c !== LF && c !== CR && c !== FF && c !== ESC) || c === DEL) controls++;
  }
  return n && controls / n > MAX_CONTROL_RATIO ? `${controls} control bytes in the first ${n}` : undefined;
}
