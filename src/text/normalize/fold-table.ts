/**
 * A per-character table for a normalisation function, so that the common case (a word or line of plain
 * Arabic, Latin and punctuation) is folded in one pass without a regex: each character is replaced by what the
 * function makes of it alone. Characters whose result depends on their neighbours fall back to the function
 * itself on the whole string, so the table never changes a result (fold-table.test.ts checks it).
 */

/** Code unit ranges [from, to) tabulated: Latin, Greek, Cyrillic, Hebrew, Arabic; general punctuation. */
const TABULATED: readonly [number, number][] = [[0x0000, 0x0700], [0x2000, 0x2070], [0xfeff, 0xff00]];

/**
 * Characters a table cannot fold alone: NFC composes the Arabic madda and hamza marks with the letter before
 * (ا + ٔ → أ), and the capital sigma lower-cases to ς at the end of a word.
 */
const CONTEXTUAL = new Set([0x0653, 0x0654, 0x0655, 0x03a3]);
/** A combining mark that a fold keeps may compose with the letter before it under NFC (e + ́ → é). */
const MARK = /^\p{M}$/u;

/** How a tabulated code unit folds. */
const UNKNOWN = 0;
const SAME = 1;
const MAPPED = 2;

export type Fold = (s: string) => string;

/** A function equal to `fold` on every string, answering from a table when every character is tabulated. */
export function tabulate(fold: Fold): Fold {
  const kind = new Uint8Array(0x10000);
  const mapped = new Map<number, string>();
  for (const [from, to] of TABULATED) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      const f = fold(ch);
      if (CONTEXTUAL.has(c) || (MARK.test(ch) && f !== '')) continue;
      if (f === ch) kind[c] = SAME;
      else {
        kind[c] = MAPPED;
        mapped.set(c, f);
      }
    }
  }
  return (s: string): string => {
    let out = '';
    let run = 0;
    for (let i = 0; i < s.length; i++) {
      const k = kind[s.charCodeAt(i)];
      if (k === SAME) continue;
      if (k === UNKNOWN) return fold(s);
      out += s.slice(run, i) + mapped.get(s.charCodeAt(i));
      run = i + 1;
    }
    return run === 0 ? s : out + s.slice(run);
  };
}
