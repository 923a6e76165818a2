import { commaBefore } from '../clause.js';
import { cueStartsAt, gapHas } from '../doc.js';
import type { Doc, SpeakerRef } from '../types.js';
import { BREAK_BEFORE, isBareName, span } from './speaker-before.js';
import { englishBefore, POSSESSIVES } from './speaker.js';

// '"…," Paul Mensah, a farmer, told AFP.': news English sets an apposition (a role, an age, a relative clause) in commas
// between a quotation's speaker and the cue; the phrase before it is the speaker.

/** Most tokens of the apposition between the commas (a rice farmer from the north, 45, who lost his home). */
const MAX_APPOSITION_TOKENS = 10;
/** Words that open such an apposition. */
const OPENERS = new Set(['a', 'an', 'the', 'who', ...POSSESSIVES]);
/** Finite verbs: outside a relative clause they make the words in commas a clause, not an apposition. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'must', 'should', 'may', 'might']);

/**
 * The speaker when tokens [from, k) are "X, apposition," before the cue at k (X a speaker phrase, the apposition a
 * determiner-led phrase, an age, a who-clause or — after a common noun, "a farmer, Paul Mensah," — the bare name, which
 * is then the speaker). Null when the words are anything else.
 */
export function apposedSpeaker(doc: Doc, from: number, k: number): SpeakerRef | null {
  if (!commaBefore(doc, k)) return null;
  let c = from + 1;
  while (c < k && !gapHas(doc, c, BREAK_BEFORE)) c++;
  if (c >= k || !commaBefore(doc, c) || k - c > MAX_APPOSITION_TOKENS) return null;
  for (let x = c + 1; x < k; x++) if (gapHas(doc, x, BREAK_BEFORE)) return null;
  for (let x = from; x < k; x++) if (cueStartsAt(doc, x)) return null;
  if (englishBefore(doc, c, from) !== from) return null;
  const name = isBareName(doc, c, k);
  const age = k - c === 1 && /^\d{1,3}$/.test(doc.tokens[c].text);
  const relative = doc.keys[c] === 'who';
  const phrase = OPENERS.has(doc.keys[c]) && (relative || !doc.keys.slice(c, k).some((w) => FINITE.has(w)));
  if (!name && !age && !phrase) return null;
  // (a farmer, Paul Mensah,: the name is who the common noun describes)
  if (name && doc.lex.words.get(doc.keys[from]) === 'determiner') return span(doc, c, k);
  return span(doc, from, c);
}

/** Most tokens of a role phrase before an apposed name (the deputy environment minister). */
const MAX_HEAD_TOKENS = 6;

/**
 * "Defences failed, the environment minister, Helen Ward, said": when the speaker at token `s` is a name in commas
 * after a determiner-led phrase holding a title, that phrase's first token (it names the speaker too, and is no part of
 * what was said); else `s`.
 */
export function apposedHeadStart(doc: Doc, s: number, floor: number): number {
  if (!commaBefore(doc, s)) return s;
  let c = s - 1;
  while (c > floor && s - c <= MAX_HEAD_TOKENS && !gapHas(doc, c, BREAK_BEFORE)) c--;
  // ("The police chief, Anna Berg, warned on Monday …": a role phrase opening the sentence leaves nothing before it.)
  // (its head noun right before the comma, no finite verb in it: "The president has left the country, police said" is
  // a clause)
  const opening = c === floor && doc.lex.titleWords.has(doc.keys[s - 1]) && !doc.keys.slice(c, s).some((w) => FINITE.has(w));
  // (…, her lawyer, Tom Hale, said: a possessive leads the phrase as an article does)
  if (c < floor || c === floor && !opening || !opening && !commaBefore(doc, c) || doc.lex.words.get(doc.keys[c]) !== 'determiner' && !POSSESSIVES.has(doc.keys[c])) return s;
  return doc.keys.slice(c + 1, s).some((w) => doc.lex.titleWords.has(w)) ? c : s;
}
