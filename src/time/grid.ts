/**
 * The atoms of a text (lexicon phrases and numbers, in order) with word-adjacency lookups,
 * and the expressions the grammar builds from them.
 */
import type { Meaning, Role, Unit } from './lexicon.js';
import type { Word } from './words.js';

/** One lexicon phrase or number found in the text. */
export interface Atom {
  /** Position in Grid.atoms. */
  i: number;
  start: number;
  end: number;
  /** Words [w, wEnd) it covers. */
  w: number;
  wEnd: number;
  meanings: Meaning[];
  /** Latin form written with a capital (English months and weekdays must be). */
  cased: boolean;
  /** Latin script (so `cased` matters). */
  latin: boolean;
}

export type Part = 'begin' | 'mid' | 'end';

/** What an expression says, before it is resolved against the publication date. */
export type What =
  | {
      type: 'date'; cal: 'greg' | 'hijri'; y?: number; m: number; d?: number; part?: Part;
      /** Without a year: يونيو الماضي (last), سبتمبر المقبل (next). */
      dir?: 'last' | 'next';
      /** Without a year: years from D's (يونيو من العام الماضي = −1). */
      yearOffset?: number;
    }
  | { type: 'year'; cal: 'greg' | 'hijri'; y: number }
  | { type: 'weekday'; weekday: number; dir?: 'last' | 'next' }
  | { type: 'period'; unit: Unit; n: number; part?: Part; /** A day of that month: 18 من الشهر الحالي. */ day?: number }
  | { type: 'ago'; unit: Unit; n: number }
  | { type: 'recent' }
  | { type: 'anaphoric' };

export interface Expr {
  start: number;
  end: number;
  /** First word, for the tense window. */
  w: number;
  what: What;
  /** Id of the grammar rule that built it (`ar-day-month-year`, `en-last-unit`). */
  rule: string;
  /** The sentence speaks of the future (set by 04-tense for expressions without an explicit direction). */
  future?: boolean;
  /** The sentence speaks of the past (likewise): a date without a year is the most recent one. */
  past?: boolean;
}

type MeaningOf<K extends Meaning['kind']> = Extract<Meaning, { kind: K }>;

/** Only whitespace between two atoms. */
export const SPACE_GAP = /^\s*$/;
/** The Arabic preposition من "of", allowed between a day and its month (الثامن من يوليو). */
export const FROM_WORD = 'من';
/** Whitespace, or من between spaces. */
export const FROM_GAP = new RegExp(`^\\s*(?:${FROM_WORD}\\s+)?$`);

export class Grid {
  private readonly byStart: Int32Array;
  private readonly byEnd: Int32Array;
  private readonly used: Uint8Array;

  constructor(
    readonly text: string,
    readonly words: readonly Word[],
    readonly atoms: Atom[],
  ) {
    this.byStart = new Int32Array(words.length + 1).fill(-1);
    this.byEnd = new Int32Array(words.length + 1).fill(-1);
    for (const a of atoms) {
      this.byStart[a.w] = a.i;
      this.byEnd[a.wEnd] = a.i;
    }
    this.used = new Uint8Array(atoms.length);
  }

  /** The unused atom right after `a` when the text between them matches `gap` (which may hold من). */
  next(a: Atom, gap: RegExp = SPACE_GAP): Atom | undefined {
    let j = this.byStart[a.wEnd] ?? -1;
    if (j < 0 && this.words[a.wEnd]?.key === FROM_WORD) j = this.byStart[a.wEnd + 1] ?? -1;
    if (j < 0 || this.used[j]) return undefined;
    const b = this.atoms[j];
    return gap.test(this.text.slice(a.end, b.start)) ? b : undefined;
  }

  /** The unused atom right before `a` when the text between them matches `gap` (which may hold من). */
  prev(a: Atom, gap: RegExp = SPACE_GAP): Atom | undefined {
    let j = this.byEnd[a.w] ?? -1;
    if (j < 0 && a.w > 0 && this.words[a.w - 1].key === FROM_WORD) j = this.byEnd[a.w - 1] ?? -1;
    if (j < 0 || this.used[j]) return undefined;
    const b = this.atoms[j];
    return gap.test(this.text.slice(b.end, a.start)) ? b : undefined;
  }

  /** The atom (used or not) starting at word w. */
  atomAtWord(w: number): Atom | undefined {
    const j = this.byStart[w];
    return j === undefined || j < 0 ? undefined : this.atoms[j];
  }

  isUsed(a: Atom): boolean {
    return this.used[a.i] === 1;
  }

  /** Marks atoms first..last as taken by an expression and returns the expression. */
  take(first: Atom, last: Atom, what: What, rule: string, end = last.end): Expr {
    for (let i = first.i; i <= last.i; i++) this.used[i] = 1;
    return { start: first.start, end, w: first.w, what, rule };
  }
}

/** The first meaning of a kind, if the atom has one. */
export function meaning<K extends Meaning['kind']>(a: Atom | undefined, kind: K): MeaningOf<K> | undefined {
  if (!a) return undefined;
  for (const m of a.meanings) if (m.kind === kind) return m as MeaningOf<K>;
  return undefined;
}

/** Whether the atom can play a modifier role. */
export function hasRole(a: Atom | undefined, ...roles: Role[]): boolean {
  if (!a) return false;
  // A loop, not some(): no closure over `roles` at every call (it is asked of most atoms, several times).
  for (const m of a.meanings) if (m.kind === 'mod' && roles.includes(m.role)) return true;
  return false;
}

/** The first of `roles` that the atom can play. */
export function roleOf<R extends Role>(a: Atom | undefined, roles: readonly R[]): R | undefined {
  if (!a) return undefined;
  for (const m of a.meanings) if (m.kind === 'mod' && (roles as readonly Role[]).includes(m.role)) return m.role as R;
  return undefined;
}
