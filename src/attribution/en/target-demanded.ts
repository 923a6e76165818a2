import { join } from 'node:path';
import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange } from '../clause.js';
import { gapHas } from '../doc.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';
import { firstWordAt } from '../../text/words.js';
import type { Doc, Draft } from '../types.js';
import { noParty } from './targets.js';
import { BREAK, COMMA_GAP, LIST_BREAK, OBJECT_PRONOUNS, PHRASE_OPENERS, initialDot, nounWord, partyPhrase } from './target-phrase.js';

// The one an English demand is made of: the addressee before its cue (wrote to the embassy asking), the object of an
// asking verb inside its content (I request all leaders to …), or the subject of a hoped-for or demanded act (I hope
// that X will, demanded that X release).

/** Most words of the one asked before its "to" (all the presidents and prime ministers of the world). */
const MAX_ASKED_TOKENS = 10;
/** Most words before an asking or hoping verb in a demand's content (I request, the government would pressure). */
const ASK_WINDOW_TOKENS = 8;
/** Most words between "to" and the asking cue after it (wrote to the US Embassy in London asking). */
const MAX_ADDRESSEE_TOKENS = 6;

/**
 * wrote to the US Embassy in London asking …: the addressee named by "to" + a determined noun phrase right before a
 * demand's cue (no comma between).
 */
export function addresseeInCue(doc: Doc, d: Draft): [number, number] | null {
  const cs = firstWordAt(doc.tokens, d.cue[0]);
  // (brought the case before the ECJ, asking …: a participle's addressee may stand before its comma, after "before",
  // when a capital names it.)
  const participle = /ing$/.test(doc.keys[cs]) && gapHas(doc, cs, COMMA_GAP) && !gapHas(doc, cs, LIST_BREAK);
  for (let k = cs - 1; k > 0 && cs - k <= MAX_ADDRESSEE_TOKENS + 1; k--) {
    if (gapHas(doc, k + 1, BREAK) && !(participle && k + 1 === cs)) return null;
    if (doc.keys[k] !== 'to' && !(participle && doc.keys[k] === 'before')) continue;
    if (participle && !doc.tokens.slice(k + 1, cs).some((t) => /^\p{Lu}/u.test(t.text))) return null;
    // (Ambassador to the United Nations Nikki Haley wrote: a "to" inside the speaker phrase names no addressee.)
    if (d.speaker.kind !== 'inherit' && d.speaker.end > doc.tokens[k].start) return null;
    const from = k + 1;
    return from < cs && PHRASE_OPENERS.has(doc.keys[from]) && !doc.lex.words.has(doc.keys[k - 1]) && partyPhraseWithPlace(doc, from, cs) ? charRange(doc, from, cs) : null;
  }
  return null;
}

/** A party phrase that may end in a place after "in" (the US Embassy in London). */
function partyPhraseWithPlace(doc: Doc, from: number, to: number): boolean {
  const at = doc.keys.slice(from, to).indexOf('in');
  return at > 0 ? partyPhrase(doc, from, from + at) && /^\p{Lu}/u.test(doc.tokens[from + at + 1]?.text ?? '') : partyPhrase(doc, from, to);
}

let askCache: string[][] | undefined;

/** data/lexicons/en/targets-demand.tsv: verbs whose object before "to" is the one asked, as key sequences. */
function askVerbs(): string[][] {
  return askCache ??= readTsv(join(defaultLexiconDir(), 'en', 'targets-demand.tsv'), ['form']).map((r) => r.cells[0].toLowerCase().split(/\s+/));
}

/** I request all the presidents to take …: the object of an asking verb near the content's start, before its "to". */
export function innerDemandObject(doc: Doc, lo: number, hi: number): [number, number][] {
  for (let i = lo; i < Math.min(hi, lo + ASK_WINDOW_TOKENS); i++) {
    if (i > lo && gapHas(doc, i, BREAK)) return [];
    const verb = askVerbs().find((v) => v.every((w, n) => doc.keys[i + n] === w));
    if (!verb) continue;
    const to = objectBeforeTo(doc, i + verb.length, hi);
    return to > 0 && !(to === i + verb.length + 1 && PHRASE_OPENERS.has(doc.keys[to - 1])) ? [charRange(doc, i + verb.length, to)] : [];
  }
  return [];
}

/** The "to" ending a party phrase at `from` (all the presidents of the world to), or -1: noun words, "of" and "and" inside. */
function objectBeforeTo(doc: Doc, from: number, hi: number): number {
  if (from >= hi || OBJECT_PRONOUNS.has(doc.keys[from]) || noParty(doc, from) || !(PHRASE_OPENERS.has(doc.keys[from]) || !doc.lex.words.has(doc.keys[from]))) return -1;
  for (let k = from + 1; k < Math.min(hi, from + MAX_ASKED_TOKENS + 1); k++) {
    if (doc.keys[k] === 'to') return doc.lex.words.has(doc.keys[k + 1] ?? '') ? -1 : k;
    if (gapHas(doc, k, BREAK) && !initialDot(doc, k)) return -1;
    if (!(nounWord(doc, k, k) || doc.keys[k] === 'of' || doc.keys[k] === 'and') || /ing$/.test(doc.keys[k])) return -1;
  }
  return -1;
}

/**
 * demanded that the White House release …: the named subject of a demand's "that" clause before its bare verb (a
 * capitalised name, after "the" or not; a lower-case word after it that is no function word nor -s, -ed, -ing form).
 */
export function demandedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  if (lo === 0 || doc.keys[lo - 1] !== 'that') return null;
  const at = doc.keys[lo] === 'the' ? lo + 1 : lo;
  let k = at;
  while (k < hi && k - lo < MAX_TARGET_TOKENS && /^\p{Lu}/u.test(doc.tokens[k].text) && !(k > at && gapHas(doc, k, BREAK))) k++;
  if (k === at || k >= hi || gapHas(doc, k, BREAK) || doc.lex.words.has(doc.keys[k]) || !/^\p{Ll}/u.test(doc.tokens[k].text) || /(s|ed|ing)$/.test(doc.keys[k])) return null;
  return noParty(doc, at) ? null : charRange(doc, lo, k);
}

/** Verbs of hoping that lay a wish on the subject of their clause (I hope that X will …), as keys. */
const HOPE = new Set(['hope', 'hopes', 'hoped', 'trust']);
/** Modals of the hoped-for act, as keys. */
const HOPED_MODALS = new Set(['will', 'would', 'can', 'could']);

/** And I hope that Anne Sacoolas will come back: in a demand, the named subject of the clause a hope opens. */
export function hopedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < Math.min(hi, lo + ASK_WINDOW_TOKENS); i++) {
    if (i > lo && gapHas(doc, i, BREAK)) return null;
    if (!HOPE.has(doc.keys[i])) continue;
    const s = doc.keys[i + 1] === 'that' ? i + 2 : i + 1;
    for (let k = s + 1; k < Math.min(hi, s + MAX_TARGET_TOKENS + 1); k++) {
      if (HOPED_MODALS.has(doc.keys[k])) return partyPhrase(doc, s, k) ? charRange(doc, s, k) : null;
      if (!nounWord(doc, k, s)) return null;
    }
    return null;
  }
  return null;
}
