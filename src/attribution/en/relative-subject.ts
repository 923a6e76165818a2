import { gapHas } from '../doc.js';
import type { Doc, SpeakerRef } from '../types.js';
import { BREAK_BEFORE, span } from './speaker-before.js';
import { objectWords } from './objects.js';
import { ARTICLES } from './phrase-bounds.js';
import { englishBefore } from './speaker.js';

// "Officials who spoke to Reuters said …", "Residents of the state that borders Mexico said …": a relative clause whose
// pronoun is its subject (a verb right after it) sits between the speaker and the cue; the name ending it is its object.

/** Most tokens from the relative pronoun to the cue (who asked not to be named because they were not authorised). */
const MAX_RELATIVE_TOKENS = 12;
/** Relative pronouns that can be a clause's subject. */
const RELATIVES = new Set(['who', 'that', 'which']);
/** Word classes that cannot open the verb phrase after a subject relative (that the minister …, who he …). */
const NOT_VERB = new Set(['determiner', 'pronoun', 'preposition', 'complement']);
/** Links that tie a head noun to the phrase the relative clause follows (residents of the state, analysts at the bank). */
const HEAD_LINKS = new Set(['of', 'at', 'in', 'from', 'for', 'with']);

/** The speaker before a subject relative clause ending at token `k` (the cue's position), or null. */
export function relativeClauseSubject(doc: Doc, k: number, floor: number): SpeakerRef | null {
  for (let r = k - 2; r > floor && k - r <= MAX_RELATIVE_TOKENS; r--) {
    if (gapHas(doc, r + 1, BREAK_BEFORE)) return null;
    if (!RELATIVES.has(doc.keys[r]) || /^\p{Lu}/u.test(doc.tokens[r].text) || gapHas(doc, r, BREAK_BEFORE)) continue;
    const v = r + 1;
    if (/^\p{Lu}/u.test(doc.tokens[v].text) || NOT_VERB.has(doc.lex.words.get(doc.keys[v]) ?? '') || !verbAt(doc, v, r, k)) return null;
    let s = englishBefore(doc, r, floor);
    // (the state that …: a noun that is also a cue form, after its article)
    if (s >= r && r - 2 >= floor && /^\p{Ll}+$/u.test(doc.tokens[r - 1].text) && !doc.lex.words.get(doc.keys[r - 1])
      && ARTICLES.has(doc.keys[r - 2]) && !gapHas(doc, r - 1, BREAK_BEFORE)) s = r - 2;
    if (s >= r) return null;
    // (the state that …: a lone article is no head)
    if (r - s === 1 && doc.lex.words.get(doc.keys[s]) === 'determiner') return null;
    while (s - 2 >= floor && HEAD_LINKS.has(doc.keys[s - 1]) && !gapHas(doc, s, BREAK_BEFORE) && !gapHas(doc, s - 1, BREAK_BEFORE)) {
      const s2 = englishBefore(doc, s - 1, floor);
      if (s2 >= s - 1) break;
      s = s2;
    }
    // (The man who was arrested said: a clause naming no one stays in the speaker phrase, as written; one holding a
    // name is cut off, lest the name be read as the source.)
    const named = doc.tokens.slice(v, k).some((t) => /^\p{Lu}/u.test(t.text));
    return span(doc, s, named ? r : k);
  }
  return null;
}

/** Finite words that open a relative clause's predicate (who was arrested, that has …). */
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does']);

/**
 * True when token v, after the relative pronoun at r, opens its verb phrase: an auxiliary, an -ed form or a listed
 * irregular past, or (after "who") any lower-case word with more before the cue; a 3rd-person -s form only before its
 * object (that borders Mexico, not "the proclamations that analysts say").
 */
function verbAt(doc: Doc, v: number, r: number, k: number): boolean {
  const w = doc.keys[v];
  if (AUX.has(w) || /ed$/.test(w) || objectWords().get('past-verb')!.has(w) || PAST.has(w)) return true;
  if (k - v < 2) return false;
  const obj = doc.lex.words.get(doc.keys[v + 1]);
  if (doc.keys[r] === 'who') return true;
  return /s$/.test(w) && (obj === 'determiner' || /^\p{Lu}/u.test(doc.tokens[v + 1].text));
}

/** Irregular pasts common in a source's relative clause (who spoke to, who met, who saw, who took part). */
const PAST = new Set(['spoke', 'met', 'saw', 'took', 'knew', 'told', 'said', 'led', 'left', 'went', 'ran', 'fled', 'lost', 'heard', 'held', 'gave', 'made', 'wrote', 'sent', 'won', 'paid', 'came', 'became', 'began', 'fought', 'brought', 'built', 'kept', 'found']);
