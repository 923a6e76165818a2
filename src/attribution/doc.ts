import { words as scanWords, type Word } from '../text/words.js';
import { PerWord } from '../text/per-word.js';
import { pairQuotes, type QuoteSpan } from '../text/sentences-quotes.js';
import { charsIn, gapMarks, type GapChars } from './gaps.js';
import { sidedQuotes } from './quote-sides.js';
import { withRunOnQuotes } from './en/run-on-quotes.js';
import type { Doc, FindInput, Hit, TitleMatch } from './types.js';
import type { Lexicon } from './lexicon/index.js';
import { afterSpelledLetter, type Spelled } from './ar/letter-names.js';

/**
 * Tokens, keys and sentence indexes of the whole text, computed once per article (`words`: already scanned;
 * `quotes`: the quotations of every block, already paired).
 */
export function buildDoc(input: FindInput, lex: Lexicon, words?: readonly Word[], quotes?: readonly QuoteSpan[]): Doc {
  const tokens = words ?? scanWords(input.text);
  const sentOf = new Array<number>(tokens.length).fill(-1);
  const sentTokens: [number, number][] = input.sentences.map(() => [0, 0]);
  const sentences = input.sentences;
  const keys: string[] = [];
  // One pass: sentences and tokens both run in text order, so a sentence's tokens come in one run.
  for (let i = 0, s = 0, last = -1; i < tokens.length; i++) {
    const at = tokens[i].start;
    keys.push(tokens[i].key);
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (!(s < sentences.length && sentences[s].start <= at)) continue;
    sentOf[i] = s;
    if (s !== last) sentTokens[s][0] = i;
    sentTokens[s][1] = i + 1;
    last = s;
  }
  if (lex.lang === 'ar') joinAfterSpelledLetters({ text: input.text, tokens, keys }, sentOf, sentTokens);
  return {
    input, text: input.text, lex, tokens, keys, sentOf, sentTokens, gaps: gapMarks(input.text, tokens),
    titlesAt: new Array(tokens.length),
    quotes: quotationsOf(input, lex, quotes), hits: [], hitStarts: new Uint8Array(tokens.length),
  };
}

/**
 * كيه. شانموجام، قناة (إن. بي. سي): a sentence split at the dot of a spelled Latin letter goes on (ar/letter-names.ts);
 * the sentence after it is joined to the one before (its token range left empty, its tokens renumbered).
 */
function joinAfterSpelledLetters(d: Spelled, sentOf: number[], sentTokens: [number, number][]): void {
  for (let i = 1; i < d.tokens.length; i++) {
    const s = sentOf[i], p = sentOf[i - 1];
    if (s === p || s < 0 || p < 0 || !afterSpelledLetter(d, i)) continue;
    const [, e] = sentTokens[s];
    for (let k = i; k < e; k++) sentOf[k] = p;
    sentTokens[p][1] = e;
    sentTokens[s] = [e, e];
  }
}

/**
 * The paired quotations of every block (`quotes`, when already paired); in Arabic, a block where an unmatched
 * straight closing mark put the pairs out of step is paired again (quote-sides.ts).
 */
function quotationsOf(input: FindInput, lex: Lexicon, quotes?: readonly QuoteSpan[]): QuoteSpan[] {
  const all = quotes ? [...quotes] : input.blocks.flatMap((b) => pairQuotes(input.text, b.start, b.end));
  return lex.lang === 'ar' ? sidedQuotes(input.text, all, input.blocks) : withRunOnQuotes(input.text, all, input.blocks);
}

/** The text between token i - 1 and token i (punctuation and spaces). */
/** hitStarts bits: a hit of any kind, a cue, a source phrase starts at the token. */
const HIT_ANY = 1, HIT_CUE = 2, HIT_SOURCE = 4;

/** Records the article's hits and, per token, which kinds start there. */
export function setHits(doc: Doc, hits: Hit[]): void {
  doc.hits = hits;
  doc.hitStarts.fill(0);
  for (const h of hits) doc.hitStarts[h.start] |= HIT_ANY | (h.type === 'cue' ? HIT_CUE : h.type === 'source' ? HIT_SOURCE : 0);
}

/** True when a hit (cue, source or hedge phrase) starts at token i. */
export const hitStartsAt = (doc: Doc, i: number): boolean => (doc.hitStarts[i] & HIT_ANY) !== 0;
/** True when a cue starts at token i. */
export const cueStartsAt = (doc: Doc, i: number): boolean => (doc.hitStarts[i] & HIT_CUE) !== 0;
/** True when a source phrase (according to, بحسب) starts at token i. */
export const sourceStartsAt = (doc: Doc, i: number): boolean => (doc.hitStarts[i] & HIT_SOURCE) !== 0;

export function gapBefore(doc: Doc, i: number): string {
  const from = i > 0 ? doc.tokens[i - 1].end : 0;
  return doc.text.slice(from, doc.tokens[i]?.start ?? doc.text.length);
}

/** True when the gap before token i (as gapBefore reads it) holds one of `chars` (a gapChars mask). */
export function gapHas(doc: Doc, i: number, chars: GapChars): boolean {
  if (i >= 0 && i < doc.gaps.length) return (doc.gaps[i] & chars) !== 0;
  // Before the first word gapBefore reads from the text start to its end; past the last one it fails as gapBefore does.
  const from = i > 0 ? doc.tokens[i - 1].end : 0;
  return (charsIn(doc.text, from, doc.tokens[i]?.start ?? doc.text.length) & chars) !== 0;
}

/** The longest title phrase of the lexicon starting at token i (the chunkers ask again for the same words). */
export function titleAt(doc: Doc, i: number): TitleMatch | undefined {
  if (!(i >= 0 && i < doc.titlesAt.length)) return doc.lex.titles.first(doc.keys, i, [doc.keys[i]]);
  let t = doc.titlesAt[i];
  if (t === undefined) {
    // Most words start no title: told by a look-up per distinct word, before any matching.
    t = doc.titlesAt[i] = titleStarters(doc.lex).get(doc.tokens[i]) === 0 ? null : doc.lex.titles.first(doc.keys, i, [doc.keys[i]]) ?? null;
  }
  return t ?? undefined;
}

const titleStartersOf = new WeakMap<Lexicon, PerWord>();
/** 1 for a word whose key is the first word of a title phrase of the lexicon, once per distinct word and lexicon. */
function titleStarters(lex: Lexicon): PerWord {
  let table = titleStartersOf.get(lex);
  if (!table) {
    const first = new Set(lex.titles.firstKeys());
    table = new PerWord((w) => (first.has(w.key) ? 1 : 0));
    titleStartersOf.set(lex, table);
  }
  return table;
}

/** The text between token i and token i + 1. */
export function gapAfter(doc: Doc, i: number): string {
  return gapBefore(doc, i + 1);
}

/** The quotation whose opening mark is in the gap before token i, if any. */
export function quoteOpeningAt(doc: Doc, i: number): QuoteSpan | undefined {
  const from = i > 0 ? doc.tokens[i - 1].end : 0, to = doc.tokens[i]?.start ?? doc.text.length;
  // A loop, not quotes.find: rules ask this at many words, and a closure per call cost more than the test.
  for (const q of doc.quotes) if (q.open >= from && q.start <= to) return q;
  return undefined;
}

/** True when character offset `at` lies inside a quotation (between its marks). */
export function insideQuote(doc: Doc, at: number): boolean {
  for (const q of doc.quotes) if (q.start <= at && at < q.end) return true;
  return false;
}

/** The quotation whose closing mark is in the gap before token i (or at the text end), if any. */
export function quoteClosingBefore(doc: Doc, i: number): QuoteSpan | undefined {
  const from = i > 0 ? doc.tokens[i - 1].end : 0, to = doc.tokens[i]?.start ?? doc.text.length;
  for (const q of doc.quotes) if (q.end >= from && q.end <= to) return q;
  return undefined;
}

/** Last token index + 1 of the sentence of token i. */
export function sentenceEnd(doc: Doc, i: number): number {
  return doc.sentTokens[doc.sentOf[i]]?.[1] ?? doc.tokens.length;
}

export function sentenceStart(doc: Doc, i: number): number {
  return doc.sentTokens[doc.sentOf[i]]?.[0] ?? 0;
}

/** English titles written abbreviated with a full stop before a name (said Ms. Gillard, according to Dr. Ann Lee); the
 * sentence splitter (text/sentences.ts) keeps them inside their sentence. */
export const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'supt', 'insp']);

/**
 * True when the gap before token i is the dot of an initial (U.S. Attorney, John R. Smith), of an abbreviated Arabic
 * title (د. سلمى، م. هند، أ.د. خالد: a one-letter title of the lexicon), of an English one before a name (Dr. Ann
 * Lee) or inside a web site's name (Znak.com): no break of a phrase.
 */
export function afterInitial(doc: Doc, i: number): boolean {
  if (i <= 0 || !/^\.\s?$/.test(gapBefore(doc, i))) return false;
  const prev = doc.tokens[i - 1].text;
  return /^\p{Lu}$/u.test(prev) || (doc.keys[i - 1].length === 1 && doc.lex.titleWords.has(doc.keys[i - 1]))
    || TITLE_ABBREVIATIONS.has(doc.keys[i - 1]) && /^\p{Lu}/u.test(doc.tokens[i].text) || inDomainName(doc, i);
}

/** Last labels of a web site's name (Znak.com, News.com.au). */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'info', 'co', 'au', 'uk', 'ru', 'in', 'ua', 'de', 'fr']);

/** True when token i is a web site's label after a bare dot (Znak.com): the dot ends no name. */
export function inDomainName(doc: Doc, i: number): boolean {
  return i > 0 && DOMAIN_ENDINGS.has(doc.tokens[i].text) && doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start) === '.';
}
