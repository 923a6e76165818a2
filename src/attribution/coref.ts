import type { Entity, Party } from '../model/index.js';
import type { Gender } from './lexicon/index.js';
import type { Doc, SpeakerRef } from './types.js';
import { firstWordAt, type Word } from '../text/words.js';
import { entitySex, mentionSex, pronounSex, surnameSex } from './en/gender.js';
import { phraseGender } from './ar/number.js';
import { sexedName, sexedNameBefore, thatClauseName, titledName } from './en/antecedents.js';

/** A full speaker mention seen so far in the article. */
interface Seen {
  text: string;
  start: number;
  end: number;
  gender: Gender;
  keys: string[];
  /** Could be a person (not an acronym, not headed by a body noun such as government/embassy). */
  person: boolean;
  /** English: the sex of a he/she that took this mention as its antecedent (The head of … told the court … She also said). */
  heard?: Gender;
  /** English: two or more joined by "and" (Miller and Smith): plural, never a he or she. */
  joint?: boolean;
  /** English: one titled or sexed person (the Italian foreign minister, Mr Lee): a "they" passes over it for a body near. */
  single?: boolean;
}

const ARTICLE = 'ال';
/** How far back (sentences) a bare verb with no earlier speaker looks for a named entity as its subject. */
const MAX_SENTENCES_TO_ENTITY = 2;
/** How far back (sentences) an English object pronoun (accused him) looks for its antecedent among the chain's mentions. */
const MAX_SENTENCES_TO_OBJECT = 2;
/** How far back (sentences) an English "they" looks for a body or a plural before it takes one titled person. */
const MAX_SENTENCES_TO_PLURAL = 3;
/** True when a mention spells a country's own name (روسيا، Russia), not an adjective of it (روسي، أميركي). */
function countryName(text: string, e: { name: string; names: { ar?: string; en?: string } }): boolean {
  const t = text.replace(/^[وف]/, '');
  return t === e.names.ar || t === e.name || t === e.names.en || text === e.names.ar;
}
/** A definite nationality adjective (الأميركي، الكورية), as written. */
const NISBA = /^ال\S+(ي|ية|يه)$/u;
const bare = (k: string) => (k.startsWith(ARTICLE) && k.length > 4 ? k.slice(2) : k);
/** Pronouns that stand for a person (he, she), never for a body. */
const PERSONAL = new Set(['he', 'she']);
/** A known man or woman: never the antecedent of an English "they". */
const oneSex = (g: Gender | undefined) => g === 'm' || g === 'f';
/** English pronouns that stand for more than one, or for a body (they said, their statement), never for one man or woman. */
const PLURAL = new Set(['they', 'them', 'their']);
/**
 * A verb of gender a can stand for a mention first seen with a verb of gender b. A plural verb may follow
 * any mention (قال المسؤولون … وأضافوا); a singular one never a mention made with a plural verb (وسطاء … أكدوا
 * is no antecedent of وأضافت).
 */
const compatible = (a: Gender, b: Gender) => a === '-' || b === '-' || a === b || a === 'pl' || (b === 'pl' && a === 'du');

/** The head word of an English phrase: the last word before "of", else the last word (Police spokesman X → X). */
function englishHead<T extends { key: string }>(toks: T[]): T | undefined {
  const of = toks.findIndex((t) => t.key === 'of');
  return of > 0 ? toks[of - 1] : toks[toks.length - 1];
}

/**
 * Resolves speakers in text order (ARABIC.md §3 P5–P6): a bare verb or a pronoun takes the nearest
 * earlier compatible speaker; a role-only (الممثل, the spokesman) or surname-only (بيسكوف) mention takes
 * the earlier full mention that contains its head word.
 */
export class SpeakerChain {
  private readonly seen: Seen[] = [];

  constructor(private readonly doc: Doc) {}

  /** Notes a full mention that made no statement, as a later antecedent. */
  observe(start: number, end: number): void {
    this.resolve({ kind: 'span', start, end, gender: '-' });
  }

  /** The speaker of ref; a full mention is remembered as a later antecedent unless `remember` is false. */
  resolve(ref: SpeakerRef, remember = true): Party | null {
    const { doc } = this;
    if (ref.kind === 'inherit' || ref.kind === 'pronoun') {
      const key = ref.kind === 'pronoun' ? doc.keys[firstWordAt(doc.tokens, ref.start)] : '';
      // English he/she: never a mention known to be of the other sex (Mr Smith … Ms Jones … she said → Jones).
      const g = ref.gender === '-' && doc.lex.lang === 'en' ? pronounSex(key) : ref.gender;
      const personal = ref.kind === 'pronoun' && PERSONAL.has(key);
      // English "they": never a mention known to be one man or one woman (… Duterte …, which they've said → not Duterte),
      // by its words or by an earlier he/she that stood for it.
      const plural = ref.kind === 'pronoun' && doc.lex.lang === 'en' && PLURAL.has(key.replace(/['’].*$/u, ''));
      // وأضافوا، معتبرين: an Arabic plural verb goes on with the last phrase that names more than one, if any.
      if (doc.lex.lang === 'ar' && (g === 'pl' || g === 'du')) {
        for (let i = this.seen.length - 1; i >= 0; i--) {
          const m = this.seen[i];
          if (m.gender === 'pl' || m.gender === 'du') return { text: m.text, start: m.start, end: m.end };
        }
      }
      let found: Seen | undefined, titledOne: Seen | undefined;
      for (let i = this.seen.length - 1; i >= 0 && !found; i--) {
        const m = this.seen[i];
        if (!compatible(g, m.gender) || (plural && (oneSex(m.gender) || oneSex(m.heard)))) continue;
        // he/she: a person, one (not Miller and Smith), not heard as the other sex (He said … She informed police).
        if (personal && (!m.person || m.joint || (oneSex(g) && oneSex(m.heard) && m.heard !== g))) continue;
        // they: a body or more than one rather than one titled person (… Trade Minister Lund joined. They said …).
        if (plural && m.single) { titledOne ??= m; continue; }
        found = m;
      }
      // …unless none was named in the last MAX_SENTENCES_TO_PLURAL sentences: then the titled person, as before.
      if (titledOne && ref.kind === 'pronoun' && (!found || this.sentenceOf(found.start) < this.sentenceOf(ref.start) - MAX_SENTENCES_TO_PLURAL)) found = titledOne;
      // "The accusation against Biden is that he called for …": a he/she opening a that-clause after a phrase naming one
      // person of its sex is that person, not the last speaker of an earlier sentence.
      if (personal && doc.lex.lang === 'en' && (!found || this.sentenceOf(found.start) < this.sentenceOf(ref.start))) {
        const other = (a: number, b: number) => { const x = this.seenOf(a, b, '-').gender; return oneSex(x) && x !== g; };
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
          const m = this.seenOf(name[0], name[1], g);
          this.seen.push(m);
          found = m;
        }
      }
      // (… administrator Emily Murphy sent a letter, giving access to what she described as …: with none before its
      // sentence, a name of that sex earlier in the pronoun's own sentence)
      if (!found && personal && oneSex(g) && doc.lex.lang === 'en') {
        const name = sexedNameBefore(doc, firstWordAt(doc.tokens, ref.start), g);
        if (name) { found = this.seenOf(name[0], name[1], g); this.seen.push(found); }
        // (else the person opening the sentence before, for this pronoun only: an "it" after it may stand for a body named since)
        const opening = name ? undefined : this.openingPerson(ref.start, g);
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
        const e = this.nearestEntity(ref.sentence);
        if (e) return e;
        // No singular antecedent and no entity near: a phrase read as plural may still be its subject (as before
        // phrases had a number), rather than no statement.
        for (let i = this.seen.length - 1; i >= 0; i--) {
          const m = this.seen[i];
          if (m.gender === 'pl') return { text: m.text, start: m.start, end: m.end };
        }
      }
      return null;
    }
    const text = doc.text.slice(ref.start, ref.end);
    const toks = this.wordsOf(ref.start, ref.end);
    const keys = toks.map((t) => bare(t.key));
    if (this.isPartial(toks.map((t) => t.key))) {
      let at = -1;
      for (let i = this.seen.length - 1; i >= 0 && at < 0; i--) {
        // "the archbishop" stands for "Archbishop Jorge Ruiz": determiners need not recur.
        const m = this.seen[i];
        if (m.keys.length > keys.length && keys.every((k) => m.keys.includes(k) || (doc.lex.lang === 'en' && doc.lex.words.get(k) === 'determiner'))) at = i;
      }
      // "… minister Stefano Patuanelli sent a letter, but the minister said": a holder of the title named since.
      const holder = doc.lex.lang === 'en' ? this.titleHolder(keys, ref.start, at >= 0 ? this.seen[at].end : -1) : undefined;
      if (holder) {
        if (remember) this.seen.push(this.seenOf(holder[0], holder[1], '-'));
        return { text: doc.text.slice(holder[0], holder[1]), start: holder[0], end: holder[1] };
      }
      if (at >= 0) {
        const m = this.seen[at];
        // "Durbin" after "Senator Dick Durbin and Representative Adam Schiff": the conjunct that holds the name.
        const part = this.conjunct(m, keys);
        // The conjunct is now a mention of one person (Smith told … He said → Smith).
        if (part && remember) this.seen.push(this.seenOf(part.start!, part.end!, '-'));
        if (part) return part;
        // The fuller mention is now the most recent one (وتابع كيري … وشدد: كيري, not a speaker in between).
        if (remember && at < this.seen.length - 1) this.seen.push(...this.seen.splice(at, 1));
        return { text: m.text, start: m.start, end: m.end };
      }
    }
    if (remember) this.seen.push(this.seenOf(ref.start, ref.end, ref.gender, toks));
    return { text, start: ref.start, end: ref.end };
  }

  /**
   * English: the antecedent of an object pronoun (accused him of, urged her to) in a statement whose speaker is
   * `speaker`, read without changing the chain, and never the speaker ("X accused him" is never X): the one person
   * named earlier in the pronoun's sentence (… broken with Trump and urged him); else, when that sentence names none
   * but the speaker, the nearest person of a compatible sex the chain holds from the last MAX_SENTENCES_TO_OBJECT
   * sentences, or a name of the pronoun's sex in the sentence before. Null when none is found or two are named in the
   * sentence (no guess).
   */
  peek(start: number, speaker: Party): Party | null {
    const { doc } = this;
    if (doc.lex.lang !== 'en') return null;
    const at = firstWordAt(doc.tokens, start);
    const g = pronounSex(doc.keys[at]);
    if (!oneSex(g)) return null;
    const s = doc.sentOf[at];
    const from = doc.tokens[doc.sentTokens[s][0]].start;
    const isSpeaker = (a: number, b: number) => speaker.start !== undefined && speaker.end !== undefined && a < speaker.end && speaker.start < b;
    const other = (x: Gender) => oneSex(x) && x !== g;
    // People named before the pronoun in its sentence, by entity, the speaker's own entity left out.
    let named: Party | undefined, entity: Entity | undefined, two = false;
    for (const e of doc.input.entities) {
      if (e.type !== 'person' || e.mentions.some((m) => isSpeaker(m.start, m.end) || m.text === speaker.text)) continue;
      for (const m of e.mentions) {
        if (m.start < from || m.end > start || other(this.seenOf(m.start, m.end, '-').gender)) continue;
        if (entity !== undefined && entity !== e) two = true;
        entity = e;
        if (!named || m.start > named.start!) named = { text: m.text, start: m.start, end: m.end };
      }
    }
    if (two) return null;
    if (named) return named;
    // (… the president and urged him: a titled or named one in the sentence may be its antecedent; no guess past it.)
    for (let k = doc.sentTokens[s][0]; k < at; k++) {
      const t = doc.tokens[k];
      if (isSpeaker(t.start, t.end)) continue;
      const w = doc.lex.titleWords.get(doc.keys[k]);
      if (w && w.kind !== 'body' || doc.lex.sexWords.get(doc.keys[k])?.kind === 'given' && /^\p{Lu}/u.test(t.text)) return null;
    }
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const m = this.seen[i];
      if (this.sentenceOf(m.start) < s - MAX_SENTENCES_TO_OBJECT) break;
      if (isSpeaker(m.start, m.end) || m.text === speaker.text || !m.person || m.joint || other(m.gender) || other(m.heard ?? '-')) continue;
      return { text: m.text, start: m.start, end: m.end };
    }
    const name = sexedName(doc, at, g, -1);
    return name && !isSpeaker(name[0], name[1]) ? { text: doc.text.slice(name[0], name[1]), start: name[0], end: name[1] } : null;
  }

  /**
   * English: the person whose name opens the sentence before the pronoun's, as its subject or a possessor (`Volker's
   * position … put him in the center. In July, he helped …`), not known as of the other sex: the antecedent of a he or
   * she nothing else stands for, as offsets.
   */
  private openingPerson(at: number, g: Gender): [number, number] | undefined {
    const { doc } = this;
    const s = this.sentenceOf(at);
    if (s < 1) return undefined;
    const i = doc.sentTokens[s - 1][0];
    const first = doc.tokens[i];
    for (const e of doc.input.entities) {
      const m = e.type === 'person' ? e.mentions.find((x) => x.start === first.start) : undefined;
      if (!m) continue;
      const sex = this.seenOf(m.start, m.end, '-').gender;
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

  /** A full mention from start to end as an antecedent: its words, whether it can be a person, its sex or number. */
  private seenOf(start: number, end: number, refGender: Gender, words?: Word[]): Seen {
    const { doc } = this;
    const toks = words ?? this.wordsOf(start, end);
    const keys = toks.map((t) => bare(t.key));
    const person = !(toks.length === 1 && /^[\p{Lu}\d]+$/u.test(toks[0].text))
      && !(doc.lex.lang === 'en' ? [englishHead(toks)] : toks).some((t) => t && doc.lex.titleWords.get(t.key)?.kind === 'body')
      // English: "Gdańsk residents", "officials" are never he or she.
      && !(doc.lex.lang === 'en' && doc.lex.titleWords.get(englishHead(toks)?.key ?? '')?.gender === 'pl')
      // "the company" is a body; "the mayor", "a spokesperson" (a determiner and one person's title) is a person.
      && !(toks.length === 2 && doc.lex.words.get(toks[0].key) === 'determiner' && !this.oneTitled(toks[1].key))
      // English: "The Puerto Rico Center …", "The White House": the + capitalised words with no title names a body
      // ("the Turkish President Recep Tayyip Erdoğan" has one).
      && !(doc.lex.lang === 'en' && toks.length > 1 && toks[0].key === 'the' && /^\p{Lu}/u.test(toks[1].text)
        && !toks.some((t) => doc.lex.titleWords.has(t.key) || doc.lex.sexWords.get(t.key)?.kind === 'honorific'))
      // English: a person is named (a capital) or titled; "traffic camera footage" is not one.
      && (doc.lex.lang !== 'en' || toks.some((t) => /^\p{Lu}/u.test(t.text) || ['title', 'role'].includes(doc.lex.titleWords.get(t.key)?.kind ?? '')));
    // An English mention's sex is told by its words (Mr, spokeswoman, a given name), not by its verb.
    const first = firstWordAt(doc.tokens, start);
    let gender = refGender === '-' && doc.lex.lang === 'en' ? mentionSex(doc, toks, first > 0 ? doc.tokens[first - 1] : undefined) : refGender;
    // "Vázquez said" after "Wanda Vázquez Garced" (an object, so no earlier speaker mention): the earlier full name.
    if (gender === '-' && doc.lex.lang === 'en' && toks.length === 1) gender = surnameSex(doc, first);
    // "Putin said": a person of the gazetteer, by the first name of its English name.
    if (gender === '-' && doc.lex.lang === 'en') gender = entitySex(doc, start, end);
    // قال المسؤولون، وحسب مراسلين إسرائيليين: an Arabic phrase naming more than one is plural whatever its verb (a source
    // phrase has none), so a singular bare verb later passes over it.
    if (doc.lex.lang === 'ar') gender = phraseGender(doc, start, end, gender);
    const en = doc.lex.lang === 'en';
    const joint = en && keys.includes('and');
    const titled = toks.some((t) => { const w = doc.lex.titleWords.get(t.key); return (w?.kind === 'title' || w?.kind === 'role') && w.gender !== 'pl'; });
    return { text: doc.text.slice(start, end), start, end, gender, keys, person, joint, single: en && person && !joint && (oneSex(gender) || titled) };
  }

  /**
   * For an English title-only mention (the minister), a named holder of its title in this sentence or the one before,
   * after offset `after` (the end of the fuller mention it would otherwise take), as offsets.
   */
  private titleHolder(keys: string[], start: number, after: number): [number, number] | undefined {
    const { doc } = this;
    if (!keys.every((k) => doc.lex.titleWords.has(k) || doc.lex.words.get(k) === 'determiner')) return undefined;
    const title = [...keys].reverse().find((k) => ['title', 'role'].includes(doc.lex.titleWords.get(k)?.kind ?? ''));
    return title ? titledName(doc, firstWordAt(doc.tokens, start), title, after) : undefined;
  }

  /** English: a title, role or unnamed-source word naming one person (mayor, spokesperson, official), not a body. */
  private oneTitled(key: string): boolean {
    const w = this.doc.lex.titleWords.get(key);
    return this.doc.lex.lang === 'en' && !!w && w.kind !== 'body' && w.gender !== 'pl';
  }

  /** The sentence holding offset `at`. */
  private sentenceOf(at: number): number {
    return this.doc.sentOf[firstWordAt(this.doc.tokens, at)];
  }

  /**
   * The words from offset start to end. A last word the span ends inside (Tsvangirai's allegations: the speaker is
   * "Tsvangirai") is looked up without its possessive ending.
   */
  private wordsOf(start: number, end: number): Word[] {
    const toks: Word[] = [];
    for (let i = firstWordAt(this.doc.tokens, start); i < this.doc.tokens.length && this.doc.tokens[i].start < end; i++) {
      const t = this.doc.tokens[i];
      if (t.end <= end) toks.push(t);
      else if (t.forms.length > 1) toks.push({ ...t, key: t.forms[t.forms.length - 1] });
    }
    return toks;
  }

  /**
   * The antecedent of a bare verb when no speaker came before: the first named person, body or country
   * (not a nationality adjective) of the nearest of the MAX_SENTENCES_TO_ENTITY sentences before
   * sentence `s` that names one — the subject of a VSO sentence comes first (التقى بوتين بالرئيس … في موسكو. وقال).
   */
  private nearestEntity(s: number): Party | null {
    const sentences = this.doc.input.sentences;
    for (let p = s - 1; p >= Math.max(0, s - MAX_SENTENCES_TO_ENTITY); p--) {
      const { start, end } = sentences[p];
      let best: Party | null = null;
      for (const e of this.doc.input.entities) {
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

  /**
   * For an English joint mention (X and Y), the conjunct holding every non-determiner key of a partial mention,
   * as a party; undefined when the mention is not joint or no single conjunct holds them.
   */
  private conjunct(m: Seen, keys: string[]): Party | undefined {
    const { doc } = this;
    if (doc.lex.lang !== 'en' || !m.keys.includes('and')) return undefined;
    const want = keys.filter((k) => doc.lex.words.get(k) !== 'determiner');
    let from = firstWordAt(doc.tokens, m.start);
    for (let i = from; i <= doc.tokens.length; i++) {
      const last = i === doc.tokens.length || doc.tokens[i].end > m.end || doc.tokens[i].key === 'and';
      if (!last) continue;
      const part = doc.tokens.slice(from, i);
      if (part.length && want.every((k) => part.some((t) => t.key === k))) {
        return { text: doc.text.slice(part[0].start, part[part.length - 1].end), start: part[0].start, end: part[part.length - 1].end };
      }
      if (i === doc.tokens.length || doc.tokens[i].end > m.end) break;
      from = i + 1;
    }
    return undefined;
  }

  /** A mention that can stand for an earlier fuller one: one or two words, a title or a single name. */
  private isPartial(keys: string[]): boolean {
    if (keys.length > 2) return false;
    return keys.length === 1 || keys.every((k) => this.doc.lex.titleWords.has(k) || this.doc.lex.words.get(k) === 'determiner');
  }
}
