import { CLAUSE_MARKS } from '../clause.js';
import { gapHas } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc, Hit } from '../types.js';
import { marks } from './mention-marks.js';

// طالب is the verb "demanded" and the noun "student" (and a name: علي بن أبي طالب). The noun reads in a headline such
// as طالب سعودي يحصد جائزة or طالب في جامعة …, where no one demands anything.

/** Match keys of places of study, from data/lexicons/ar/school-nouns.tsv. */
const schoolNouns = lazyKeySet('ar', 'school-nouns.tsv');
/** The bare cue word, as a match key. */
const STUDENT = 'طالب';
/** Words of lineage before a name (بن، ابن، أبي، أبو، بنت), as match keys. */
const LINEAGE = new Set(['بن', 'ابن', 'ابي', 'ابو', 'بنت']);
/** Prepositions before a place of study (في جامعة), as match keys; ب is read on the word itself (بجامعة). */
const AT = new Set(['في', 'من']);
/** A singular nisba ending (سعودي، مصرية → مصريه as a match key): ي or يه, not the plural يون/يين. */
const NISBA_SINGULAR = /ي(ه)?$/u;
/** Person prefixes of an imperfect verb (يحصد، تفوز), written first. */
const IMPERFECT = /^[يت]/u;

/** True when token i is a place of study, with في/من before it or ب on it (في جامعة، بكلية). */
function schoolAt(doc: Doc, i: number): boolean {
  const key = doc.keys[i] ?? '';
  if (AT.has(key)) return schoolNouns().has(doc.keys[i + 1] ?? '');
  return schoolNouns().has(key) || (key.startsWith('ب') && schoolNouns().has(key.slice(1)));
}

/**
 * True when the bare طالب at `hit` is a noun or a name: after a word of lineage (بن طالب، أبي طالب); before a place of
 * study (طالب في جامعة، طالب بكلية); or before an indefinite singular nisba (طالب سعودي) that an imperfect verb or a
 * place of study follows (طالب سعودي يحصد، طالب مصري في جامعة): a nisba alone is never the subject of "demanded".
 */
export function studentNoun(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  const at = hit.start;
  if (doc.keys[at] !== STUDENT) return false;
  if (at > 0 && LINEAGE.has(doc.keys[at - 1]) && !gapHas(doc, at, CLAUSE_MARKS)) return true;
  const next = at + 1;
  if (next >= doc.tokens.length || gapHas(doc, next, CLAUSE_MARKS)) return false;
  if (schoolAt(doc, next)) return true;
  const key = doc.keys[next];
  if (!NISBA_SINGULAR.test(key) || key.startsWith('ال') || doc.lex.words.has(key) || doc.lex.titleWords.has(key) || marks(doc).personStarts[next] === 1) return false;
  const after = next + 1;
  if (after >= doc.tokens.length || gapHas(doc, after, CLAUSE_MARKS)) return false;
  return schoolAt(doc, after) || (IMPERFECT.test(doc.keys[after]) && !doc.lex.words.has(doc.keys[after]) && marks(doc).personStarts[after] !== 1);
}
