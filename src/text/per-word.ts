/**
 * A small number per distinct word (a lexeme of ./words.ts), computed on the word's first sight and kept while
 * the word memo keeps the word. What a stage asks of a word alone (does one of its forms start a gazetteer
 * alias, a title, a cue?) is then answered once per process instead of at every occurrence, and a word that
 * starts nothing is passed over without hashing or comparing its strings.
 */
import { lexemeGeneration, type Word } from './words.js';

/** Largest value a table keeps (values are stored + 1 in 16 bits, 0 meaning "not computed yet"). */
export const MAX_PER_WORD_VALUE = 0xfffe;

/** Slots a table starts with; it doubles as words are seen (at most one slot per lexeme of the memo). */
const INITIAL_SLOTS = 1 << 12;

/** The words a per-word value is computed from: anything carrying a lexeme id and the lexeme's fields. */
export type WordLike = Pick<Word, 'id' | 'key' | 'forms' | 'text' | 'arabic' | 'cap' | 'upper'>;

export class PerWord {
  private values = new Uint16Array(INITIAL_SLOTS);
  /** Lexeme id of slot 0: the first id of the memo's generation when the table (re)started. */
  private base = -1;

  /** `compute` must depend on the lexeme only (its key, forms, text, case), never on the word's place. */
  constructor(private readonly compute: (w: WordLike) => number) {}

  get(w: WordLike): number {
    const generation = lexemeGeneration();
    if (this.base !== generation) this.restart(generation);
    const slot = w.id - this.base;
    // A lexeme the memo has since dropped (a word of a text scanned before the memo was emptied).
    if (slot < 0) return this.checked(w);
    if (slot >= this.values.length) this.grow(slot);
    const v = this.values[slot];
    if (v !== 0) return v - 1;
    const computed = this.checked(w);
    this.values[slot] = computed + 1;
    return computed;
  }

  private checked(w: WordLike): number {
    const v = this.compute(w);
    if (!(v >= 0 && v <= MAX_PER_WORD_VALUE) || v !== Math.floor(v)) throw new RangeError(`per-word value ${v} is not an integer in 0..${MAX_PER_WORD_VALUE}`);
    return v;
  }

  private restart(generation: number): void {
    this.base = generation;
    this.values = new Uint16Array(INITIAL_SLOTS);
  }

  private grow(slot: number): void {
    let n = this.values.length * 2;
    while (n <= slot) n *= 2;
    const values = new Uint16Array(n);
    values.set(this.values);
    this.values = values;
  }
}

/**
 * A value of any kind per distinct word (a string, a list), kept like PerWord's: by lexeme id, in an array
 * reset with the word memo's generation. For values a small number cannot hold; `undefined` means "not yet".
 */
export class PerWordMemo<W extends { id: number }, T> {
  private values: (T | undefined)[] = new Array(INITIAL_SLOTS).fill(undefined);
  private base = -1;

  /** `compute` must depend on the lexeme only, never on the word's place. */
  constructor(private readonly compute: (w: W) => T) {}

  get(w: W): T {
    const generation = lexemeGeneration();
    if (this.base !== generation) {
      this.base = generation;
      this.values = new Array(INITIAL_SLOTS).fill(undefined);
    }
    const slot = w.id - this.base;
    if (slot < 0) return this.compute(w);
    // Grown by doubling and filled, so that the array stays dense (a far write would make it a dictionary).
    if (slot >= this.values.length) {
      let n = this.values.length * 2;
      while (n <= slot) n *= 2;
      this.values = this.values.concat(new Array(n - this.values.length).fill(undefined));
    }
    let v = this.values[slot];
    if (v === undefined) this.values[slot] = v = this.compute(w);
    return v;
  }
}
