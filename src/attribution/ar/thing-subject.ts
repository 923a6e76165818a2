import { CLAUSE_MARKS, commaBefore } from '../clause.js';
import { gapHas, sentenceStart } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc, Hit } from '../types.js';
import { relativeGender } from './antecedent.js';
import { marks, startsMention } from './mention-marks.js';
import { arabicSubjectBefore } from './speaker-before.js';
import { isTitle } from './speaker-words.js';

// مبينا أن المخططات التي كشفتها الجهات الأمنية تكشف عن …، أن تلك الإنجازات تؤكد أن …: a verb with no و/ف written on
// it, right after the noun phrase that opens its clause, has that phrase for its subject (SVO). When the phrase names a
// thing and the verb takes a plain object, the verb tells what the thing shows and reports nobody: it must not go on
// with the last speaker, and the statement around it keeps its words whole (01-verb-subject.ts decides on the object).
// A phrase naming a party (أن المملكة أوضحت) is left to the other rules.

/** Word classes before a noun phrase that leave it its clause's subject (أن، لكن، تلك), as function-words.tsv names them. */
const OPENERS = new Set(['complement', 'boundary', 'demonstrative']);
/** A particle carrying a pronoun (لكنهم، فإنها، أنهم), as a match key: the pronoun is the verb's dropped subject. */
const PARTICLE_PRONOUN = /^[وف]?(لكن|ان|بان|فان)(ه|ها|هم|هما|هن|نا|ني)$/;
/** A definite sound masculine plural (الجمهوريون، المراقبين), as a match key: people, so a party. */
const PEOPLE_PLURAL = /^ال[\u0621-\u064A]{3,}(ون|ين)$/;
/** Heads of a party beyond titles (المملكة، الدول، السلطات), as match keys without the article (fronted-parties.tsv). */
const parties = lazyKeySet('ar', 'fronted-parties.tsv');

/** The class of a function word, read with and without a و/ف written on it. */
function wordClass(doc: Doc, i: number): string | undefined {
  const key = doc.keys[i] ?? '';
  return doc.lex.words.get(key) ?? doc.lex.words.get(key.replace(/^[وف]/, ''));
}

/** True when the phrase opening at s names a party: a title or body, a listed name, people or a listed party head. */
const namesParty = (doc: Doc, s: number): boolean => isTitle(doc, s) || startsMention(doc, s) || PEOPLE_PLURAL.test(doc.keys[s])
  || parties().has(doc.keys[s].replace(/^ال/, ''));

/**
 * True when the bare verb of `hit` follows its own subject and that subject is a thing: a content word right before
 * the verb (no mark between), whose noun phrase starts the sentence or follows a comma or an opener (أن، لكن، تلك),
 * and names no party. The phrase may carry a relative clause (المخططات التي كشفتها الجهات | تكشف); a phrase right
 * after another cue verb is that verb's subject, and the verb's own stands further back (صاغه مجلس … | يدعو). A phrase
 * after a preposition (وعن العمل الثاني قالت، حول الإشاعات التي تتناولها قالت) is a topic: the verb keeps its dropped subject.
 */
export function thingSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  if (hit.prefixed || hit.cue.kind !== 'verb') return false;
  const floor = sentenceStart(doc, hit.start);
  const i = hit.start - 1;
  if (i < floor || gapHas(doc, hit.start, CLAUSE_MARKS) || PARTICLE_PRONOUN.test(doc.keys[i])) return false;
  if (wordClass(doc, i) !== undefined || /^[0-9\u0660-\u0669]/.test(doc.keys[i]) || marks(doc).hitEnd[hit.start]) return false;
  let s = arabicSubjectBefore(doc, hit.start, floor);
  if (s >= hit.start) return false;
  if (s > floor && relativeGender(doc.keys[s - 1]) !== undefined) {
    s = arabicSubjectBefore(doc, s - 1, floor);
    if (relativeGender(doc.keys[s]) !== undefined) return false;
  } else if (marks(doc).hitEnd[s] === 1) return true;
  if (s !== floor && !commaBefore(doc, s) && !OPENERS.has(wordClass(doc, s - 1) ?? '')) return false;
  return !namesParty(doc, s);
}
