import { MIN_QUOTE_TOKENS } from '../constants.js';
import { CLAUSE_MARKS, colonBefore, commaBefore, isComplement, quoteTokensAt, SENTENCE_END_MARKS } from '../clause.js';
import { gapHas, hitStartsAt } from '../doc.js';
import type { Doc } from '../types.js';
import { opensMediaAddressee } from './addressee.js';
import { MAX_ADJUNCT_TOKENS } from './particle.js';

// في/خلال + a speech noun after a cue names the occasion (في بيان، في حديث لـ«الصحيفة»، خلال مؤتمر صحفي), never what was said.

/** Prepositions of the occasion before a speech noun (في بيان، خلال مقابلة، عبر تغريدة، لدى حديثه), as match keys. */
const OCCASION = new Set(['في', 'خلال', 'عبر', 'اثناء', 'لدي']);
/** Nouns of a written occasion that function-words.tsv leaves out of `speech` (a report also speaks: وقال تقرير), as match keys. */
const WRITTEN = new Set(['تقرير']);
/** Possessive pronouns on a noun (بيانها، كلمته، تقريرهم), as a match-key pattern. */
const POSSESSIVE = /(ه|ها|هم|هما)$/;

/**
 * True when the word (a match key) names the occasion of speaking: a speech noun (بيان، كلمة) or a report, bare or with
 * a possessive (في بيانها، في كلمته، في تقرير لها); the ة before a possessive is written ت (كلمتها → كلمه). Not an
 * article or an account (في مقاله إلى …، عبر حسابها على «…»): what follows them runs on past a comma or a quotation.
 */
function occasionNoun(doc: Doc, key: string): boolean {
  const bare = (k: string) => doc.lex.words.get(k) === 'speech' || WRITTEN.has(k);
  if (bare(key)) return true;
  const stem = key.replace(POSSESSIVE, '');
  return stem !== key && stem.length > 2 && (bare(stem) || (stem.endsWith('ت') && bare(`${stem.slice(0, -1)}ه`)));
}

/** Words of issuing before عن (بيان صادر عن الوزارة), as match keys: that عن names the issuer, not the cue's object. */
const ISSUED = new Set(['صادر', 'صادره', 'الصادر', 'الصادره', 'صدر']);

/**
 * وأعلنت المديرية، في بيان صحفي، عن …؛ وأضاف الحزب في بيان على موقعه «…»؛ وقال الوزير في حديث لـ«الصحيفة» إن …:
 * where the content starts after في + a speech noun at token `fi`: at a particle, a colon or a long quotation, at the
 * word after a comma that closes the phrase, or after عن further on for a verb framed by it (كشف في مؤتمر صحفي عن …).
 * A quoted outlet (لـ«الصحيفة»، مع «القناة») and a short quotation inside the phrase are passed. -1 when the phrase is
 * no such adjunct, runs past MAX_ADJUNCT_TOKENS or meets another cue.
 */
export function afterSpeechAdjunct(doc: Doc, frame: ReadonlySet<string>, fi: number, end: number): number {
  if (!OCCASION.has(doc.keys[fi]) || fi + 1 >= end || !occasionNoun(doc, doc.keys[fi + 1]) || gapHas(doc, fi + 1, CLAUSE_MARKS)) return -1;
  for (let k = fi + 2; k < Math.min(end, fi + 2 + MAX_ADJUNCT_TOKENS); k++) {
    if (gapHas(doc, k, SENTENCE_END_MARKS) || hitStartsAt(doc, k)) return -1;
    if (colonBefore(doc, k) || isComplement(doc, k)) return k;
    const q = quoteTokensAt(doc, k);
    if (q) {
      // لـ«الشرق الأوسط»، مع «العربية»: the one spoken to; “الموت لأمريكا” in a description of the occasion.
      const told = opensMediaAddressee(doc, k - 1) || doc.keys[k - 1] === 'مع';
      if (!told && q.to - q.from >= MIN_QUOTE_TOKENS && !openingAfter(doc, q.to, end)) return k;
      k = q.to - 1;
      continue;
    }
    if (commaBefore(doc, k)) return k;
    if (frame.has('an') && doc.keys[k] === 'عن' && k > fi + 2 && !ISSUED.has(doc.keys[k - 1]) && k + 1 < end) return k + 1;
  }
  return -1;
}

/**
 * True when a colon, or a particle after a comma, comes within MAX_ADJUNCT_TOKENS after token `from`, before a full stop
 * or another cue: a quotation before it names a thing of the occasion (على هامش "المؤتمر الدولي …"، الذي عقد …: إن).
 */
function openingAfter(doc: Doc, from: number, end: number): boolean {
  for (let m = from; m < Math.min(end, from + MAX_ADJUNCT_TOKENS); m++) {
    if (gapHas(doc, m, SENTENCE_END_MARKS) || hitStartsAt(doc, m)) return false;
    if (colonBefore(doc, m) || (commaBefore(doc, m) && isComplement(doc, m))) return true;
  }
  return false;
}
