import type { Doc } from '../types.js';
import { objectWords } from './objects.js';

// "The Jakarta Post reports a captain and eleven crew", "Coalition authorities report no casualties": a cue form that is
// mostly a noun (objects.tsv: noun-cue) is read as the verb only between a subject's last word — a capitalised name or a
// source word (authorities, officials) — and the start of an object or clause: an article, "no", a number, a name or a
// subject pronoun. Everywhere else it is the noun ("a UN report concluded", "news reports said", "the initial reports
// were"), and no hit: it stays a word of the phrase it is in ("A report alleged …", "according to a report citing …").

/** Words that open an object or a clause after the verb. */
const OPENERS = new Set(['a', 'an', 'the', 'no', 'he', 'she', 'it', 'they', 'there']);

/** Plurals that end in no -s (police report …). */
const PLURALS = new Set(['police', 'people']);

/** False for a noun-cue form (report, reports) at token i that does not stand as a verb between subject and object. */
export function englishCueReading(doc: Doc, i: number): boolean {
  if (!objectWords().get('noun-cue')!.has(doc.keys[i])) return true;
  const prev = i - 1, next = i + 1;
  if (prev < 0 || next >= doc.tokens.length || doc.sentOf[prev] !== doc.sentOf[i] || doc.sentOf[next] !== doc.sentOf[i]) return false;
  if (/\S/.test(doc.text.slice(doc.tokens[prev].end, doc.tokens[i].start)) || /\S/.test(doc.text.slice(doc.tokens[i].end, doc.tokens[next].start))) return false;
  const subject = /^\p{Lu}/u.test(doc.tokens[prev].text) && !doc.lex.words.get(doc.keys[prev]) || doc.lex.titleWords.get(doc.keys[prev])?.kind === 'unnamed';
  // ("The Pentagon report a week later …": the plain form is a verb only after a plural, authorities report, police report.)
  const plural = doc.keys[i] !== 'report' || /s$/.test(doc.keys[prev]) || PLURALS.has(doc.keys[prev]) || doc.lex.titleWords.get(doc.keys[prev])?.gender === 'pl';
  if (!plural) return false;
  const object = OPENERS.has(doc.keys[next]) || /^\d/.test(doc.tokens[next].text) || /^\p{Lu}/u.test(doc.tokens[next].text);
  return subject && object;
}
