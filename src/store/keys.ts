import { indexKeys, searchKey } from '../text/normalize/clitics.js';
import { PerWordMemo } from '../text/per-word.js';
import { tokenize } from '../text/tokens.js';
import { wordSpans } from '../text/word-spans.js';
import { lexemeAt, type Lexeme, type Word } from '../text/words.js';

// Search keys: what is indexed for a text, and what a query is looked up by (design/ARABIC.md §2).

/**
 * The index keys of each word seen, space-joined (null: none), by its lexeme: the text's words are found in the
 * lexeme table without copying or hashing a string (text/words.ts), and a word's keys are made once while its
 * lexeme lives, in a table by lexeme id (an article's shadow text 0.32 → 0.26 ms against a memo by the word's
 * string; an id's slot is cheaper still than a WeakMap by the lexeme).
 */
const keysOfWord = new PerWordMemo<Lexeme | Word, string | null>((w) => {
  const all = indexKeys('word' in w ? w.word : w.text);
  return all.length ? all.join(' ') : null;
});

/** Pushes the keys of the words of `t`, scanned here. */
function addTextKeys(keys: string[], t: string): void {
  const spans = wordSpans(t, 0, t.length);
  for (let j = 0; j < spans.length; j += 2) {
    const k = keysOfWord.get(lexemeAt(t, spans[j], spans[j + 1]));
    if (k !== null) keys.push(k);
  }
}

/** Every index key of every word of the texts, space-joined: the shadow text put in the full-text index. */
export function shadowText(...texts: (string | undefined)[]): string {
  const keys: string[] = [];
  for (const t of texts) if (t) addTextKeys(keys, t);
  return keys.join(' ');
}

/** A piece of an analysed text: `text` is text[start, end) when both are given (a statement's content or speaker). */
export interface Piece { text: string; start?: number; end?: number }

/** The same keys framed by spaces (` k1 k2 `), so that `like '% k %'` matches whole keys only. */
export function framedKeys(...texts: (string | undefined)[]): string {
  return ` ${shadowText(...texts)} `;
}

/**
 * The keys of pieces of an analysed text, read off the words analyze scanned (src/analyze) rather than scanned
 * again: the same keys, as a word scan of the whole text, cut where no word crosses the cut, has exactly the
 * words of a scan of the piece alone (the gaps between words hold no letter that could start one elsewhere).
 */
export class TextKeys {
  /** Keys of the strings scanned here, by string: an entity's names recur in every statement it speaks or is named in. */
  private readonly scanned = new Map<string, readonly string[]>();

  /** `words`: every word of `text`, in order (analyze's words(text)); without them every piece is scanned. */
  constructor(private readonly text: string, private readonly words?: readonly Word[]) {}

  /** shadowText of the whole text, from its words. */
  all(): string {
    const keys: string[] = [];
    if (this.words) this.addWords(keys, this.words, 0, this.words.length);
    else addTextKeys(keys, this.text);
    return keys.join(' ');
  }

  /** framedKeys of the pieces: a Piece of this text from its words, anything else scanned. */
  framed(...pieces: (string | Piece | undefined)[]): string {
    const keys: string[] = [];
    for (const p of pieces) {
      if (!p) continue;
      if (typeof p === 'string') this.addScanned(keys, p);
      else if (!this.addPiece(keys, p)) this.addScanned(keys, p.text);
    }
    return ` ${keys.join(' ')} `;
  }

  private addScanned(keys: string[], t: string): void {
    let own = this.scanned.get(t);
    if (!own) {
      const fresh: string[] = [];
      addTextKeys(fresh, t);
      this.scanned.set(t, (own = fresh));
    }
    for (const k of own) keys.push(k);
  }

  /** Pushes the keys of a piece from the words, unless it is not text[start, end) or a word crosses its edges (false). */
  private addPiece(keys: string[], p: Piece): boolean {
    const { start, end } = p;
    const ws = this.words;
    if (!ws || start === undefined || end === undefined || !p.text) return false;
    if (p.text.length !== end - start || !this.text.startsWith(p.text, start)) return false;
    const first = firstEndingAfter(ws, start);
    if (first < ws.length && ws[first].start < start) return false;
    let last = first;
    while (last < ws.length && ws[last].end <= end) last++;
    if (last < ws.length && ws[last].start < end) return false;
    this.addWords(keys, ws, first, last);
    return true;
  }

  private addWords(keys: string[], ws: readonly Word[], from: number, to: number): void {
    for (let w = from; w < to; w++) {
      const k = keysOfWord.get(ws[w]);
      if (k !== null) keys.push(k);
    }
  }
}

/** Index of the first word ending after `offset` (words.length if none does). */
function firstEndingAfter(words: readonly Word[], offset: number): number {
  let lo = 0, hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lookup key of each word of a query, in order, without repeats. */
export function queryKeys(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => searchKey(t.text)).filter(Boolean))];
}
