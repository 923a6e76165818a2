import { cliticForms } from '../text/normalize/clitics.js';
import { tokenize, type Token } from '../text/tokens.js';

/** Words in a search snippet. */
export const SNIPPET_WORDS = 30;
/** Words shown before the first hit. */
export const SNIPPET_WORDS_BEFORE = 10;
/**
 * Characters tokenized at a time while looking for the first hit: the text is read only up to the
 * snippet's last word (tokenizing and normalising whole long texts dominated search time).
 */
export const SNIPPET_CHUNK_CHARS = 600;

/** A piece of a snippet: display text, and whether it is a hit. */
export interface Fragment {
  text: string;
  hit: boolean;
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const ARTICLE = 'ال';
/** Where a chunk may end: a space or line break, never inside a word. */
const BREAK = /[ \t\n\r]/g;

/**
 * Whether a word is found by one of the keys: one of its index keys (src/text/normalize/clitics.ts
 * indexKeys) is a query key. Its forms are suffixes of its match key (or ال + a suffix, for لل), so a
 * key that ends no such suffix is ruled out without building the forms.
 */
function hitTest(keys: readonly string[]): (t: Token) => boolean {
  const wanted = new Set(keys);
  const suffixes = keys.map((k) => (k.startsWith(ARTICLE) ? k.slice(ARTICLE.length) : k));
  return (t) => {
    if (wanted.has(t.key)) return true;
    if (!ARABIC_SCRIPT.test(t.key) || !suffixes.some((s) => t.key.endsWith(s))) return false;
    return cliticForms(t.key).some((k) => wanted.has(k));
  };
}

/** The text's tokens, read chunk by chunk (cut at spaces, so no word is cut) as they are asked for. */
function lazyTokens(text: string) {
  const tokens: Token[] = [];
  let read = 0;
  /** True when token `i` exists, reading more of the text as needed. */
  const has = (i: number): boolean => {
    while (tokens.length <= i && read < text.length) {
      BREAK.lastIndex = read + SNIPPET_CHUNK_CHARS;
      const to = BREAK.lastIndex < text.length ? (BREAK.exec(text)?.index ?? text.length) : text.length;
      tokens.push(...tokenize(text, read, to));
      read = to;
    }
    return tokens.length > i;
  };
  return { tokens, has };
}

/**
 * A window of ~30 words of display text around the first word found by one of the keys
 * (a word is a hit when one of its indexKeys is a query key). `null` when no word matches.
 */
export function snippetFragments(text: string, keys: readonly string[]): Fragment[] | null {
  const isHit = hitTest(keys);
  const { tokens, has } = lazyTokens(text);
  let first = 0;
  while (has(first) && !isHit(tokens[first])) first++;
  if (!has(first)) return null;
  const from = Math.max(0, first - SNIPPET_WORDS_BEFORE);
  let to = from;
  while (to < from + SNIPPET_WORDS && has(to)) to++;
  const out: Fragment[] = [];
  const push = (s: string, hit: boolean) => {
    const clean = hit ? s : s.replace(/\s+/g, ' ');
    if (clean) out.push({ text: clean, hit });
  };
  if (from > 0) push('… ', false);
  let pos = tokens[from].start;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isHit(t)) continue;
    push(text.slice(pos, t.start), false);
    push(t.text, true);
    pos = t.end;
  }
  push(text.slice(pos, tokens[to - 1].end), false);
  if (has(to)) push(' …', false);
  return out;
}

/** Joins fragments, passing hits through `highlight` (ANSI bold in a terminal, a marker elsewhere). */
export function renderFragments(fragments: readonly Fragment[], highlight: (word: string) => string): string {
  return fragments.map((f) => (f.hit ? highlight(f.text) : f.text)).join('');
}
