import type { Doc } from '../types.js';
import { objectWords } from './objects.js';
import { sentenceEnd } from '../doc.js';
import { asAfterObject, LIABLE_LINKS } from './said-object.js';
import { DOCUMENTS } from './speaker-before.js';
import { amountAfterObject } from './amount-object.js';
import { AUX } from './clause-start.js';

// "The Jakarta Post reports a captain and eleven crew", "Coalition authorities report no casualties": a cue form that is
// mostly a noun (objects.tsv: noun-cue) is read as the verb only between a subject's last word — a capitalised name or a
// source word (authorities, officials) — and the start of an object or clause: an article, "no", a number, a name or a
// subject pronoun. Everywhere else it is the noun ("a UN report concluded", "news reports said", "the initial reports
// were"), and no hit: it stays a word of the phrase it is in ("A report alleged …", "according to a report citing …").

/** Words that open an object or a clause after the verb. */
const OPENERS = new Set(['a', 'an', 'the', 'no', 'he', 'she', 'it', 'they', 'there']);

/** Plurals that end in no -s (police report …). */
const PLURALS = new Set(['police', 'people']);

/** Forms of "be" that end a multi-word noun cue (demands were, demands are). */
const BE_ENDINGS = new Set(['is', 'are', 'was', 'were']);

/**
 * False for a noun-cue form (report, reports) at token i that does not stand as a verb between subject and object, and
 * for an `n`-word cue ending in "be" before a past participle ("unless their demands were met": a passive about the
 * demands, nothing demanded).
 */
export function englishCueReading(doc: Doc, i: number, n = 1): boolean {
  // ("the think tank called …": a cue form opening a compound noun, objects.tsv compound-noun, is that noun)
  if (i + 1 < doc.tokens.length && objectWords().get('compound-noun')!.has(`${doc.keys[i]} ${doc.keys[i + 1]}`)) return false;
  if (n > 1) {
    const next = i + n;
    return !(BE_ENDINGS.has(doc.keys[next - 1]) && next < doc.tokens.length && doc.sentOf[next] === doc.sentOf[i]
      && (/ed$/.test(doc.keys[next]) || objectWords().get('past-verb')!.has(doc.keys[next])));
  }
  // "held talks", "the event held at …": a liable-cue form is a cue only before its object and "responsible" (held Iran
  // responsible for …), so it ends no content and opens no clause elsewhere.
  const entry = doc.lex.cues.first(doc.keys, i, [doc.keys[i]]);
  if (entry && objectWords().get('liable-cue')!.has(entry[0].value.lemma)) return asAfterObject(doc, i + 1, sentenceEnd(doc, i), LIABLE_LINKS);
  // "put the death toll at 42": an amount-cue form is a cue only before its object and "at" a figure (amount-object.ts).
  if (entry && objectWords().get('amount-cue')!.has(entry[0].value.lemma)) return amountAfterObject(doc, i + 1, sentenceEnd(doc, i));
  if (!objectWords().get('noun-cue')!.has(doc.keys[i])) return true;
  if (objectWords().get('headline-cue')!.has(doc.keys[i]) && headlineVerb(doc, i)) return true;
  const prev = i - 1, next = i + 1;
  if (prev < 0 || next >= doc.tokens.length || doc.sentOf[prev] !== doc.sentOf[i] || doc.sentOf[next] !== doc.sentOf[i]) return false;
  if (/\S/.test(doc.text.slice(doc.tokens[prev].end, doc.tokens[i].start)) || /\S/.test(doc.text.slice(doc.tokens[i].end, doc.tokens[next].start))) return false;
  if (singularThat(doc, prev, i)) return true;
  // "Estimates by the government state about 350 thousand …": a plain form after the tail of a plural subject phrase.
  if (!/s$/.test(doc.keys[i]) && pluralHeadBefore(doc, i) && (OPENERS.has(doc.keys[next]) || CLAUSE_OPENERS.has(doc.keys[next]) || /^\d/.test(doc.tokens[next].text))) return true;
  if (doc.lex.words.get(doc.keys[prev - 1]) === 'determiner' && doc.keys[i] === 'state') return false; // a police state that …
  const subject = /^\p{Lu}/u.test(doc.tokens[prev].text) && !doc.lex.words.get(doc.keys[prev]) || doc.lex.titleWords.get(doc.keys[prev])?.kind === 'unnamed';
  // ("The Pentagon report a week later …": the plain form is a verb only after a plural, authorities report, police report.)
  const plural = doc.keys[i] !== 'report' || /s$/.test(doc.keys[prev]) || PLURALS.has(doc.keys[prev]) || doc.lex.titleWords.get(doc.keys[prev])?.gender === 'pl';
  if (!plural) return false;
  const object = OPENERS.has(doc.keys[next]) || /^\d/.test(doc.tokens[next].text) || /^\p{Lu}/u.test(doc.tokens[next].text)
    || doc.keys[next] === 'that' && pluralSubjectWord(doc, prev);
  return subject && object;
}

/**
 * "Ortiz demands that …", "The union demands that the company …": an -s form before "that" and a clause's subject agrees
 * with a singular subject word before it — a name or a title or body word, not a possessive ("Hamas's demands that …")
 * nor a plural; "the union demands that were rejected" (a relative "that" before a verb) stays the noun.
 */
function singularThat(doc: Doc, prev: number, i: number): boolean {
  const that = i + 1;
  if (!/s$/.test(doc.keys[i]) || doc.keys[that] !== 'that' || that + 1 >= doc.tokens.length || doc.sentOf[that + 1] !== doc.sentOf[i]) return false;
  if (AUX.has(doc.keys[that + 1]) || /ed$/.test(doc.keys[that + 1]) || /['’]s?$/.test(doc.tokens[prev].text)) return false;
  const title = doc.lex.titleWords.get(doc.keys[prev]);
  return /^\p{Lu}/u.test(doc.tokens[prev].text) && !doc.lex.words.get(doc.keys[prev]) || !!title && title.gender !== 'pl' || documentSubject(doc, prev);
}

/**
 * "The resolution demands that …", "The letter demands that …": a singular said or decided thing (objects.tsv: speech,
 * action) or a document (speaker-before.ts) after a determiner speaks as its issuer does; an adjective there ("the main demands that …") is no such noun.
 */
function documentSubject(doc: Doc, prev: number): boolean {
  const k = doc.keys[prev];
  if (/s$/.test(k) || prev < 1 || doc.sentOf[prev - 1] !== doc.sentOf[prev] || doc.lex.words.get(doc.keys[prev - 1]) !== 'determiner') return false;
  return objectWords().get('speech')!.has(k) || objectWords().get('action')!.has(k) || DOCUMENTS.has(k);
}

/**
 * "Officials state that …": a clause after the plain form only when the word before is a plural subject — a plural
 * role (officials, doctors), police, or a word in -s opening its sentence (Researchers). "Texas state that", "a state
 * that" stay the noun.
 */
function pluralSubjectWord(doc: Doc, i: number): boolean {
  const k = doc.keys[i];
  if (PLURALS.has(k) || doc.lex.titleWords.get(k)?.gender === 'pl') return true;
  return /[^s]s$/.test(k) && !doc.lex.words.get(k) && (i === 0 || doc.sentOf[i - 1] !== doc.sentOf[i]);
}

/** Words after a plain cue form that open a clause or an amount (state that …, state about 350 thousand …). */
const CLAUSE_OPENERS = new Set(['that', 'about', 'around', 'nearly', 'some', 'over']);
/** Prepositions that open the tail of a subject phrase (Estimates by the government, Officials from the ministry). */
const SUBJECT_TAIL = new Set(['by', 'from', 'of', 'in', 'at', 'for']);
/** Most tokens from a subject's head to the cue after its tail. */
const MAX_SUBJECT_TAIL = 8;

/**
 * True when the sentence opens with a plural head (after an optional article) whose prepositional tail runs to token i
 * with no mark between: "Estimates by the Argentinian government | state".
 */
function pluralHeadBefore(doc: Doc, i: number): boolean {
  let h = i;
  while (h > 0 && doc.sentOf[h - 1] === doc.sentOf[i]) h--;
  if (doc.lex.words.get(doc.keys[h]) === 'determiner') h++;
  if (i - h < 2 || i - h > MAX_SUBJECT_TAIL || !SUBJECT_TAIL.has(doc.keys[h + 1])) return false;
  for (let k = h + 1; k <= i; k++) if (/[,;:"“”()]/.test(doc.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start))) return false;
  const head = doc.keys[h];
  return (/[^s]s$/.test(head) && !doc.lex.words.get(head)) || PLURALS.has(head) || doc.lex.titleWords.get(head)?.gender === 'pl';
}

/** Verbs that follow a plural noun in a headline (Union demands remain unmet): the form before them is the noun. */
const PLURAL_VERBS = new Set(['remain', 'grow', 'mount', 'rise', 'go', 'get', 'spark', 'prompt', 'draw', 'met', 'unmet', 'ignored', 'rejected']);

/**
 * "Farmers union demands justice", "Fiancée of slain journalist demands answers at UN": in a headline, a headline-cue
 * form (objects.tsv) between a subject's last word (no function word, no possessive) and a bare object noun is the
 * verb; headlines drop the articles the body's noun-cue test looks for.
 */
function headlineVerb(doc: Doc, i: number): boolean {
  const block = doc.input.blocks[doc.input.sentences[doc.sentOf[i]]?.block ?? -1];
  const prev = i - 1, next = i + 1;
  if (block?.kind !== 'title' || prev < 0 || next >= doc.tokens.length || doc.sentOf[prev] !== doc.sentOf[i] || doc.sentOf[next] !== doc.sentOf[i]) return false;
  if (/\S/.test(doc.text.slice(doc.tokens[prev].end, doc.tokens[i].start)) || /\S/.test(doc.text.slice(doc.tokens[i].end, doc.tokens[next].start))) return false;
  if (doc.lex.words.get(doc.keys[prev]) || /['’]s?$/.test(doc.tokens[prev].text) || /^\d/.test(doc.tokens[prev].text)) return false;
  const k = doc.keys[next];
  return OPENERS.has(k) || k === 'that' || (!doc.lex.words.get(k) && !PLURAL_VERBS.has(k) && !/(ed|ing)$/.test(k));
}
