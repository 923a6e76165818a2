import { indexKeys } from '../text/normalize/clitics.js';
import { tokenize, type Token } from '../text/tokens.js';

/** Words in a search snippet. */
export const SNIPPET_WORDS = 30;
/** Words shown before the first hit. */
export const SNIPPET_WORDS_BEFORE = 10;

/** A piece of a snippet: display text, and whether it is a hit. */
export interface Fragment {
  text: string;
  hit: boolean;
}

/**
 * A window of ~30 words of display text around the first word found by one of the keys
 * (a word is a hit when one of its indexKeys is a query key). `null` when no word matches.
 */
export function snippetFragments(text: string, keys: readonly string[]): Fragment[] | null {
  const wanted = new Set(keys);
  const tokens = tokenize(text);
  const isHit = (t: Token) => indexKeys(t.text).some((k) => wanted.has(k));
  const first = tokens.findIndex(isHit);
  if (first < 0) return null;
  const from = Math.max(0, first - SNIPPET_WORDS_BEFORE);
  const to = Math.min(tokens.length, from + SNIPPET_WORDS);
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
  if (to < tokens.length) push(' …', false);
  return out;
}

/** Joins fragments, passing hits through `highlight` (ANSI bold in a terminal, a marker elsewhere). */
export function renderFragments(fragments: readonly Fragment[], highlight: (word: string) => string): string {
  return fragments.map((f) => (f.hit ? highlight(f.text) : f.text)).join('');
}
