/**
 * `s.replace(/\s+/g, ' ').trim()` in one pass without a regex, returning `s` itself when nothing
 * changes (the common case for a line of text). Whitespace is exactly what `\s` and `trim()` take.
 */

/** 1 for the UTF-16 code units `\s` matches (it matches no code point beyond the BMP). */
const WHITESPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) WHITESPACE[c] = 1;

const SPACE = 0x20;

export function isWhitespace(code: number): boolean {
  return WHITESPACE[code] === 1;
}

export function collapseWhitespace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && WHITESPACE[s.charCodeAt(start)]) start++;
  while (end > start && WHITESPACE[s.charCodeAt(end - 1)]) end--;
  let out = '';
  let copied = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!WHITESPACE[c]) continue;
    let j = i + 1;
    while (WHITESPACE[s.charCodeAt(j)]) j++;
    // A lone plain space stays; any other run becomes one space.
    if (j - i > 1 || c !== SPACE) {
      out += s.slice(copied, i) + ' ';
      copied = j;
    }
    i = j - 1;
  }
  if (copied === start) return start === 0 && end === s.length ? s : s.slice(start, end);
  return out + s.slice(copied, end);
}

/** s.slice(from, to) without the whitespace at either end (String.prototype.trim's whitespace is \s's). */
export function trimRange(s: string, from: number, to: number): string {
  while (from < to && WHITESPACE[s.charCodeAt(from)]) from++;
  while (to > from && WHITESPACE[s.charCodeAt(to - 1)]) to--;
  return s.slice(from, to);
}
