/** UTF-8 validation without decoding: where the first invalid sequence is, and whether there are multi-byte ones. */
import { transcode } from 'node:buffer';

export interface Utf8Scan {
  /** Offset of the first byte that is not valid UTF-8, or -1. */
  firstInvalid: number;
  /** How many well-formed multi-byte sequences were seen. */
  multibyte: number;
}

/** Well-formed UTF-8 after the Unicode standard's table 3-7 (no overlongs, no surrogates, ≤ U+10FFFF). */
export function scanUtf8(b: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return { firstInvalid: i, multibyte };
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      const [l, h] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (d === undefined || d < l || d > h) return { firstInvalid: i, multibyte };
    }
    multibyte++;
    i += need + 1;
  }
  return { firstInvalid: -1, multibyte };
}

/** Longest input decoded through the reused buffer, in bytes; a longer one (rare) goes to Node's decoder. */
const MAX_REUSED_BYTES = 1 << 20;
/** Code units decoded into, reused by every call (a text has at most one unit per byte). */
const units = new Uint16Array(MAX_REUSED_BYTES);
const unitBytes = Buffer.from(units.buffer);

/** Node built with ICU (the official builds): its converter is there for decodeValidUtf8. */
const HAS_ICU = process.versions.icu !== undefined;

/**
 * Valid UTF-8 (checked by the caller, e.g. with `isUtf8`) → string. Node 20's native decoders turn
 * non-ASCII UTF-8 into a string at about 4 ns a byte; decoding into UTF-16 code units here and handing
 * them over as UTF-16LE (a copy) takes half that on Arabic text, and ICU's converter (`transcode`) half
 * that again, so it is used where Node has ICU. Invalid input gives garbage, not an error.
 */
export function decodeValidUtf8(b: Uint8Array): string {
  if (HAS_ICU) return transcode(b, 'utf8', 'utf16le').toString('utf16le');
  if (b.length > MAX_REUSED_BYTES) return Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');
  const out = units;
  let n = 0;
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) {
      out[n++] = c;
      i++;
    } else if (c < 0xe0) {
      out[n++] = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      out[n++] = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      i += 3;
    } else {
      // Beyond the BMP: a surrogate pair.
      const cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      i += 4;
    }
  }
  return unitBytes.toString('utf16le', 0, n * 2);
}
