import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange } from '../clause.js';
import { cueStartsAt, gapHas } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Doc } from '../types.js';
import { objectWords } from './objects.js';
import { subjectPossessor } from './target-possessor.js';
import { BREAK, COMMA_GAP, LIST_BREAK, MAX_AGENT_TOKENS, PHRASE_OPENERS, nounWord, partyPhrase } from './target-phrase.js';

// The accused of an English accusation read off its content: the by-agent of a passive act (was attacked by X) or the
// subject of its first clause (this individual is a terrorist, Boris Johnson is trying to …).

/** Passive auxiliaries before an agent's "by" (was attacked by X), as keys. */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Most words between a passive auxiliary and its "by" (she was forced … and raped by). */
const MAX_PASSIVE_GAP_TOKENS = 3;
/** Finite auxiliaries that end a clause's subject (this individual is, the court has), as keys. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
/** Determiners that open an accused subject (this individual, the court), as keys: a pronoun or a bare noun names less surely. */
const SUBJECT_OPENERS = new Set(['the', 'this', 'these', 'those']);
/** Most words of an adjunct before the clause's subject (For Mexico, In so ruling,). */
const MAX_LEAD_ADJUNCT_TOKENS = 4;

/** she was attacked by Quirin, Redouane and …: the agent of a passive act in an accusation. */
export function passiveAgent(doc: Doc, lo: number, hi: number): [number, number][] {
  for (let k = lo; k < hi; k++) {
    if (!PASSIVE.has(doc.keys[k])) continue;
    for (let j = k + 1; j < Math.min(hi - 1, k + MAX_PASSIVE_GAP_TOKENS + 2); j++) {
      if (doc.keys[j] !== 'by' || !/ed$|en$/.test(doc.keys[j - 1])) continue;
      let e = j + 1;
      while (e < hi && e - j <= MAX_AGENT_TOKENS && !gapHas(doc, e, LIST_BREAK) && (nounWord(doc, e, e) || doc.keys[e] === 'and')) e++;
      return e > j + 1 && partyPhrase(doc, j + 1, Math.min(e, j + 2)) ? [charRange(doc, j + 1, e)] : [];
    }
  }
  return [];
}

/**
 * For Mexico, this individual is a terrorist; In so ruling, the court demonstrated …: the subject of an accusation's
 * first clause (past an adjunct closed by a comma) when a determiner opens it and an auxiliary or a past verb follows.
 */
export function accusedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  let s = lo;
  for (let k = lo + 1; k < Math.min(hi, lo + MAX_LEAD_ADJUNCT_TOKENS + 1); k++) {
    if (gapHas(doc, k, COMMA_GAP)) { s = doc.lex.words.get(doc.keys[lo]) === 'preposition' ? k : lo; break; }
  }
  // (the Prime Minister's advice … was unlawful: the subject's owner, en/target-possessor.ts.)
  const owner = subjectPossessor(doc, s, hi);
  if (owner) return owner;
  if (!SUBJECT_OPENERS.has(doc.keys[s])) return namedSubject(doc, s, hi);
  for (let k = s + 1; k < Math.min(hi, s + MAX_TARGET_TOKENS + 1); k++) {
    // (The statement was a surprise, the advice was unlawful: the head names a party only as a title or body word
    // (the government, the court), a person noun (this individual) or a capitalised name; objects.tsv `speech` and
    // act nouns name none.)
    if (AUXILIARIES.has(doc.keys[k]) || /ed$/.test(doc.keys[k]) && k > s + 1) {
      const head = doc.keys[k - 1];
      // (This Court has already concluded that …: a subject that reports is a source, not the accused.)
      if (cueStartsAt(doc, k + 1) || cueStartsAt(doc, k + 2)) return null;
      const party = doc.lex.titleWords.has(head) || PERSON_NOUNS.has(head) || /^\p{Lu}/u.test(doc.tokens[k - 1].text);
      return k > s + 1 && party && !(objectWords().get('speech')!.has(head) && !doc.lex.titleWords.has(head)) ? charRange(doc, s, k) : null;
    }
    if (!nounWord(doc, k, s) || PHRASE_OPENERS.has(doc.keys[k])) return null;
  }
  return null;
}

/** Nouns of a person or people that head an accused subject though no title (this individual), as keys. */
const PERSON_NOUNS = new Set(['individual', 'individuals', 'man', 'men', 'woman', 'women', 'person', 'persons', 'people', 'group', 'groups']);

/** Entity types that name a party acting as a clause's subject (Boris Johnson is trying …, Iran has …). */
const SUBJECT_TYPES = new Set(['person', 'org', 'country']);

/** Boris Johnson is trying to …: a person's, body's or country's mention opening the clause, right before an auxiliary. */
function namedSubject(doc: Doc, s: number, hi: number): [number, number] | null {
  const start = doc.tokens[s].start;
  for (const e of doc.input.entities) {
    if (!SUBJECT_TYPES.has(e.type)) continue;
    const m = e.mentions.find((x) => x.start === start);
    if (!m) continue;
    const k = firstWordAt(doc.tokens, m.end);
    return k < hi && k - s <= MAX_TARGET_TOKENS && AUXILIARIES.has(doc.keys[k]) && !gapHas(doc, k, BREAK) ? [start, m.end] : null;
  }
  return null;
}
