import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';

// خصومه الذين يتهمونه بالفساد: a party named by its relation to someone, with a possessive pronoun, before the relative
// pronoun of a cue is the cue's speaker; the words are no title, so the antecedent walk (antecedent.ts) finds no head.

/** Relation nouns before the possessive pronoun, as match keys (possessed-parties.tsv). */
const relations = lazyKeySet('ar', 'possessed-parties.tsv');
/** Possessive pronouns a relation noun carries, as match keys, longest first. */
const POSSESSIVES = /(هما|هم|ها|ه)$/;

/** True when token i is a listed relation noun with a possessive pronoun (خصومه، منتقديها، أنصارهم). */
export function possessedPartyAt(doc: Doc, i: number): boolean {
  const key = doc.keys[i]?.replace(/^[وفل]/, '') ?? '';
  const m = POSSESSIVES.exec(key);
  return !!m && relations().has(key.slice(0, -m[0].length));
}
