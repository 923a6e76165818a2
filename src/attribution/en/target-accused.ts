import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange } from '../clause.js';
import { cueStartsAt, gapHas } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Doc } from '../types.js';
import { objectWords } from './objects.js';
import { subjectPossessor } from './target-possessor.js';
import { gapChars } from '../gaps.js';
import { BREAK, COMMA_GAP, LIST_BREAK, MAX_AGENT_TOKENS, PHRASE_OPENERS, initialDot, nounWord, partyPhrase } from './target-phrase.js';

// The accused of an English accusation read off its content: the by-agent of a passive act (was attacked by X) or the
// subject of its first clause (this individual is a terrorist, Boris Johnson is trying to …), else of a later one
// (… But these ministers have …).

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
      // (these ministers have: a title's plural names its holders.)
      const party = doc.lex.titleWords.has(head) || doc.lex.titleWords.has(head.replace(/s$/, '')) || PERSON_NOUNS.has(head) || /^\p{Lu}/u.test(doc.tokens[k - 1].text);
      return k > s + 1 && party && !(objectWords().get('speech')!.has(head) && !doc.lex.titleWords.has(head)) ? charRange(doc, s, k) : null;
    }
    if (!(nounWord(doc, k, s) || adjectiveComma(doc, k, s)) || PHRASE_OPENERS.has(doc.keys[k])) return null;
  }
  return null;
}

/** Punctuation that ends a sentence inside a content. */
const SENTENCE_END = gapChars('.!?');
/** Connectives that may open a later sentence of an accusation before its subject (But these ministers have …), as keys. */
const SENTENCE_CONNECTIVES = new Set(['but', 'and', 'yet', 'now']);

/**
 * Corona was quiet in India … But these ignorant, arrogant ministers have challenged …: when an accusation's first
 * clause names no one, the subject of a later sentence of its content (past a connective) or of a clause after a
 * comma, when a determiner opens it, read as accusedSubject does.
 */
export function laterAccusedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  // (A quotation is one sentence of the text: its own sentences start after a full stop and a capital.)
  for (let n = lo + 1; n < hi; n++) {
    // (Now, for every moment Parliament remains prorogued, the British government are …: or after a long adjunct's comma.)
    const after = gapHas(doc, n, SENTENCE_END) ? /^\p{Lu}/u.test(doc.tokens[n].text) && !initialDot(doc, n) : gapHas(doc, n, COMMA_GAP) && /^\p{Ll}/u.test(doc.tokens[n].text);
    if (!after) continue;
    const k = SENTENCE_CONNECTIVES.has(doc.keys[n]) ? n + 1 : n;
    const found = k < hi && SUBJECT_OPENERS.has(doc.keys[k]) ? accusedSubject(doc, k, hi) : null;
    if (found) return found;
  }
  return null;
}

/**
 * these ignorant, arrogant ministers: a comma between two lower-case adjectives of a phrase a demonstrative opens
 * (the word before it no opener), which nounWord takes for a break.
 */
function adjectiveComma(doc: Doc, k: number, s: number): boolean {
  return DEMONSTRATIVES.has(doc.keys[s]) && k - 1 > s && gapHas(doc, k, COMMA_GAP) && !gapHas(doc, k, LIST_BREAK)
    && /^\p{Ll}/u.test(doc.tokens[k - 1].text) && /^\p{Ll}/u.test(doc.tokens[k].text) && !doc.lex.words.has(doc.keys[k - 1]) && !doc.lex.words.has(doc.keys[k]);
}

/** Demonstratives that open an accused subject whose adjectives a comma may part (these ignorant, arrogant …), as keys. */
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);

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
