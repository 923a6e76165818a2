import type { Party } from '../model/index.js';
import type { Gender } from './lexicon/index.js';
import type { Doc, SpeakerRef } from './types.js';
import { firstWordAt } from '../text/words.js';
import { pronounSex } from './en/gender.js';
import { sexedName, sexedNameBefore, thatClauseName } from './en/antecedents.js';
import { oneSex, seenOf, sentenceOf, type Seen } from './coref-mention.js';

// The speaker of a bare verb or a subject pronoun (وقال، وأضافوا، he said, they said), taken from the mentions the
// speaker chain (coref.ts) has seen so far, or from the names of the sentences before.

/** How far back (sentences) a bare verb with no earlier speaker looks for a named entity as its subject. */
const MAX_SENTENCES_TO_ENTITY = 2;
/** How far back (sentences) an English "they" looks for a body or a plural before it takes one titled person. */
const MAX_SENTENCES_TO_PLURAL = 3;
/** True when a mention spells a country's own name (روسيا، Russia), not an adjective of it (روسي، أميركي). */
function countryName(text: string, e: { name: string; names: { ar?: string; en?: string } }): boolean {
  const t = text.replace(/^[وف]/, '');
  return t === e.names.ar || t === e.name || t === e.names.en || text === e.names.ar;
}
/** A definite nationality adjective (الأميركي، الكورية), as written. */
const NISBA = /^ال\S+(ي|ية|يه)$/u;
/** Pronouns that stand for a person (he, she), never for a body. */
const PERSONAL = new Set(['he', 'she']);
/** English pronouns that stand for more than one, or for a body (they said, their statement), never for one man or woman. */
const PLURAL = new Set(['they', 'them', 'their']);
/**
 * A verb of gender a can stand for a mention first seen with a verb of gender b. A plural verb may follow
 * any mention (قال المسؤولون … وأضافوا); a singular one never a mention made with a plural verb (وسطاء … أكدوا
 * is no antecedent of وأضافت).
 */
const compatible = (a: Gender, b: Gender) => a === '-' || b === '-' || a === b || a === 'pl' || (b === 'pl' && a === 'du');

/**
 * The speaker of a bare verb or a pronoun (ARABIC.md §3 P5–P6): the nearest earlier compatible mention of `seen`,
 * which it may extend (a name found in the text is pushed as a mention) or mark (the sex of a he/she that took it).
 */
export function pronounSpeaker(doc: Doc, seen: Seen[], ref: Extract<SpeakerRef, { kind: 'inherit' | 'pronoun' }>): Party | null {
  const key = ref.kind === 'pronoun' ? doc.keys[firstWordAt(doc.tokens, ref.start)] : '';
  // English he/she: never a mention known to be of the other sex (Mr Smith … Ms Jones … she said → Jones).
  const g = ref.gender === '-' && doc.lex.lang === 'en' ? pronounSex(key) : ref.gender;
  const personal = ref.kind === 'pronoun' && PERSONAL.has(key);
  // English "they": never a mention known to be one man or one woman (… Duterte …, which they've said → not Duterte),
  // by its words or by an earlier he/she that stood for it.
  const plural = ref.kind === 'pronoun' && doc.lex.lang === 'en' && PLURAL.has(key.replace(/['’].*$/u, ''));
  // وأضافوا، معتبرين: an Arabic plural verb goes on with the last phrase that names more than one, if any.
  if (doc.lex.lang === 'ar' && (g === 'pl' || g === 'du')) {
    for (let i = seen.length - 1; i >= 0; i--) {
      const m = seen[i];
      if (m.gender === 'pl' || m.gender === 'du') return { text: m.text, start: m.start, end: m.end };
    }
  }
  let found: Seen | undefined, titledOne: Seen | undefined;
  for (let i = seen.length - 1; i >= 0 && !found; i--) {
    const m = seen[i];
    if (!compatible(g, m.gender) || (plural && (oneSex(m.gender) || oneSex(m.heard)))) continue;
    // he/she: a person, one (not Miller and Smith), not heard as the other sex (He said … She informed police).
    if (personal && (!m.person || m.joint || (oneSex(g) && oneSex(m.heard) && m.heard !== g))) continue;
    // they: a body or more than one rather than one titled person (… Trade Minister Lund joined. They said …).
    if (plural && m.single) { titledOne ??= m; continue; }
    found = m;
  }
  // …unless none was named in the last MAX_SENTENCES_TO_PLURAL sentences: then the titled person, as before.
  if (titledOne && ref.kind === 'pronoun' && (!found || sentenceOf(doc, found.start) < sentenceOf(doc, ref.start) - MAX_SENTENCES_TO_PLURAL)) found = titledOne;
  // "The accusation against Biden is that he called for …": a he/she opening a that-clause after a phrase naming one
  // person of its sex is that person, not the last speaker of an earlier sentence.
  if (personal && doc.lex.lang === 'en' && (!found || sentenceOf(doc, found.start) < sentenceOf(doc, ref.start))) {
    const other = (a: number, b: number) => { const x = seenOf(doc, a, b, '-').gender; return oneSex(x) && x !== g; };
    const named = thatClauseName(doc, firstWordAt(doc.tokens, ref.start), other);
    if (named) return { text: doc.text.slice(named[0], named[1]), start: named[0], end: named[1] };
  }
  // "… spoke with Anne Sacoolas. She informed police": with no antecedent of that sex in this sentence or the one
  // before, a first name of the pronoun's sex in the sentence before (an object, not a speaker) is its antecedent.
  // Even one of that sex gives way to the subject of the sentence before when that opens with such a name
  // (… she said. Agnès Callamard, a UN rapporteur who …, cautioned … "True justice takes time," she said).
  if (personal && oneSex(g)) {
    const exact = !!found && (found.gender === g || found.heard === g);
    const name = sexedName(doc, firstWordAt(doc.tokens, ref.start), g, found?.start ?? -1, exact);
    if (name) {
      const m = seenOf(doc, name[0], name[1], g);
      seen.push(m);
      found = m;
    }
  }
  // (… administrator Emily Murphy sent a letter, giving access to what she described as …: with none before its
  // sentence, a name of that sex earlier in the pronoun's own sentence)
  if (!found && personal && oneSex(g) && doc.lex.lang === 'en') {
    const name = sexedNameBefore(doc, firstWordAt(doc.tokens, ref.start), g);
    if (name) { found = seenOf(doc, name[0], name[1], g); seen.push(found); }
    // (else the person opening the sentence before, for this pronoun only: an "it" after it may stand for a body named since)
    const opening = name ? undefined : openingPerson(doc, ref.start, g);
    if (opening) return { text: doc.text.slice(opening[0], opening[1]), start: opening[0], end: opening[1] };
  }
  if (found) {
    if (personal && oneSex(g)) found.heard = g;
    return { text: found.text, start: found.start, end: found.end };
  }
  // English "She told the court …" with no antecedent found: the pronoun itself, the statement kept.
  if (ref.kind === 'pronoun' && doc.lex.lang === 'en') return { text: doc.text.slice(ref.start, ref.end), start: ref.start, end: ref.end };
  // A bare Arabic verb (وقال إن …) before any speaker: the nearest earlier named person, body or country.
  if (ref.kind === 'inherit' && ref.sentence !== undefined) {
    const e = nearestEntity(doc, ref.sentence);
    if (e) return e;
    // No singular antecedent and no entity near: a phrase read as plural may still be its subject (as before
    // phrases had a number), rather than no statement.
    for (let i = seen.length - 1; i >= 0; i--) {
      const m = seen[i];
      if (m.gender === 'pl') return { text: m.text, start: m.start, end: m.end };
    }
  }
  return null;
}

/**
 * English: the person whose name opens the sentence before the pronoun's, as its subject or a possessor (`Volker's
 * position … put him in the center. In July, he helped …`), not known as of the other sex: the antecedent of a he or
 * she nothing else stands for, as offsets.
 */
function openingPerson(doc: Doc, at: number, g: Gender): [number, number] | undefined {
  const s = sentenceOf(doc, at);
  if (s < 1) return undefined;
  const i = doc.sentTokens[s - 1][0];
  const first = doc.tokens[i];
  for (const e of doc.input.entities) {
    const m = e.type === 'person' ? e.mentions.find((x) => x.start === first.start) : undefined;
    if (!m) continue;
    const sex = seenOf(doc, m.start, m.end, '-').gender;
    return oneSex(sex) && sex !== g ? undefined : [m.start, m.end];
  }
  // A surname alone, possessive or not, whose full name the article gave before with a given name of that sex (Kurt Volker).
  const bare = first.forms[first.forms.length - 1];
  if (!/^\p{Lu}/u.test(first.text) || doc.lex.words.has(bare) || doc.lex.titleWords.has(bare)) return undefined;
  for (let j = 1; j < i; j++) {
    const given = doc.lex.sexWords.get(doc.keys[j - 1]);
    if (doc.keys[j] === bare && given?.kind === 'given' && given.gender === g && /^\p{Lu}/u.test(doc.tokens[j - 1].text)) {
      return [first.start, first.forms.length > 1 && /['’]s$/u.test(first.text) ? first.end - 2 : first.end];
    }
  }
  return undefined;
}

/**
 * The antecedent of a bare verb when no speaker came before: the first named person, body or country
 * (not a nationality adjective) of the nearest of the MAX_SENTENCES_TO_ENTITY sentences before
 * sentence `s` that names one — the subject of a VSO sentence comes first (التقى بوتين بالرئيس … في موسكو. وقال).
 */
function nearestEntity(doc: Doc, s: number): Party | null {
  const sentences = doc.input.sentences;
  for (let p = s - 1; p >= Math.max(0, s - MAX_SENTENCES_TO_ENTITY); p--) {
    const { start, end } = sentences[p];
    let best: Party | null = null;
    for (const e of doc.input.entities) {
      if (e.type === 'place') continue;
      for (const m of e.mentions) {
        // الأميركي، الروسية: a nationality adjective names no speaker.
        // A country counts only by its name (دولار أميركي is no speaker): the mention must spell the entity's name.
        if (m.start < start || m.end > end || (e.type === 'country' && (NISBA.test(m.text) || !countryName(m.text, e)))) continue;
        if (!best || m.start < (best.start ?? Infinity)) best = { text: m.text, start: m.start, end: m.end };
      }
    }
    if (best) return best;
  }
  return null;
}
