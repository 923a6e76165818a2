/**
 * The stopwords as a trie over their langKey, walked one character at a time while the sample is
 * scanned, so that a word is looked up without being cut out, normalised and hashed. A character
 * enters langKey on its own (langKey of a word is the langKey of its characters, joined) unless it
 * composes with its neighbours: such a word, and any word with a character outside the table, is
 * looked up by its langKey instead.
 */
import type { Lang } from '../../model/index.js';
import { langKey, stopwords } from './stopwords.js';

export interface TrieNode {
  next: Map<number, TrieNode>;
  /** The languages whose stopword ends here. */
  langs?: ReadonlySet<Lang>;
}

/** Code unit ranges [from, to) whose langKey is tabulated: Latin to Arabic; the general punctuation block with its format controls. */
const TABULATED: readonly [number, number][] = [[0x0000, 0x0700], [0x2000, 0x2070], [0xfeff, 0xff00]];
/**
 * Characters that change with their neighbours: NFC composes the Arabic madda and hamza marks with the
 * letter before (ا + ٔ → أ), and the capital sigma lower-cases to ς at the end of a word.
 */
const CONTEXTUAL = new Set([0x0653, 0x0654, 0x0655, 0x03a3]);
/** A combining mark that langKey keeps may compose with the letter before it under NFC (e + ́ → é). */
const MARK = /^\p{M}$/u;

/** `keyOf[c]`: the langKey of code unit c alone, or undefined when c must be looked up with its word. */
export interface StopwordTrie {
  root: TrieNode;
  keyOf: (string | undefined)[];
}

let trie: StopwordTrie | undefined;

export function stopwordTrie(): StopwordTrie {
  if (trie) return trie;
  const root: TrieNode = { next: new Map() };
  for (const [key, langs] of stopwords()) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.langs = langs;
  }
  const keyOf: (string | undefined)[] = new Array(0x10000).fill(undefined);
  for (const [from, to] of TABULATED) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      const key = langKey(ch);
      if (CONTEXTUAL.has(c) || (MARK.test(ch) && key !== '')) continue;
      keyOf[c] = key;
    }
  }
  trie = { root, keyOf };
  return trie;
}
