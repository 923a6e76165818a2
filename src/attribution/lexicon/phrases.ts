import { matchKey } from '../../text/normalize/arabic.js';

/** A multi-word entry indexed by the match key of its first word. */
export interface PhraseEntry<T> {
  keys: string[];
  /** The last word is a proclitic (`وفقا لـ`): the next token must start with it. */
  prefixTail?: string;
  value: T;
}

/** Phrases keyed by first-word match key, longest first: one Map lookup per token, no regex per entry. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  add(phrase: string, value: T): void {
    const words = phrase.split(/\s+/).filter(Boolean).map(matchKey);
    let prefixTail: string | undefined;
    if (words.length > 1 && words[words.length - 1].length === 1) prefixTail = words.pop();
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ keys: words, prefixTail, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(words[0], list);
  }

  /**
   * Entries whose words match `keys` from position `at`, the first word looked up under each of
   * `firstForms` (the token and its forms without a conjunction). Returns [entry, tokens used].
   */
  match(keys: readonly string[], at: number, firstForms: readonly string[]): [PhraseEntry<T>, number][] {
    let out: [PhraseEntry<T>, number][] | undefined;
    for (const form of firstForms) {
      const list = this.byFirst.get(form);
      if (!list) continue;
      for (const e of list) if (matchesAt(e, keys, at)) (out ??= []).push([e, e.keys.length]);
      if (out) break;
    }
    // Most tokens start no phrase: a fresh empty array (callers may keep it) without building one first.
    return out ?? [];
  }

  /** `match(keys, at, firstForms)[0]` (the longest entry of the first form that has one), without the list. */
  first(keys: readonly string[], at: number, firstForms: readonly string[]): [PhraseEntry<T>, number] | undefined {
    for (const form of firstForms) {
      const list = this.byFirst.get(form);
      if (!list) continue;
      for (const e of list) if (matchesAt(e, keys, at)) return [e, e.keys.length];
    }
    return undefined;
  }

  /** Match keys that start some phrase. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

/** Whether entry e (its first word already looked up) matches `keys` from `at`: its other words, and its proclitic tail. */
function matchesAt<T>(e: PhraseEntry<T>, keys: readonly string[], at: number): boolean {
  for (let k = 1; k < e.keys.length; k++) if (keys[at + k] !== e.keys[k]) return false;
  if (!e.prefixTail) return true;
  const next = keys[at + e.keys.length];
  return next !== undefined && next.startsWith(e.prefixTail);
}
