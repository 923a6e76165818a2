import { charRange, commaBefore } from '../clause.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { definiteAt } from './speaker-words.js';
import { boundPhrase, partyAt } from './target-parties.js';

// أدان التفجير الإرهابي، واصفا إياه جريمة حرب، أدانت قصف المتمردين: an accusation whose object is an act names its
// doer in construct after the bare act noun, or no one (GUIDELINES `targets`: the accused is a party, not the act).

/** data/lexicons/ar/targets-acts.tsv: nouns of an act or a wrong, as match keys. */
const actNouns = lazyKeySet('ar', 'targets-acts.tsv');
/** A ب written on the object of a condemnation (ندد بوحشية), as match-key letters. */
const BI = 'ب';

/** True when token k is an act noun, an attached ب read off (بوحشية). */
export function actAt(doc: Doc, k: number): boolean {
  const key = doc.keys[k];
  return actNouns().has(key) || key.startsWith(BI) && actNouns().has(key.slice(BI.length));
}

/**
 * The doer of the act noun at token k, named in construct right after it (قصف المتمردين، بوحشية النظام الأسدي): a party
 * or a definite noun after a bare act noun (not العملية الإرهابية, an adjective after a definite one); or null.
 */
export function actDoer(doc: Doc, k: number, end: number): [number, number] | null {
  const d = k + 1;
  if (d >= end || definiteAt(doc, k) || commaBefore(doc, d) || !(partyAt(doc, d) || definiteAt(doc, d) && !doc.lex.words.has(doc.keys[d]))) return null;
  const t = boundPhrase(doc, d, end);
  // (قصف المتمردين في اليمن: the doer's phrase, not the place after it.)
  return t ?? charRange(doc, d, d + 1);
}
