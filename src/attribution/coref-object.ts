import type { Entity, Party } from '../model/index.js';
import type { Gender } from './lexicon/index.js';
import type { Doc } from './types.js';
import { firstWordAt } from '../text/words.js';
import { pronounSex } from './en/gender.js';
import { sexedName } from './en/antecedents.js';
import { oneSex, seenOf, sentenceOf, type Seen } from './coref-mention.js';

// The one an English object pronoun stands for (accused him of, urged her to), read off the speaker chain (coref.ts)
// without changing it: the chain's `peek`.

/** How far back (sentences) an English object pronoun (accused him) looks for its antecedent among the chain's mentions. */
const MAX_SENTENCES_TO_OBJECT = 2;

/**
 * English: the antecedent of an object pronoun (accused him of, urged her to) in a statement whose speaker is
 * `speaker`, read without changing the chain, and never the speaker ("X accused him" is never X): the one person
 * named earlier in the pronoun's sentence (… broken with Trump and urged him); else, when that sentence names none
 * but the speaker, the nearest person of a compatible sex the chain holds from the last MAX_SENTENCES_TO_OBJECT
 * sentences, or a name of the pronoun's sex in the sentence before. Null when none is found or two are named in the
 * sentence (no guess).
 */
export function objectPronounAntecedent(doc: Doc, seen: readonly Seen[], start: number, speaker: Party): Party | null {
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
      if (m.start < from || m.end > start || other(seenOf(doc, m.start, m.end, '-').gender)) continue;
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
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = seen[i];
    if (sentenceOf(doc, m.start) < s - MAX_SENTENCES_TO_OBJECT) break;
    if (isSpeaker(m.start, m.end) || m.text === speaker.text || !m.person || m.joint || other(m.gender) || other(m.heard ?? '-')) continue;
    return { text: m.text, start: m.start, end: m.end };
  }
  const name = sexedName(doc, at, g, -1);
  return name && !isSpeaker(name[0], name[1]) ? { text: doc.text.slice(name[0], name[1]), start: name[0], end: name[1] } : null;
}
