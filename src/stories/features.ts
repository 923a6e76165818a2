import { stopwords } from '../extract/language/stopwords.js';
import { fingerprint, type FingerprintInput } from '../republish/fingerprint.js';
import { hashString } from '../republish/hash.js';
import { minhash } from '../republish/minhash.js';
import { paragraphTokens } from '../republish/paragraph-tokens.js';
import { matchKey } from '../text/normalize/arabic.js';
import { pairQuotes } from '../text/sentences-quotes.js';
import { tokenize, type Token } from '../text/tokens.js';
import { MAX_ANCHORS, MIN_WORD_CHARS, QUOTE_ANCHOR_WORDS, STORY_HASHES, STORY_NAME_KEYS } from './constants.js';

/** What an article is compared on to find its story: ~250 bytes. */
export interface StoryFeatures {
  /** Days since 1970-01-01 of its publication (else ingestion). */
  day: number;
  /** MinHash of its content words (STORY_HASHES uint32s). */
  signature: Uint32Array;
  /** Hashes of its entity ids, numbers, dates and quotations' openings, distinct, in text order. */
  anchors: Uint32Array;
  /** Its language (`ar`, `en`): content words meet only in one language; across two, anchors decide. */
  lang: string;
  /** Bit i set when anchors[i] is a quotation's opening: words, which never meet across languages (0 when absent). */
  quotes?: number;
  /**
   * 16-bit hashes of name skeletons (src/republish/names.ts), compared across languages only, likeliest names first:
   * an English article's capitalised names, an Arabic article's first STORY_NAME_KEYS word skeletons (every Arabic
   * word may be a name; those without the article come first). Rows stored before this order are sorted by value.
   */
  names?: Uint16Array;
  /** What translation detection weighs beside the anchors (src/republish/translation.ts); absent on rows stored before it. */
  outline?: StoryOutline;
}

/** An article's outline across languages: its size and how its anchors divide into kinds. */
export interface StoryOutline {
  /** Words, paragraphs and paired quotations (src/republish/fingerprint.ts). */
  words: number;
  paragraphs: number;
  quotations: number;
  /** Of the anchors, how many are entity ids (the first ones) and dates (the next ones); quotations (`quotes`) and numbers follow. */
  entities: number;
  dates: number;
}

/** An outline as the store keeps it: its numbers in a fixed order. */
export const outlineRow = (o: StoryOutline): number[] => [o.words, o.paragraphs, o.quotations, o.entities, o.dates];
export const outlineFromRow = ([words, paragraphs, quotations, entities, dates]: readonly number[]): StoryOutline => ({ words, paragraphs, quotations, entities, dates });

const MS_PER_DAY = 86_400_000;
/** The tag of a quotation anchor. */
const QUOTE_TAG = 'q:';
/** Days since the epoch of an ISO date or date-time (its date part as written). */
export const dayOf = (iso: string): number => Math.floor(Date.parse(iso.slice(0, 10)) / MS_PER_DAY);

let stops: Set<string> | undefined;
const stopKeys = () => (stops ??= new Set([...stopwords().keys()].map(matchKey)));

const PREFIX = /^(?:[وف]?ال|[وفبل](?=ال)|[وف])(?=..)/u;

/** A word's key without the conjunction و/ف and the article ال: "والرئيس" and "الرئيس" meet. */
export function contentKey(key: string): string {
  return key.replace(PREFIX, '').replace(/^ال(?=...)/u, '');
}

/** The distinct content words of a text (no stopwords, nothing shorter than MIN_WORD_CHARS). */
export function contentWords(text: string): Set<string> {
  return addContentWords(new Set<string>(), tokenize(text));
}

function addContentWords(out: Set<string>, tokens: readonly Token[]): Set<string> {
  const stop = stopKeys();
  for (const t of tokens) {
    if (stop.has(t.key) || /^\d+$/.test(t.key)) continue;
    const k = contentKey(t.key);
    if (k.length >= MIN_WORD_CHARS && !stop.has(k)) out.add(k);
  }
  return out;
}

/** Distinct 16-bit hashes of the first STORY_NAME_KEYS name skeletons, in their order (a chance clash: 1 in 65,536 a pair). */
function nameHashes(names: readonly string[]): Uint16Array {
  return Uint16Array.from(new Set(names.slice(0, STORY_NAME_KEYS).map((n) => hashString(n) & 0xffff)));
}

export function storyFeatures(input: FingerprintInput, at: string): StoryFeatures {
  const { title, paragraphs } = input.article;
  const text = [title, ...paragraphs].join('\n\n');
  // The content words of the title and paragraphs joined: of each, with the paragraphs' words scanned once per article.
  const words = addContentWords(new Set<string>(), tokenize(title));
  for (const ts of paragraphTokens(input.article)) addContentWords(words, ts);
  const fp = fingerprint(input);
  const quotes = pairQuotes(text).map((q) => [...contentWords(text.slice(q.start, q.end))].slice(0, QUOTE_ANCHOR_WORDS).join(' ')).filter(Boolean);
  const anchors = [...new Set([
    ...fp.entities.map((e) => `e:${e}`), ...fp.dates.map((d) => `d:${d}`), ...quotes.map((q) => `${QUOTE_TAG}${q}`), ...fp.numbers.map((n) => `n:${n}`),
  ])].slice(0, MAX_ANCHORS);
  const entities = Math.min(new Set(fp.entities).size, anchors.length);
  const outline: StoryOutline = {
    words: fp.words, paragraphs: fp.paragraphs, quotations: fp.quotes, entities, dates: Math.min(new Set(fp.dates).size, anchors.length - entities),
  };
  const quoteMask = anchors.reduce((mask, a, i) => (a.startsWith(QUOTE_TAG) ? mask | (1 << i) : mask), 0);
  return {
    day: dayOf(at),
    signature: minhash([...words].map((w) => hashString(w)), STORY_HASHES),
    anchors: Uint32Array.from(anchors.map((a) => hashString(a))),
    lang: input.article.language,
    ...(quoteMask ? { quotes: quoteMask } : {}),
    ...(fp.names?.length ? { names: nameHashes(fp.names) } : {}),
    outline,
  };
}
