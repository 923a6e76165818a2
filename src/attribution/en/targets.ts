import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange } from '../clause.js';
import { gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import { firstWordAt } from '../../text/words.js';
import type { Party, Stance } from '../../model/index.js';
import type { Doc } from '../types.js';
import { englishBefore } from './speaker.js';
import { unknownInTitleCase } from './target-title-case.js';

/** Punctuation that ends a phrase (attribution/gaps.ts). */
const BREAK = gapChars(',;:.!?()"“”');

/** Modals that lay a duty on the subject before them (foreign powers should leave), as keys. */
const DUTY_MODALS = new Set(['should', 'must', 'ought']);
/** Verbs that lay a duty with a following "to" (the government needs to act, Iran has to comply), as keys. */
const DUTY_TO = new Set(['need', 'needs', 'has', 'have']);
/** Words within which a duty is still the content's first clause (if the goal is peace, then X should …). */
const DUTY_WINDOW_TOKENS = 14;
/** Connectives that open the clause before its subject (then foreign powers should …), as keys. */
const CONNECTIVES = new Set(['then', 'so', 'and', 'but', 'now']);
/** Subjects that name no party (it should, there must be, this should): no target. */
const NO_PARTY = new Set(['it', 'there', 'this', 'that', 'what', 'which', 'who', 'i', 'we', 'you', 'he', 'she', 'they', 'everyone', 'everything', 'something', 'nothing', 'anything']);

/**
 * True when a target phrase [from, to) names no party: a number or an indefinite amount (called for 2 …, a 100-day …), a gerund,
 * "I", or one capitalised modifier cut from its noun (denounced Turkish-Libyan maritime …, blamed Democratic leadership).
 */
export function noParty(doc: Doc, from: number, to?: number): boolean {
  const key = doc.keys[from];
  if (/^\d/.test(doc.tokens[from].text) || key === 'a' || key === 'an' || key === 'i') return true;
  // instructs reporting of abuse to …: a gerund names an act, not a party.
  if (/ing$/.test(key) && /^\p{Ll}/u.test(doc.tokens[from].text)) return true;
  if (to === undefined) return false;
  // (UN Urges Calm In Capital: in a title-case line a capital marks no name, en/target-title-case.ts.)
  if (unknownInTitleCase(doc, from, to)) return true;
  const next = doc.tokens[to];
  return to === from + 1 && !!next && /^\p{Lu}/u.test(doc.tokens[from].text) && !/'s$/.test(key) && /^\p{Ll}/u.test(next.text)
    && !doc.lex.words.has(doc.keys[to]) && !gapHas(doc, to, BREAK);
}

/**
 * The one a duty in the content is laid on (said foreign powers should get out, insisted the government must act):
 * the subject before the content's first duty modal, when the statement is a demand (its stance after the content
 * shifted it) and the subject names a party.
 */
export function dutyBearer(doc: Doc, stance: Stance, content: [number, number]): [number, number][] {
  if (stance !== 'demand') return [];
  const lo = firstWordAt(doc.tokens, content[0]);
  for (let i = lo + 1; i < Math.min(doc.tokens.length, lo + DUTY_WINDOW_TOKENS); i++) {
    if (doc.tokens[i].end > content[1]) break;
    const key = doc.keys[i];
    if (!DUTY_MODALS.has(key) && !(DUTY_TO.has(key) && doc.keys[i + 1] === 'to')) continue;
    // the gun laws should be changed: a passive duty falls on whoever acts, not on its subject.
    if (doc.keys[i + 1] === 'be' && /ed$/.test(doc.keys[i + 2] ?? '')) return [];
    let s = englishBefore(doc, i, lo);
    while (s < i && CONNECTIVES.has(doc.keys[s])) s++;
    // (a host, such as Facebook, must remove …: the named example of a subject set off by commas is the one bound.)
    if (s >= i || noParty(doc, s) && gapHas(doc, i, BREAK)) return namedExample(doc, lo, i);
    if (i - s > MAX_TARGET_TOKENS || noParty(doc, s)) return [];
    for (let k = s; k < i; k++) if (NO_PARTY.has(doc.keys[k])) return [];
    return unknownInTitleCase(doc, s, i) ? [] : [charRange(doc, s, i)];
  }
  return [];
}

/** a host, such as Facebook, must …: the named example of the subject before the content's first duty modal, or none. */
export function dutyExample(doc: Doc, content: [number, number]): [number, number][] {
  const lo = firstWordAt(doc.tokens, content[0]);
  for (let i = lo + 1; i < Math.min(doc.tokens.length, lo + DUTY_WINDOW_TOKENS); i++) {
    if (doc.tokens[i].end > content[1]) break;
    if (DUTY_MODALS.has(doc.keys[i])) return namedExample(doc, lo, i);
  }
  return [];
}

/** The capitalised example after ", such as" that ends right before token i and a comma (a host, such as Facebook,), as a target. */
function namedExample(doc: Doc, lo: number, i: number): [number, number][] {
  if (!gapHas(doc, i, BREAK)) return [];
  let k = i;
  while (k > lo && /^\p{Lu}/u.test(doc.tokens[k - 1].text) && !(k < i && gapHas(doc, k, BREAK))) k--;
  return k < i && k - 2 >= lo && doc.keys[k - 2] === 'such' && doc.keys[k - 1] === 'as' && gapHas(doc, k - 2, BREAK) ? [charRange(doc, k, i)] : [];
}

/** Stances whose object is the accused, the one asked or the one warned. */
const OBJECT_STANCES = new Set<Stance>(['accuse', 'demand', 'warn']);
/** Object pronouns of one person, as keys: a target phrase of one names the pronoun's antecedent. */
const PERSON_OBJECTS = new Set(['him', 'her']);
/** Words after an object pronoun that show it is the object, not a possessive (accused her of; not warned her supporters). */
const AFTER_OBJECT = new Set(['of', 'for', 'to', 'against', 'not', 'that', 'a', 'an', 'as', 'over', 'with']);

/**
 * accused him of, urged her to: the targets of an English accusation, demand or warning whose cue's object is a
 * him/her (and which names no other target), with the pronoun taken for its antecedent by `antecedent` (none found:
 * no target, as a pronoun names nobody a reader can match).
 */
export function objectPronounTargets(doc: Doc, stance: Stance, cueEnd: number, targets: [number, number][], antecedent: (start: number) => Party | null): [number, number][] {
  const at = firstWordAt(doc.tokens, cueEnd);
  if (at + 1 >= doc.tokens.length || !PERSON_OBJECTS.has(doc.keys[at])) return targets;
  const t = doc.tokens[at];
  const self = targets.length === 1 && targets[0][0] === t.start && targets[0][1] === t.end;
  if (targets.length && !self) return targets;
  if (!OBJECT_STANCES.has(stance) || !(AFTER_OBJECT.has(doc.keys[at + 1]) || gapHas(doc, at + 1, BREAK))) return self ? [] : targets;
  const a = antecedent(t.start);
  return a && a.start !== undefined && a.end !== undefined ? [[a.start, a.end]] : self ? [] : targets;
}
