import type { Party } from '../model/index.js';
import type { Doc, SpeakerRef } from './types.js';
import { firstWordAt } from '../text/words.js';
import { titledName } from './en/antecedents.js';
import { bare, seenOf, wordsOf, type Seen } from './coref-mention.js';
import { objectPronounAntecedent } from './coref-object.js';
import { pronounSpeaker } from './coref-pronoun.js';

// The chain keeps the mentions seen so far (coref-mention.ts) and reads a full or partial mention here; a bare verb or
// a subject pronoun is read in coref-pronoun.ts, an English object pronoun in coref-object.ts.

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
    if (ref.kind === 'inherit' || ref.kind === 'pronoun') return pronounSpeaker(doc, this.seen, ref);
    const text = doc.text.slice(ref.start, ref.end);
    const toks = wordsOf(doc, ref.start, ref.end);
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
        if (remember) this.seen.push(seenOf(doc, holder[0], holder[1], '-'));
        return { text: doc.text.slice(holder[0], holder[1]), start: holder[0], end: holder[1] };
      }
      if (at >= 0) {
        const m = this.seen[at];
        // "Durbin" after "Senator Dick Durbin and Representative Adam Schiff": the conjunct that holds the name.
        const part = this.conjunct(m, keys);
        // The conjunct is now a mention of one person (Smith told … He said → Smith).
        if (part && remember) this.seen.push(seenOf(doc, part.start!, part.end!, '-'));
        if (part) return part;
        // The fuller mention is now the most recent one (وتابع كيري … وشدد: كيري, not a speaker in between).
        if (remember && at < this.seen.length - 1) this.seen.push(...this.seen.splice(at, 1));
        return { text: m.text, start: m.start, end: m.end };
      }
    }
    if (remember) this.seen.push(seenOf(doc, ref.start, ref.end, ref.gender, toks));
    return { text, start: ref.start, end: ref.end };
  }

  /** English: the antecedent of an object pronoun in a statement whose speaker is `speaker` (coref-object.ts). */
  peek(start: number, speaker: Party): Party | null {
    return objectPronounAntecedent(this.doc, this.seen, start, speaker);
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
