import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, commaBefore } from '../clause.js';
import { firstForms } from '../cues.js';
import { sentenceEnd } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import { matchKey } from '../../text/normalize/arabic.js';
import type { Doc } from '../types.js';
import { definiteAt } from './speaker-words.js';
import { objectOwner, ownedNouns } from './target-owners.js';
import { boundPhrase, partyAt } from './target-parties.js';
import { IMPERFECT } from './target-duty.js';

// التصريحات تعكس الموقف العدائي لإيران، انتقد قرار حزب العمال، تفجير يفضح مخططات الأعداء: an accusation that
// names no accused as its subject or object may name it as the owner of the wrong it speaks of (targets-owned.tsv)
// or as "the enemies" (الأعداء، أعداء هذه البلاد), in its first clause (up to a comma); the first one named is the accused.

/** The article, as match-key letters. */
const ARTICLE = 'ال';
/** ل written on a name (لإيران), as match-key letters. */
const LAM = 'ل';
/** Enemies, bare (in construct: أعداء الوطن) and definite (الأعداء), as match keys. */
const ENEMIES = matchKey('أعداء');
const THE_ENEMIES = matchKey('الأعداء');
/** Demonstratives before the noun enemies are of (أعداء هذه البلاد), as match keys. */
const DEMONSTRATIVES = new Set(['هذه', 'هذا'].map(matchKey));
/** Most adjectives between an owned noun and its ل-owner (الموقف العدائي لإيران). */
const MAX_ADJECTIVES = 2;

/** The accused a content names as the owner of a wrong or as the enemies, from token lo in its first clause, or null. */
export function wrongOwner(doc: Doc, lo: number, hi: number): [number, number] | null {
  const end = Math.min(hi, sentenceEnd(doc, lo));
  for (let k = lo; k < end; k++) {
    // (… تنتمي لتنظيم داعش، وله أجندات تخدم أعداء الإسلام: past a comma, the wrong is told of another party.)
    if (k > lo && commaBefore(doc, k)) return null;
    const t = enemiesAt(doc, k, end) ?? (k + 1 < end ? objectOwner(doc, k, end) ?? lamOwner(doc, k, end) : null);
    if (t) return t;
  }
  return null;
}

/** الأعداء، أعداء الوطن، أعداء هذه البلاد at token k (the enemies and what they are enemies of), or null. */
function enemiesAt(doc: Doc, k: number, end: number): [number, number] | null {
  if (doc.keys[k] === THE_ENEMIES) return charRange(doc, k, k + 1);
  if (doc.keys[k] !== ENEMIES || k + 1 >= end || commaBefore(doc, k + 1)) return null;
  if (definiteAt(doc, k + 1)) return charRange(doc, k, k + 2);
  return DEMONSTRATIVES.has(doc.keys[k + 1]) && k + 2 < end && definiteAt(doc, k + 2) ? charRange(doc, k, k + 3) : null;
}

/** الموقف العدائي لإيران: a definite owned noun, its adjectives, then ل + a name: the name. */
function lamOwner(doc: Doc, k: number, end: number): [number, number] | null {
  const key = doc.keys[k];
  if (!key.startsWith(ARTICLE) || !ownedNouns().has(key.slice(ARTICLE.length))) return null;
  for (let j = k + 1; j < Math.min(end, k + 2 + MAX_ADJECTIVES); j++) {
    if (commaBefore(doc, j)) return null;
    if (doc.keys[j].startsWith(LAM) && !doc.keys[j].startsWith(LAM + ARTICLE.slice(1))) {
      const at = doc.tokens[j].start + LAM.length;
      let e = -1;
      for (const x of doc.input.entities) for (const m of x.mentions) if (m.start === at) e = Math.max(e, m.end);
      return e > at ? [at, Math.min(e, doc.tokens[end - 1].end)] : null;
    }
    if (!definiteAt(doc, j)) return null;
  }
  return null;
}

/**
 * من المؤسف أن تنتهك القوات الهندية وقف إطلاق النار، وطهران تدعم الإرهاب: the doer of a verb an accusation's marker
 * names (stance-markers.tsv `accuse`, its first word an imperfect verb) in the content's first clause: the party right
 * after a one-word marker (VSO), else the name right before the marker (SVO, و written on it or not); or null.
 */
export function markerDoer(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < hi; i++) {
    if (i > lo && commaBefore(doc, i)) return null;
    const m = doc.lex.markers.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!m || m[0].value !== 'accuse' || !IMPERFECT.test(doc.keys[i]) || doc.lex.words.has(doc.keys[i])) continue;
    const next = i + m[1];
    if (m[1] === 1 && next < hi && !commaBefore(doc, next) && partyAt(doc, next)) return boundPhrase(doc, next, hi);
    return i > lo ? nameEndingAt(doc, i) : null;
  }
  return null;
}

/**
 * The name that ends right before token i (its و left out), with no comma between, or null: a listed or found name
 * starting a word, not a nisba adjective (الحقد الإسرائيلي يدعم: an adjective of the subject, not its doer).
 */
function nameEndingAt(doc: Doc, i: number): [number, number] | null {
  if (commaBefore(doc, i)) return null;
  const end = doc.tokens[i - 1].end;
  let best: [number, number] | null = null;
  for (const e of doc.input.entities) for (const m of e.mentions) {
    if (m.end !== end || m.via === 'nisba' || m.start < doc.tokens[Math.max(0, i - MAX_TARGET_TOKENS)].start || best && m.start >= best[0]) continue;
    const k = firstWordAt(doc.tokens, m.start + 1) - 1;
    const t = doc.tokens[k];
    if (t && (t.start === m.start || t.start + 1 === m.start && doc.keys[k].startsWith(WAW))) best = [m.start, m.end];
  }
  return best;
}

/** The conjunction و, as a match key's first letter. */
const WAW = 'و';
