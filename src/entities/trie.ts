import type { Tok } from './keys.js';

/** Size of the first-key filter in bytes (2^18 bits, 32 KB): few false positives for some 20,000 first keys. */
const FIRST_BITS_BYTES = 1 << 15;
const FIRST_BITS_MASK = FIRST_BITS_BYTES * 8 - 1;
const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** A hash of a key's characters, as a bit index of the first-key filter. */
function keyHash(k: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), FNV_PRIME);
  return (h >>> 14) & FIRST_BITS_MASK;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  out: T[];
}

export interface TrieHit<T> {
  /** First and one-past-last token index of the match. */
  from: number;
  to: number;
  values: T[];
  /** Sum of form indexes used (0 = every word matched as written; more = clitics stripped). */
  stripped: number;
  /** The form the first word matched by (`الكرملين` for `بالكرملين`). */
  firstForm: string;
}

/**
 * A trie over word keys: every alias is a path of keys, so a text is scanned once, word by word,
 * whatever the number of entries (no loop of patterns per entry).
 */
export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map(), out: [] };
  /** A bit per hash of each first key (see keyHash), small enough to stay in cache: 0 = no entry starts so. */
  private readonly firstBits = new Uint8Array(FIRST_BITS_BYTES);
  size = 0;

  add(keys: readonly string[], value: T): void {
    let node = this.root;
    if (keys.length) {
      const h = keyHash(keys[0]);
      this.firstBits[h >>> 3] |= 1 << (h & 7);
    }
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map(), out: [] }));
      node = n;
    }
    node.out.push(value);
    this.size++;
  }

  /** Values stored exactly under `keys`. */
  get(keys: readonly string[]): T[] {
    let node: Node<T> | undefined = this.root;
    for (const k of keys) node = node?.next.get(k);
    return node?.out ?? [];
  }

  /**
   * The longest match starting at token `from` (fewest stripped clitics on a tie), counting only values that
   * `accept` keeps. Words after the first must follow with a tight gap.
   */
  longestAt(toks: readonly Tok[], from: number, accept: (v: T, from: number, to: number) => boolean): TrieHit<T> | undefined {
    // Most words start no entry: answer them without setting up a walk.
    if (!this.startsAt(toks[from])) return undefined;
    const state: Walk<T> = { toks, from, accept, best: undefined, first: '' };
    this.walk(state, this.root, from, 0);
    return state.best;
  }

  /** True when one of the word's forms is the first key of an entry. */
  private startsAt(tok: Tok | undefined): boolean {
    if (!tok) return false;
    for (const f of tok.forms) {
      const h = keyHash(f);
      if (this.firstBits[h >>> 3] & (1 << (h & 7)) && this.root.next.has(f)) return true;
    }
    return false;
  }

  // A depth-first walk over the forms of each word (one to four forms, so the branching stays small).
  private walk(st: Walk<T>, node: Node<T>, i: number, stripped: number): void {
    const tok = st.toks[i];
    if (!tok || (i > st.from && tok.gap !== 'tight')) return;
    const forms = tok.forms;
    for (let fi = 0; fi < forms.length; fi++) {
      const n = node.next.get(forms[fi]);
      if (!n) continue;
      const s = stripped + fi;
      if (i === st.from) st.first = forms[fi];
      if (n.out.length) {
        const best = st.best;
        if (!best || i + 1 > best.to || (i + 1 === best.to && s < best.stripped)) {
          const values = n.out.filter((v) => st.accept(v, st.from, i + 1));
          if (values.length) st.best = { from: st.from, to: i + 1, values, stripped: s, firstForm: st.first };
        }
      }
      if (n.next.size) this.walk(st, n, i + 1, s);
    }
  }
}

interface Walk<T> {
  toks: readonly Tok[];
  from: number;
  accept: (v: T, from: number, to: number) => boolean;
  best: TrieHit<T> | undefined;
  first: string;
}
