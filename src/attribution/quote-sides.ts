import { LEFT_GUILLEMET, RIGHT_DOUBLE_QUOTE, STRAIGHT_DOUBLE_QUOTE } from '../text/chars.js';
import { pairQuotes, type QuoteSpan } from '../text/sentences-quotes.js';
import { matchKey } from '../text/normalize/arabic.js';
import { lexicon } from './lexicon/index.js';

/** A letter or a digit: a mark right after one is glued to the word before it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * What follows a closing mark that cannot open: a full stop (وتمنعهم". وأشار …). Not a comma or a space, which also
 * follow the inner quotation of a nested one written with the same straight marks (قال "…"، وفي …).
 */
const AFTER_CLOSING = /[.!?\u061F]/;
/** Glyphs that close (” and »), and the punctuation that may follow one glued to a word (قريب”. ، باستجوابهم»،). */
const CLOSING_GLYPHS = '\u201D\u00BB';
const PUNCT_AFTER_CLOSING = /[.,:!?\u060C\u061B\u061F]/u;
/**
 * A colon (then at most spaces), or a sentence end and a space, right before a mark: the mark opens what is said
 * (وأردف: "…; `… خامنئي. “لم …`, where each sentence of a long quotation is opened and only the last one closed).
 */
const OPENER_BEFORE = /(?::\s*|[.!?\u061F]\s+)$/;

/**
 * True when the mark at `at` can only close: a straight mark glued to the word before it and followed by a full stop;
 * a closing glyph after a sentence end and before a space (لهم.” وقال), or glued to a word and followed by
 * punctuation (انتهت”. وأكد); a ” glued to a word and followed by a space (الأحد (19 يوليو” إن), which faces the word
 * before it.
 */
function closesOnly(text: string, at: number): boolean {
  const before = text[at - 1] ?? '', after = text[at + 1] ?? '';
  if (CLOSING_GLYPHS.includes(text[at])) {
    return (AFTER_CLOSING.test(before) && /\s/u.test(after)) || (WORD_CHAR.test(before) && PUNCT_AFTER_CLOSING.test(after))
      || (text[at] === RIGHT_DOUBLE_QUOTE && WORD_CHAR.test(before) && /\s/u.test(after));
  }
  return text[at] === STRAIGHT_DOUBLE_QUOTE && WORD_CHAR.test(before) && AFTER_CLOSING.test(after);
}

/** إن/أن "that" (with و/ف/ب) right before a mark: what is said starts there, so the mark opens whatever its glyph. */
const COMPLEMENTIZER_BEFORE = /(?:^|[\s\u060C,])[وفب]?[إأا]ن$/u;
/** True when the mark at `at` is glued to إن/أن (قوله إن» الرئيس …»: a reversed guillemet that opens). */
const afterComplementizer = (text: string, at: number): boolean => COMPLEMENTIZER_BEFORE.test(text.slice(Math.max(0, at - 6), at));

/** What a closing mark is glued to: a word or a sentence end (not a colon, after which a mark opens: `وقال :" إنه`). */
const CLOSES_AFTER = /[\p{L}\p{N}.!?\u061F]/u;
/** What follows a mark that closes: a space, the end, or punctuation. */
const CLOSES_ON = /[\s.,:!?\u060C\u061B\u061F]/u;

/**
 * True when the block's first mark, at `at`, can only close a quotation of the block before, left behind when the line
 * was broken before or inside it: it opens the block and a space follows (`” وأضاف “…`), or it is glued to what comes
 * before and a space or punctuation follows (`… أم لا.” وقال …`). It opens nothing here.
 */
function leftBehind(text: string, blockStart: number, at: number): boolean {
  const after = text[at + 1] ?? '';
  if (text.slice(blockStart, at).trim() === '') return /\s/u.test(after);
  return at > blockStart && CLOSES_AFTER.test(text[at - 1]) && (after === '' || CLOSES_ON.test(after)) && !afterComplementizer(text, at);
}

/** What ends a sentence inside a quotation left open: its text runs to the last one before the next quotation. */
const SENTENCE_END = /[.!?\u061F]/g;

/**
 * True when the marks [at, end) follow a colon or a sentence end and a word follows them: they open a quotation,
 * whatever pairing by order says (a run of marks counts as one). Marks glued to a colon may be spaced from the word
 * (`:»» إن`).
 */
function opensAfterColon(text: string, at: number, end: number): boolean {
  if (!OPENER_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  return WORD_CHAR.test(text[end] ?? '') || (text[at - 1] === ':' && text[end] === ' ' && WORD_CHAR.test(text[end + 1] ?? ''));
}

/**
 * The quotation a pair closed at an opening mark stands for: its mark opens what runs to the last sentence end before
 * the next quotation's cue (وتابع: "الجانب … المنطقة. وأردف: "…), closed by no mark; none without such an end.
 */
function leftOpen(text: string, q: QuoteSpan): QuoteSpan | undefined {
  let last = -1;
  SENTENCE_END.lastIndex = q.start;
  for (let m = SENTENCE_END.exec(text); m && m.index < q.end; m = SENTENCE_END.exec(text)) last = m.index;
  return last > q.start ? { open: q.open, start: q.start, end: last, closeEnd: last } : undefined;
}

/** A sentence end, then و/ف and a word, then a space and a letter: where a report in the narrative may open. */
const NARRATIVE_OPENER = /[.!?\u061F]\s+[\u0648\u0641](\p{L}+) (?=\p{L})/gu;

/**
 * True when a word (its و/ف taken off) is a perfect reporting verb that takes a clause (قال، شدد، أضاف): the narrative
 * tells of someone saying something there. Verbs that report only before a colon or with a phrase (زاد، عبر عن) are left out.
 */
function reportingVerb(word: string): boolean {
  const key = matchKey(word);
  const found = lexicon('ar').cues.first([key], 0, [key]);
  if (!found || found[1] !== 1) return false;
  const cue = found[0].value;
  // وتشير نتائج الدراسة إلى أن …: an imperfect may go on inside the quotation (the speaker describing a study).
  const imperfect = /^[يت]/.test(key) && !matchKey(cue.lemma).startsWith(key[0]);
  return cue.kind === 'verb' && cue.frame.has('anna') && !cue.requires?.length && !imperfect;
}

/**
 * The sentence end inside the quotation q after which the narrative resumes with a report told of someone (…ومبالغة في
 * الموضوع. وشدد الجبير على أن …، وقال الجبير إن …): a quotation never holds its own speaker's story told in the third
 * person, so its mark was never closed and pairing by order took a later quotation's opening mark as its end.
 */
function narrativeResumes(text: string, q: QuoteSpan): number | undefined {
  NARRATIVE_OPENER.lastIndex = q.start;
  for (let m = NARRATIVE_OPENER.exec(text); m && m.index < q.end; m = NARRATIVE_OPENER.exec(text)) {
    if (m.index + m[0].length < q.end && reportingVerb(m[1])) return m.index;
    NARRATIVE_OPENER.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * The mark to set aside in a block's pairs, if any: one that cannot open yet opens a pair (an unmatched closing mark,
 * or one left behind at the block start), or the opening mark of a pair that closes at a mark after a colon or a
 * sentence end — that
 * quotation was never closed (وتابع: "… . وأردف: "…"), and pairing by order would take the next one's opening mark
 * as its end and put every pair after it out of step; that quotation is kept, run to its last sentence end (`open`).
 */
function strayMark(text: string, blockStart: number, pairs: readonly QuoteSpan[]): { at: number; open?: QuoteSpan } | undefined {
  for (const [k, q] of pairs.entries()) {
    if (closesOnly(text, q.open) || (k === 0 && leftBehind(text, blockStart, q.open))) return { at: q.open };
    // «… قال: «…» …»: a guillemet that opens inside one that opens is a nested quotation, not an unclosed one.
    const nested = text[q.open] === LEFT_GUILLEMET && text[q.end] === LEFT_GUILLEMET;
    if (!nested && opensAfterColon(text, q.end, q.closeEnd)) return { at: q.open, open: leftOpen(text, q) };
    const resumes = nested ? undefined : narrativeResumes(text, q);
    if (resumes !== undefined && resumes > q.start) return { at: q.open, open: { open: q.open, start: q.start, end: resumes, closeEnd: resumes } };
  }
  return undefined;
}

/**
 * Paired quotations, with those of a block paired again when a stray mark put the pairs out of step (…وتمنعهم".
 * وأشار "جون كيري" إلى أن …: pairing by order alone takes `". وأشار "` as a quotation, and every pair after it goes
 * out of step). Such a mark is set aside, one at a time, and its block paired again, so that it costs at most its own
 * quotation; blocks with no such mark keep their quotations.
 */
export function sidedQuotes(text: string, quotes: readonly QuoteSpan[], blocks: readonly { start: number; end: number }[]): QuoteSpan[] {
  let out = [...quotes];
  for (const { start, end } of blocks) {
    const inBlock = (q: QuoteSpan) => q.open >= start && q.open < end;
    let own = out.filter(inBlock);
    if (strayMark(text, start, own) === undefined) continue;
    let chars = text;
    const leftOpens: QuoteSpan[] = [];
    for (let bad = strayMark(chars, start, own); bad !== undefined; bad = strayMark(chars, start, own)) {
      // The mark becomes a space (offsets stay as they are), and the block is paired again without it.
      chars = `${chars.slice(0, bad.at)} ${chars.slice(bad.at + 1)}`;
      own = pairQuotes(chars, start, end);
      if (bad.open) leftOpens.push(bad.open);
    }
    out = [...out.filter((q) => !inBlock(q)), ...own, ...leftOpens].sort((a, b) => a.open - b.open);
  }
  return out;
}
