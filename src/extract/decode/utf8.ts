/** UTF-8 validation without decoding: where the first invalid sequence is, and whether there are multi-byte ones. */

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
