import { DOUBLE_QUOTE_CLASS, LEFT_DOUBLE_QUOTE, LEFT_GUILLEMET, RIGHT_DOUBLE_QUOTE, RIGHT_GUILLEMET } from './chars.js';

/** A paired quotation: marks at [open, openEnd) and [close, closeEnd); the quoted text is [start, end). */
export interface QuoteSpan {
  open: number;
  start: number;
  end: number;
  closeEnd: number;
}

/** Longest quotation we pair, in characters (longer "pairs" are almost always a missing mark). */
export const MAX_QUOTE_CHARS = 2000;

const MARK = new RegExp(`[${DOUBLE_QUOTE_CLASS}]+`, 'g');
const GUILLEMETS = `${LEFT_GUILLEMET}${RIGHT_GUILLEMET}`;
const familyOf = (ch: string): 'guillemet' | 'double' => (GUILLEMETS.includes(ch) ? 'guillemet' : 'double');

/** What may follow a mark that opens (a word, a digit, an editor's bracket: "[T]his"). */
const OPENS_ON = /[\p{L}\p{N}[(\u2018']/u;
/** What may follow a mark that closes: a space, the end, or punctuation. */
const CLOSES_ON = /[\s.,;:!?)\]\u2014\u2013]/u;

type Mark = { at: number; end: number; family: string };
const count = (text: string, m: Mark, ch: string): number => [...text.slice(m.at, m.end)].filter((c) => c === ch).length;

/**
 * The index of the » that closes the « at marks[from] when a second « (marks[from + 1]) opens inside it: « and » say
 * which way they face, so they nest (قالت: «… أن قال: «…» …»). A run of »» closes as many levels. When the outer
 * quotation never closes before `unbroken` fails, the first » that closes a nested one after a colon closes it too
 * (writers drop the second mark of »»); otherwise undefined, and the marks pair by order.
 */
function guillemetClose(text: string, marks: readonly Mark[], from: number, unbroken: (a: Mark, b: Mark) => boolean): number | undefined {
  // Without its own closing mark, the outer quotation ends with the nested one only when that one is quoted speech
  // after a colon (أن قال: «…»); a nested mark after anything else may be a missing » before it (… السوري، داعيا إلى «…»).
  const afterColon = /:\s*$/.test(text.slice(Math.max(0, marks[from + 1].at - 3), marks[from + 1].at));
  let depth = 1, firstInner: number | undefined;
  for (let j = from + 1; j < marks.length && unbroken(marks[from], marks[j]); j++) {
    if (marks[j].family !== 'guillemet') continue;
    depth += count(text, marks[j], LEFT_GUILLEMET) - count(text, marks[j], RIGHT_GUILLEMET);
    if (depth <= 0) return j;
    if (depth === 1 && firstInner === undefined) firstInner = j;
  }
  return afterColon ? firstInner : undefined;
}

/** The mark [at, end) can only open: a space (or nothing) before it, a word after it (`The "United`). */
const opensOnly = (text: string, at: number, end: number): boolean =>
  (at === 0 || /\s/u.test(text[at - 1])) && OPENS_ON.test(text[end] ?? '');
/** The mark [at, end) can only close: glued to what comes before, a space or punctuation after (`States" is`). */
const closesOnly = (text: string, at: number, end: number): boolean =>
  at > 0 && !/\s/u.test(text[at - 1]) && (end >= text.length || CLOSES_ON.test(text[end]));

/**
 * A closing mark glued to an Arabic word and followed by a space: it faces the word before it. (In English a quotation
 * running over paragraphs closes with one in a paragraph that opened none.)
 */
const strayClosing = (text: string, at: number, end: number): boolean =>
  at > 0 && /[\u0621-\u064A]/u.test(text[at - 1]) && /\s/u.test(text[end] ?? '');

/** A mark after a sentence end and a space, and before an Arabic letter. */
const nextSentenceOpens = (text: string, at: number, end: number): boolean =>
  /[.!?\u061F]\s+$/u.test(text.slice(Math.max(0, at - 3), at)) && /[\u0621-\u064A]/u.test(text[end] ?? '');

/**
 * Pairs quotation marks inside [from, to) (design/ARABIC.md §6): runs of adjacent marks count as one
 * (MT doubles “”…””), the first unmatched mark opens whatever its glyph, a mark of the same family closes.
 * A pair never crosses a line break and never exceeds MAX_QUOTE_CHARS. Inside an open quotation, a mark that can only
 * open followed by two that can only close is a quotation nested in the same marks ("… The "United States" is not …
 * Turkey."): the inner pair is passed over and the outer one kept whole, where pairing by order alone would close the
 * outer quotation at the inner one's opening mark. Guillemets, which face their way, nest as a stack (guillemetClose).
 */
export function pairQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks: Mark[] = [];
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) marks.push({ at: m.index, end: m.index + m[0].length, family: familyOf(m[0][0]) });
  let open: Mark | null = null;
  const unbroken = (a: { end: number }, b: { at: number }) => !text.slice(a.end, b.at).includes('\n') && b.at - a.end <= MAX_QUOTE_CHARS;
  for (let i = 0; i < marks.length; i++) {
    const { at, end, family } = marks[i];
    if (open && !unbroken(open, marks[i])) open = null;
    if (!open) {
      // الأحد (19 يوليو تموز” إن: a ” glued to the Arabic word before it and followed by a space faces that word; with
      // no quotation open it closes nothing and opens nothing (by order it would open, and every pair after it go out of step).
      if (text[at] === RIGHT_DOUBLE_QUOTE && end - at === 1 && strayClosing(text, at, end)) continue;
      open = marks[i];
      continue;
    }
    if (family !== open.family) continue;
    // خامنئي. “لم يبذل …: a “ after a sentence end and before an Arabic word opens the quotation's next sentence, each
    // opened and only the last closed; the one open runs to that sentence end and is left unclosed.
    if (text[at] === LEFT_DOUBLE_QUOTE && end - at === 1 && nextSentenceOpens(text, at, end) && text[open.at] === LEFT_DOUBLE_QUOTE) {
      const stop = text.slice(0, at).trimEnd().length - 1; // the sentence end, left out as leftOpen (quote-sides.ts) does
      if (stop > open.end) out.push({ open: open.at, start: open.end, end: stop, closeEnd: stop });
      open = marks[i];
      continue;
    }
    const opener = marks.indexOf(open);
    const shut = text[open.at] === LEFT_GUILLEMET && text[at] === LEFT_GUILLEMET ? guillemetClose(text, marks, opener, unbroken) : undefined;
    if (shut !== undefined) {
      out.push({ open: open.at, start: open.end, end: marks[shut].at, closeEnd: marks[shut].end });
      open = null;
      i = shut;
      continue;
    }
    const inner = marks[i + 1], outer = marks[i + 2];
    if (inner && outer && inner.family === family && outer.family === family && unbroken(open, outer)
      && opensOnly(text, at, end) && closesOnly(text, inner.at, inner.end) && closesOnly(text, outer.at, outer.end)) {
      out.push({ open: open.at, start: open.end, end: outer.at, closeEnd: outer.end });
      open = null;
      i += 2;
      continue;
    }
    if (at > open.end) out.push({ open: open.at, start: open.end, end: at, closeEnd: end });
    open = null;
  }
  return out;
}
