import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { afterInitial, cueStartsAt, gapHas, inDomainName, quoteOpeningAt, TITLE_ABBREVIATIONS } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, SpeakerRef } from '../types.js';
import { objectWords } from './objects.js';

const BREAK = gapChars(',;:.!?()"“”«»');
const COMMA = gapChars(',');
/** Endings of adverbs and verb forms, never the nouns of a bare subject phrase. */
const NOT_NOUN = /(ly|ing|ed)$/;
const CAPITAL = /^\p{Lu}/u;
/** An all-capital word of two letters or more (WHO, UN, NATO). */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Lower-case words a speaker phrase may hold between its determiner or name and its end. */
const LENIENT_WORDS = 3;
// (being: "the chances of those trapped being found alive" is a passive too)
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

const cls = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]);

/** A word that can sit in an English speaker phrase: a capitalised word, a title or role, the/a/of, a number. */
export function inPhrase(doc: Doc, i: number): boolean {
  const t = doc.tokens[i].text;
  const c = cls(doc, i);
  // (the WHO: an acronym is a name, whatever the lower-case word it spells)
  if (c && c !== 'determiner' && !ACRONYM.test(t)) return false;
  // (the government's lawyer: a title word's possessive is in the phrase too)
  return CAPITAL.test(t) || /-\p{Lu}/u.test(t) || doc.lex.titleWords.has(doc.keys[i].replace(/['’]s$/u, '')) || cls(doc, i) === 'determiner' || /^\d/.test(t)
    || inDomainName(doc, i);
}

/**
 * "Doctors Without Borders said", "Reporters Without Borders": a capitalised function word between two capitalised
 * words of the phrase is part of a name (a sentence-initial one, "On live television Erdogan …", is not: none before it).
 */
function innerCapitalWord(doc: Doc, i: number, floor: number, end: number): boolean {
  return i > floor && i + 1 < end && CAPITAL.test(doc.tokens[i].text) && cls(doc, i) === 'preposition'
    && CAPITAL.test(doc.tokens[i - 1].text) && CAPITAL.test(doc.tokens[i + 1].text) && !gapHas(doc, i, BREAK) && !gapHas(doc, i + 1, BREAK);
}

/** True when a cue starts at token i (a verb never sits inside a speaker phrase). */
function startsCue(doc: Doc, i: number): boolean {
  return cueStartsAt(doc, i);
}

export const isBe = (doc: Doc, i: number) => BE.has(doc.keys[i]);

/** Is token i a cue's third-person present form (reports, says, claims), listed in cues.tsv whatever its reading here? */
function presentCue(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  const found = key.endsWith('s') ? doc.lex.cues.first([key], 0, [key]) : undefined;
  return !!found && found[1] === 1 && found[0].value.kind === 'verb';
}

/** Start of the speaker phrase that ends just before token `end` (exclusive bound `floor`); `end` when none. */
export function englishBefore(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && end - k < MAX_SPEAKER_TOKENS) {
    const i = k - 1;
    if (k < end && gapHas(doc, k, BREAK) && !afterInitial(doc, k) && !afterTitleAbbreviation(doc, k)) break;
    // Search and Rescue Agency, Miller and Smith: "and" between capitalised words.
    const capitalAt = (x: number) => CAPITAL.test(doc.tokens[x].text) || (cls(doc, x) === 'determiner' && x + 1 < end && CAPITAL.test(doc.tokens[x + 1].text));
    // The government and the pro-Beijing camp: a body or title word, "and", then a determiner-led phrase.
    const joined = doc.keys[i] === 'and' && k < end && i > floor && !gapHas(doc, i, BREAK)
      && (capitalAt(k) && CAPITAL.test(doc.tokens[i - 1].text) || cls(doc, k) === 'determiner' && doc.lex.titleWords.has(doc.keys[i - 1]));
    // US Ambassador to Germany Richard Grenell, Minister for Health X: a title's "to"/"for" + a name.
    // (… Ambassador to the United Nations Nikki Haley: the name may open with "the").
    // (The Office for Road Safety: a capitalised body word + "for" + a name.)
    const head = doc.lex.titleWords.get(doc.keys[i - 1])?.kind;
    // (The Commission on Presidential Debates: "on" after a capitalised body word as well.)
    const titled = (doc.keys[i] === 'to' || doc.keys[i] === 'for' || doc.keys[i] === 'on') && k < end && i > floor && capitalAt(k)
      && (head === 'title' && doc.keys[i] !== 'on' || head === 'body' && doc.keys[i] !== 'to' && CAPITAL.test(doc.tokens[i - 1].text))
      && !gapHas(doc, i, BREAK);
    if (!inPhrase(doc, i) && !joined && !titled && !innerCapitalWord(doc, i, floor, end)) break;
    k--;
  }
  // Lower-case nouns after a determiner or a name: "a university student named Wong", "the pro-Beijing camp".
  let j = k;
  while (j > floor && k - j < LENIENT_WORDS && !(j < end && gapHas(doc, j, BREAK)) && !cls(doc, j - 1) && /^\p{Ll}/u.test(doc.tokens[j - 1].text)
    && !startsCue(doc, j - 1)) j--;
  // "Both officers indicated …", "Some analysts said": a quantifier opening the clause leads the lower-case phrase.
  if (j < k && k === end && j - 1 >= floor && LEADING_QUANTIFIERS.has(doc.keys[j - 1]) && (j - 1 === floor || gapHas(doc, j - 1, BREAK))
    && !doc.keys.slice(j, k).some((w) => NOT_NOUN.test(w))) return j - 1;
  // "…, his family said": a possessive after a break leads the lower-case words after it, whatever their endings.
  if (j + 1 < k && k === end && POSSESSIVES.has(doc.keys[j]) && (j === floor || gapHas(doc, j, BREAK))) return j;
  // "According to reports, critics have said": lower-case words alone that open a clause after a comma are its subject
  // (not an adverb or a participle: ", sharply criticized", ", carrying placards asking").
  if (j < k && k === end && j > floor && gapHas(doc, j, COMMA) && !doc.keys.slice(j, k).some((w) => NOT_NOUN.test(w))) return j;
  // Senator Ann Lee and incoming chair of the committee Tom Ray: "and" after a name joins a second, lower-case-led
  // speaker phrase into one joint speaker (GUIDELINES.md).
  if (j < k && j - 2 >= floor && doc.keys[j - 1] === 'and' && CAPITAL.test(doc.tokens[j - 2].text) && !cls(doc, j - 2)
    && !gapHas(doc, j - 1, BREAK) && !gapHas(doc, j, BREAK) && !startsCue(doc, j - 2)) {
    // Only a titled second phrase (chair, leader …), and a first one of names and titles (not "Trump visited Texas").
    const titled = (x: number) => { const t = doc.lex.titleWords.get(doc.keys[x])?.kind; return t === 'title' || t === 'role'; };
    const s = englishBefore(doc, j - 1, floor);
    let ok = s < j - 1 && doc.keys.slice(j, end).some((_, x) => titled(j + x));
    for (let x = s; ok && x < j - 1; x++) ok = inPhrase(doc, x) || titled(x);
    if (ok) return s;
  }
  // "Legal and religious groups", "the local and foreign observers": two modifiers joined by "and".
  if (j < k && j - 2 >= floor && doc.keys[j - 1] === 'and' && !cls(doc, j - 2) && !startsCue(doc, j - 2) && !gapHas(doc, j - 1, BREAK)
    && (j - 2 === floor || cls(doc, j - 3) === 'determiner')) {
    return j - 2 > floor && cls(doc, j - 3) === 'determiner' ? j - 3 : j - 2;
  }
  // (a capitalised preposition opens an adjunct, not the phrase: "On live television Erdogan attacked …")
  if (j < k && j > floor && !gapHas(doc, j, BREAK) && (cls(doc, j - 1) === 'determiner' || CAPITAL.test(doc.tokens[j - 1].text) && !cls(doc, j - 1))) {
    k = englishBefore(doc, j, floor);
    if (k === j) k = j - 1;
  }
  while (k < end && (doc.keys[k] === 'of' || doc.keys[k] === 'and')) k++;
  k = lastArticle(doc, k, end);
  // "…, his lawyer said": after a comma, a possessive before a title word leads the phrase (as an article would); elsewhere
  // the bare head stays an anaphor of the one named before (reported its source said → the anonymous source).
  if (k < end && k - 1 > floor && POSSESSIVES.has(doc.keys[k - 1]) && !gapHas(doc, k, BREAK) && gapHas(doc, k - 1, COMMA)) k--;
  // "Both lawyers said": a quantifier opening the clause before a title-word phrase leads it.
  if (k < end && k - 1 >= floor && LEADING_QUANTIFIERS.has(doc.keys[k - 1]) && (k - 1 === floor || gapHas(doc, k - 1, BREAK))
    && !gapHas(doc, k, BREAK)) return k - 1;
  // A lone sentence-initial "The"/"A" is no speaker.
  if (end - k === 1 && cls(doc, k) === 'determiner') return end;
  // Only numbers: "1,279 confirmed cases" is a count before an adjective, not a speaker before a verb.
  // ("There were 1,279 confirmed cases": a phrase ending in a number is a count, whatever opens it.)
  if (k < end && (doc.tokens.slice(k, end).every((t) => /^\d/.test(t.text)) || /^\d[\d.,]*$/.test(doc.tokens[end - 1].text))) return end;
  return k;
}

/** Possessive determiners of a third party (his office, their lawyer); one list for the English rules. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Quantifiers that lead a bare plural subject at a clause start (Both officers, Many analysts). */
const LEADING_QUANTIFIERS = new Set(['both', 'some', 'many', 'several', 'most', 'all']);

/** Articles that open a noun phrase. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words after which an article stays inside one speaker phrase (Ambassador to the United Nations, head of the league). */
const ARTICLE_LINKS = new Set(['of', 'to', 'for', 'on', 'and', 'in', 'at', 'from', 'by', 'with']);

/**
 * "told the press the officers claimed": an article right after a noun, with no link word between, opens a second
 * phrase (the first is the addressee of a verb before it); the speaker is the last one. Tokens [k, end) scanned.
 */
function lastArticle(doc: Doc, k: number, end: number): number {
  let start = k;
  for (let i = k + 1; i < end - 1; i++) {
    // (not after a verb form: "people holding a banner saying")
    if (ARTICLES.has(doc.keys[i]) && !ARTICLE_LINKS.has(doc.keys[i - 1]) && cls(doc, i - 1) !== 'determiner' && !NOT_NOUN.test(doc.keys[i - 1])) start = i;
  }
  return start;
}

/** End of the speaker phrase starting at token `from` (said Wong / according to the BBC). */
export function englishAfter(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_SPEAKER_TOKENS) {
    if (k > from && gapHas(doc, k, BREAK) && !afterTitleAbbreviation(doc, k) && !inDomainName(doc, k)) break;
    if (!inPhrase(doc, k) && !(k > from && doc.keys[k] === 'and' && k + 1 < end && inPhrase(doc, k + 1))) break;
    k++;
  }
  while (k > from && (doc.keys[k - 1] === 'of' || cls(doc, k - 1) === 'determiner')) k--;
  return k;
}

/** Skips adverbs and auxiliaries backwards from token `end` (has also, had previously). */
export function skipBackAdverbs(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && cls(doc, k - 1) === 'adverb' && !gapHas(doc, k, BREAK)) k--;
  return k;
}

/** Sentence-initial names (Prime Minister Boris Johnson joined …): antecedents for he/she even without a cue. */
export function sentenceSubjects(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of doc.sentTokens) {
    if (first >= last || !CAPITAL.test(doc.tokens[first].text)) continue;
    // ("So I hate …," he told …: the first words of a quotation are the quoted speaker's, no antecedent.)
    if (quoteOpeningAt(doc, first)) continue;
    let e = englishAfter(doc, first, last);
    // "Bangladesh reports five new deaths": a present-tense cue word ending the phrase is its verb, not its last noun.
    if (e - first >= 2 && e < last && presentCue(doc, e - 1)) e--;
    // "Emily Stone, 39, who …, met …": an age in commas after the name still leaves it the subject.
    const aged = e > first && e < last && /^,\s*$/.test(doc.text.slice(doc.tokens[e - 1].end, doc.tokens[e].start)) && /^\d{1,3}$/.test(doc.tokens[e].text);
    // "Adamowicz, 53, has supported …": a one-word subject only when it names someone met before, then an age or a verb.
    // ("Vale responded on Twitter, attacking …": a cue that reports nothing leaves the name the participle's antecedent.)
    const lone = e - first === 1 && (aged || FINITE_AFTER_SUBJECT.has(doc.keys[e]) || startsCue(doc, e)) && namedBefore(doc, first);
    if ((e - first < 2 && !lone) || e >= last || gapHas(doc, e, BREAK) && !aged && !asideThenVerb(doc, e, last)) continue;
    // "Qaboos's 1970 overthrow …", "The November border demarcation …": a phrase ending in a number or a date names no one.
    if (/^\d+$/.test(doc.tokens[e - 1].text) || inTime(doc, e - 1)) continue;
    // "The November border demarcation resulted …": the and one capitalised word before a noun (a lower-case word that is
    // no verb form or cue, then another lower-case word: "The Union met in …" keeps its subject) only modify the subject.
    if (e - first === 2 && cls(doc, first) === 'determiner' && modifierOnly(doc, e) && e + 1 < last
      && /^\p{Ll}/u.test(doc.tokens[e + 1].text) && !cls(doc, e + 1) && !gapHas(doc, e + 1, BREAK)) continue;
    out.push([doc.tokens[first].start, doc.tokens[jointEnd(doc, e, last) - 1].end]);
  }
  return out;
}

/** Words that open a second conjunct naming more than one with the subject (… and his counterparts, and other envoys). */
const JOINT_OPENERS = new Set(['his', 'her', 'their', 'other']);
/** Marks that end a conjunct (commas do not: his Greek, Cypriot and French counterparts). */
const HARD_BREAK = gapChars(';:.!?()"“”«»');
/** Most tokens of such a conjunct (his Greek, Cypriot and French counterparts). */
const MAX_JOINT_TOKENS = 8;

/**
 * "Foreign minister Sam Lee and his Greek, Cypriot and French counterparts, …, met …": the subject runs on through
 * "and his …" to its plural head noun, so that a later "they" takes all of them, not one titled person named since.
 * Returns the subject's end: `e` when no such conjunct follows it.
 */
function jointEnd(doc: Doc, e: number, last: number): number {
  if (e + 2 >= last || doc.keys[e] !== 'and' || !JOINT_OPENERS.has(doc.keys[e + 1]) || gapHas(doc, e, BREAK)) return e;
  for (let k = e + 2; k < Math.min(last, e + 2 + MAX_JOINT_TOKENS); k++) {
    if (gapHas(doc, k, HARD_BREAK)) return e;
    if (/^\p{Ll}+s$/u.test(doc.tokens[k].text) && !cls(doc, k) && (k + 1 >= last || gapHas(doc, k + 1, BREAK) || !CAPITAL.test(doc.tokens[k + 1].text) && /^\p{Ll}/u.test(doc.tokens[k + 1].text))) return k + 1;
    if (/^\p{Ll}/u.test(doc.tokens[k].text) && cls(doc, k) && doc.keys[k] !== 'and') return e;
  }
  return e;
}

/** True when token i is a lower-case word of no listed class that is no verb form (-s, -ed), finite verb or cue. */
const modifierOnly = (doc: Doc, i: number) => /^\p{Ll}/u.test(doc.tokens[i].text) && !cls(doc, i) && !/(s|ed)$/.test(doc.keys[i])
  && !FINITE_AFTER_SUBJECT.has(doc.keys[i]) && !startsCue(doc, i) && !gapHas(doc, i, BREAK);

/** True when token i lies inside a time expression of the text (November, last Monday). */
/** True when token i is in a time the time stage found or is a time word of the lexicon (Monday, week). */
const dated = (doc: Doc, i: number) => inTime(doc, i) || doc.lex.words.get(doc.keys[i]) === 'time';
export const inTime = (doc: Doc, i: number) => doc.input.times.some((t) => t.start <= doc.tokens[i].start && doc.tokens[i].end <= t.end);

/** True when the capitalised word at token i (no function word) ended a capitalised name earlier (Mayor Adamowicz … Adamowicz). */
function namedBefore(doc: Doc, i: number): boolean {
  if (cls(doc, i) || doc.lex.titleWords.has(doc.keys[i])) return false;
  for (let j = 1; j < i; j++) if (doc.keys[j] === doc.keys[i] && CAPITAL.test(doc.tokens[j].text) && CAPITAL.test(doc.tokens[j - 1].text)) return true;
  return false;
}

/**
 * True when token k is an irregular past (objects.tsv: past-verb) after at least one noun of a subject opened at `from`:
 * The senators met … ("the lost children", right after the article, is an adjective).
 */
const pastAfterNoun = (doc: Doc, from: number, k: number) => k > from + 1 && objectWords().get('past-verb')!.has(doc.keys[k]);

/** Finite words that may follow a common-noun subject (the attacker is …, the comments had …). */
const FINITE_AFTER_SUBJECT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'may', 'might']);

/**
 * End of a determiner-led common-noun subject at token `from` (The attacker is reported …, The comments called …): a
 * determiner, one to LENIENT_WORDS lower-case words of no listed class that are no verb form, then a finite verb, an
 * -ed form, an irregular past (met, held) or a cue. `from` when there is none.
 */
export function commonNounSubject(doc: Doc, from: number, limit: number): number {
  if (cls(doc, from) !== 'determiner' || !['the', 'a', 'an'].includes(doc.keys[from])) return from;
  let k = from + 1;
  while (k < limit && k - from <= LENIENT_WORDS && /^\p{Ll}/u.test(doc.tokens[k].text) && !cls(doc, k) && !NOT_NOUN.test(doc.keys[k])
    && !FINITE_AFTER_SUBJECT.has(doc.keys[k]) && !startsCue(doc, k) && !gapHas(doc, k, BREAK) && !pastAfterNoun(doc, from, k)) k++;
  if (k === from + 1 || k >= limit || gapHas(doc, k, BREAK)) return from;
  return FINITE_AFTER_SUBJECT.has(doc.keys[k]) || /ed$/.test(doc.keys[k]) || startsCue(doc, k) || pastAfterNoun(doc, from, k) ? k : from;
}

/** Words that open a clause of its own after a comma (…, where Dr. X was met …). */
const SUBORDINATORS = new Set(['where', 'when', 'while', 'whereas', 'after', 'because', 'since']);

/**
 * The name subject of the last subordinate clause before token `at` in the sentence (from `floor`): "…, where Dr. Tomasz
 * Stefaniak was met with applause upon announcing …" → Dr. Tomasz Stefaniak; null when no such clause, or a comma
 * between it and `at`.
 */
export function subordinateSubject(doc: Doc, floor: number, at: number): SpeakerRef | null {
  for (let w = at - 2; w > floor; w--) {
    if (gapHas(doc, w + 1, BREAK) && !afterInitial(doc, w + 1) && !afterAbbreviation(doc, w + 1)) return null;
    if (!SUBORDINATORS.has(doc.keys[w]) || !gapHas(doc, w, COMMA)) continue;
    const e = englishAfter(doc, afterAbbreviation(doc, w + 2) ? w + 2 : w + 1, at);
    if (e - (w + 1) < 2 || !CAPITAL.test(doc.tokens[w + 1].text)) return null;
    return { kind: 'span', start: doc.tokens[w + 1].start, end: doc.tokens[e - 1].end, gender: '-' };
  }
  return null;
}

/** True when token i follows a short capitalised abbreviation and its full stop (Dr. Tomasz, Gen. Smith). */
function afterAbbreviation(doc: Doc, i: number): boolean {
  return i > 0 && i < doc.tokens.length && /^\p{Lu}\p{Ll}{0,2}$/u.test(doc.tokens[i - 1].text) && /^\.\s$/.test(doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start))
    && CAPITAL.test(doc.tokens[i].text);
}

/** True when token i is a capitalised name after an abbreviated title and its full stop (Ms. Gillard): no break of a phrase. */
function afterTitleAbbreviation(doc: Doc, i: number): boolean {
  return i > 0 && TITLE_ABBREVIATIONS.has(doc.keys[i - 1]) && /^\.\s$/.test(doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start))
    && CAPITAL.test(doc.tokens[i].text);
}

/** Most tokens of an aside between a subject and its verb (Mitch McConnell, the Senate Majority Leader, said). */
const MAX_SUBJECT_ASIDE_TOKENS = 8;

/**
 * "Mitch McConnell, the Republican Senate Majority Leader, reportedly committed …": after the name, an aside in
 * commas (no other mark in it) and then a lower-case word that is no determiner, preposition or conjunction — the
 * predicate, so the name is the sentence's subject. A list (Paris, Lyon and Nice) or a fronted phrase is not.
 */
function asideThenVerb(doc: Doc, e: number, last: number): boolean {
  if (!/^,\s*$/.test(doc.text.slice(doc.tokens[e - 1].end, doc.tokens[e].start))) return false;
  for (let k = e + 1; k < Math.min(last, e + MAX_SUBJECT_ASIDE_TOKENS + 1); k++) {
    const gap = doc.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start);
    if (/^,\s*$/.test(gap)) {
      const c = cls(doc, k);
      return /^\p{Ll}/u.test(doc.tokens[k].text) && c !== 'determiner' && c !== 'preposition' && c !== 'complement'
        && !['and', 'or', 'but', 'who', 'which'].includes(doc.keys[k]) && !doc.keys.slice(e, k).includes('and');
    }
    if (gapHas(doc, k, BREAK)) return false;
  }
  return false;
}

/** Lower-case words a source phrase after "according to" may hold (health officials, a court clerk). */
const SOURCE_LOWER_WORDS = 3;
const SOURCE_LINKS = new Set(['of', 'by', 'from', 'for']);
/** Words that open a time phrase (last week, next month), never part of a source. */
const TIME_LEADS = new Set(['last', 'next', 'earlier', 'later']);

/**
 * End of the source phrase after "according to" (or "as reported by"): a name or title phrase, else up to
 * three lower-case words (prosecutor Josh Bash, current president Emmerson Mnangagwa, state media,
 * a poll published by NBC News), stopping at punctuation, a cue, or a past form not followed by "by".
 */
export function englishSource(doc: Doc, from: number, end: number): number {
  let k = from, lower = 0;
  while (k < end && k - from < MAX_SPEAKER_TOKENS + SOURCE_LOWER_WORDS) {
    if (k > from && gapHas(doc, k, BREAK) && !afterInitial(doc, k)) break;
    const key = doc.keys[k];
    // "a May 3 company press release", "a March 14, 2019 NATO press release": a date right after the article dates the
    // source and is part of it.
    if (k === from + 1 && ARTICLES.has(doc.keys[from]) && inTime(doc, k)) {
      let t = k + 1;
      while (t < end && inTime(doc, t)) t++;
      if (t < end && !gapHas(doc, t, BREAK)) { k = t; continue; }
    }
    if (inTime(doc, k) || TIME_LEADS.has(key)) break;
    // "the ministry late on Monday": late/early before a date opens a time phrase (never "the late president").
    if ((key === 'late' || key === 'early') && k > from && [k + 1, k + 2].some((t) => t < end && dated(doc, t) && doc.keys.slice(k + 1, t).every((w) => w === 'on'))) break;
    if (inPhrase(doc, k)) { k++; continue; }
    if (key === 'and' && k > from && k + 1 < end && inPhrase(doc, k + 1) && CAPITAL.test(doc.tokens[k - 1].text)) { k++; continue; }
    if (SOURCE_LINKS.has(key) && k > from && k + 1 < end && !gapHas(doc, k + 1, BREAK)) { k++; continue; }
    const plain = /^\p{Ll}/u.test(doc.tokens[k].text) && !cls(doc, k) && !startsCue(doc, k);
    if (!plain || lower >= SOURCE_LOWER_WORDS) break;
    if (/ed$/.test(key) && doc.keys[k + 1] !== 'by') break;
    lower++;
    k++;
  }
  while (k > from && (SOURCE_LINKS.has(doc.keys[k - 1]) || cls(doc, k - 1) === 'determiner')) k--;
  return k;
}
