/**
 * Step 4: tense. An expression without an explicit direction (a weekday without الماضي/المقبل,
 * a month or date without a year) looks forward when its sentence speaks of the future:
 * a `future` word (سوف, المقرر, will) or a سيـ/ستـ/سنـ verb among the words just before it;
 * and back when a `past-tense` word (منذ, كان, since) is nearer before it.
 */
import { FUTURE_VERB_MIN_LETTERS, FUTURE_WINDOW_WORDS } from './constants.js';
import { hasRole, type Expr, type Grid } from './grid.js';
import type { Sentence } from '../model/analysis.js';
import type { PhraseIndex } from './lexicon.js';
import { matchKey } from '../text/normalize/arabic.js';

/** The future particle سـ before an imperfect prefix (يـ he, تـ she/you, نـ we). */
const FUTURE_PREFIX = new RegExp(`^[${matchKey('وف')}]?${matchKey('س')}[${matchKey('يتن')}]`);
/** A conjunction before the future verb (وسيزور). */
const CONJUNCTION = new RegExp(`^[${matchKey('وف')}]`);
/** Shortest `not-future-prefix` tried (letters). */
const FUTURE_PREFIX_MIN = 3;

function needsTense(e: Expr): boolean {
  return (e.what.type === 'weekday' && !e.what.dir) || (e.what.type === 'date' && e.what.y === undefined);
}

function sentenceStart(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { found = sentences[mid].start; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Keys that start words which are not future verbs (`not-future-prefix` rows), per index. */
const NOT_FUTURE_PREFIXES = new WeakMap<PhraseIndex, Set<string>>();

function notFuturePrefixes(index: PhraseIndex): Set<string> {
  let set = NOT_FUTURE_PREFIXES.get(index);
  if (!set) {
    set = new Set();
    for (const list of index.byFirst.values()) {
      for (const p of list) if (p.meanings.some((m) => m.kind === 'mod' && m.role === 'not-future-prefix')) set.add(p.keys[0]);
    }
    NOT_FUTURE_PREFIXES.set(index, set);
  }
  return set;
}

function isFutureWord(g: Grid, w: number, prefixes: Set<string>): boolean {
  const atom = g.atomAtWord(w);
  if (atom) return hasRole(atom, 'future');
  const key = g.words[w].key;
  if (!FUTURE_PREFIX.test(key)) return false;
  const stem = key.replace(CONJUNCTION, '');
  if (stem.length < FUTURE_VERB_MIN_LETTERS) return false;
  for (let n = FUTURE_PREFIX_MIN; n <= stem.length; n++) if (prefixes.has(stem.slice(0, n))) return false;
  return true;
}

export function markFuture(g: Grid, exprs: Expr[], sentences: Sentence[], index: PhraseIndex): void {
  const prefixes = notFuturePrefixes(index);
  for (const e of exprs) {
    if (!needsTense(e)) continue;
    const from = sentenceStart(sentences, e.start);
    for (let w = e.w - 1, seen = 0; w >= 0 && seen < FUTURE_WINDOW_WORDS && g.words[w].start >= from; w--, seen++) {
      if (isFutureWord(g, w, prefixes)) {
        e.future = true;
        break;
      }
      if (hasRole(g.atomAtWord(w), 'past-tense')) {
        e.past = true;
        break;
      }
    }
  }
}
