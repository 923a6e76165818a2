import { PerWord, type WordLike } from '../text/per-word.js';
import type { Tok } from './keys.js';

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
  /** Per distinct word, which of its forms are the first key of an entry (formMask); made afresh after an add. */
  private starters: PerWord | undefined;
  /** Per distinct word, which of its forms are a later key of some entry (formMask); made afresh after an add. */
  private followers: PerWord | undefined;
  size = 0;

  add(keys: readonly string[], value: T): void {
    let node = this.root;
    this.starters = this.followers = undefined;
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

  /** Values stored under the one key `key`: get([key]) without making an array (asked of most words). */
  getOne(key: string): readonly T[] {
    return this.root.next.get(key)?.out ?? NONE;
  }

  /**
   * The longest match starting at token `from` (fewest stripped clitics on a tie), counting only values that
   * `accept` keeps. Words after the first must follow with a tight gap.
   */
  longestAt(toks: readonly Tok[], from: number, accept: (v: T, from: number, to: number) => boolean): TrieHit<T> | undefined {
    // Most words start no entry: answer them without setting up a walk.
    const firstMask = this.startMask(toks[from]);
    if (firstMask === 0) return undefined;
    const state: Walk<T> = { toks, from, accept, best: undefined, first: '', firstMask };
    this.walk(state, this.root, from, 0);
    return state.best;
  }

  /** True when one of the word's forms is the first key of an entry (asked once per distinct word). */
  startsAt(tok: WordLike | undefined): boolean {
    return this.startMask(tok) !== 0;
  }

  private startMask(tok: WordLike | undefined): number {
    if (!tok) return 0;
    return (this.starters ??= startersOf(this.root)).get(tok);
  }

  private followMask(tok: Tok): number {
    if (!this.followers) {
      const later = laterKeys(this.root);
      this.followers = new PerWord((w) => formMask(w.forms, (f) => later.has(f)));
    }
    return this.followers.get(tok);
  }

  // A depth-first walk over the forms of each word (one to four forms, so the branching stays small).
  private walk(st: Walk<T>, node: Node<T>, i: number, stripped: number): void {
    const tok = st.toks[i];
    if (!tok || (i > st.from && tok.gap !== 'tight')) return;
    // Forms that are no key at this depth are known without a look-up in the node's map (most words are no alias word).
    const mask = i === st.from ? st.firstMask : this.followMask(tok);
    if (mask === 0) return;
    const forms = tok.forms;
    for (let fi = 0; fi < forms.length; fi++) {
      if (!hasForm(mask, fi)) continue;
      const n = node.next.get(forms[fi]);
      if (!n) continue;
      const s = stripped + fi;
      if (i === st.from) st.first = forms[fi];
      if (n.out.length) {
        const best = st.best;
        if (!best || i + 1 > best.to || (i + 1 === best.to && s < best.stripped)) {
          const values = accepted(n.out, st, i + 1);
          if (values) st.best = { from: st.from, to: i + 1, values, stripped: s, firstForm: st.first };
        }
      }
      if (n.next.size) this.walk(st, n, i + 1, s);
    }
  }
}

/** What getOne answers for a key that is no entry. */
const NONE: readonly never[] = Object.freeze([]);

interface Walk<T> {
  toks: readonly Tok[];
  from: number;
  accept: (v: T, from: number, to: number) => boolean;
  best: TrieHit<T> | undefined;
  first: string;
  /** formMask of the first word. */
  firstMask: number;
}

/**
 * The starters table of a trie's root. Made here rather than in startMask: a closure there would capture `this`,
 * and a function whose variables a closure captures allocates their context at every call (startMask runs at
 * every word).
 */
function startersOf<T>(root: Node<T>): PerWord {
  return new PerWord((w) => formMask(w.forms, (f) => root.next.has(f)));
}

/** Every key below the first level of the trie (the words an entry may continue with). */
function laterKeys<T>(root: Node<T>): Set<string> {
  const out = new Set<string>();
  const stack = [...root.next.values()];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const [key, child] of node.next) {
      out.add(key);
      stack.push(child);
    }
  }
  return out;
}

/** The values of a node that `accept` keeps for tokens [from, to), or undefined when none (no array made then). */
function accepted<T>(out: readonly T[], st: Walk<T>, to: number): T[] | undefined {
  let kept: T[] | undefined;
  for (const v of out) if (st.accept(v, st.from, to)) (kept ??= []).push(v);
  return kept;
}

/** Forms told apart by a mask; any form past them shares the last bit. */
const MASK_FORMS = 15;

/** A bit per form of a word that `starts` (form index i → bit i; forms from MASK_FORMS - 1 on share the last bit). */
function formMask(forms: readonly string[], starts: (form: string) => boolean): number {
  let mask = 0;
  for (let i = 0; i < forms.length; i++) if (starts(forms[i])) mask |= 1 << Math.min(i, MASK_FORMS - 1);
  return mask;
}

/** True when form i of a word may start an entry, by its formMask. */
function hasForm(mask: number, i: number): boolean {
  return (mask & (1 << Math.min(i, MASK_FORMS - 1))) !== 0;
}
