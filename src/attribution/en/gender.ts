import { matchKey } from '../../text/normalize/arabic.js';
import type { Word } from '../../text/words.js';
import type { Gender } from '../lexicon/index.js';
import type { Doc } from '../types.js';

/** The sex an English personal pronoun stands for (he, his → m; she, her → f), as match keys. */
const PRONOUN_SEX: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f']]);
/** Words after which a phrase names someone else (the wife of the minister, spokeswoman for the mayor), as match keys. */
const OF = new Set(['of', 'for']);

/** The sex of an English pronoun's referent, '-' for any other word. */
export function pronounSex(key: string): Gender {
  return PRONOUN_SEX.get(key) ?? '-';
}

/** True for a possessor word (May's, minister’s): what follows is someone else. */
const possessive = (t: Word) => t.text.endsWith("'s") || t.text.endsWith('\u2019s');

/**
 * The sex an English speaker phrase tells (data/lexicons/en/gender.tsv, given-names.tsv), '-' when it tells none: the
 * head noun (the minister's wife), an honorific (Mr Smith, Queen Rania; also the word right before the phrase,
 * `before`), a gendered title before the name (spokeswoman Jane Doe), else the first word of the name after the last
 * title when a surname follows it (President Rodrigo Duterte; a lone Thomas or Johnson may be a surname). Only the words after the last possessor and before
 * of/for count: "Mrs May's spokesman" is a man, "the son of Mrs Jones" too.
 */
export function mentionSex(doc: Doc, toks: readonly Word[], before?: Word): Gender {
  const sex = doc.lex.sexWords;
  if (!sex.size) return '-';
  let from = 0, to = toks.length;
  toks.forEach((t, i) => { if (possessive(t)) from = i + 1; });
  for (let i = from; i < toks.length; i++) if (OF.has(toks[i].key)) { to = i; break; }
  if (from >= to) return '-';
  const head = sex.get(toks[to - 1].key);
  if (head?.kind === 'noun') return head.gender;
  const prev = from === 0 && before ? sex.get(before.key) : undefined;
  if (prev?.kind === 'honorific') return prev.gender;
  for (const kind of ['honorific', 'noun'] as const) {
    for (let i = from; i < to; i++) {
      const s = sex.get(toks[i].key);
      if (s?.kind === kind) return s.gender;
    }
  }
  // The name is the run of capitalised words after the last title (Philippine President | Rodrigo Duterte): its first
  // word is a first name when a surname follows it.
  let n = from;
  for (let i = from; i < to; i++) if (doc.lex.titleWords.has(toks[i].key) || !capitalised(toks[i])) n = i + 1;
  const s = to - n >= 2 ? sex.get(toks[n].key) : undefined;
  return s?.kind === 'given' ? s.gender : '-';
}

const capitalised = (t: Word) => /^\p{Lu}/u.test(t.text);

/**
 * The sex of a surname standing alone (Vázquez said) from its first fuller use earlier in the text (Wanda Vázquez
 * Garced, Mrs Vázquez): the word before an earlier occurrence, when it is a given name or an honorific; '-' otherwise.
 * Called only for one-word speaker mentions, so the walk back over the words is rare.
 */
export function surnameSex(doc: Doc, i: number): Gender {
  const key = doc.keys[i];
  if (!capitalised(doc.tokens[i])) return '-';
  for (let j = 1; j < i; j++) {
    if (doc.keys[j] !== key) continue;
    const s = doc.lex.sexWords.get(doc.keys[j - 1]);
    if (s && (s.kind === 'honorific' || (s.kind === 'given' && capitalised(doc.tokens[j - 1])))) return s.gender;
  }
  return '-';
}

/**
 * The sex of a mention linked to a person of the gazetteer (Putin → Vladimir Putin): the first word of the person's
 * English name, when it is a given name and a surname follows; '-' otherwise. people.tsv carries no sex of its own.
 */
export function entitySex(doc: Doc, start: number, end: number): Gender {
  for (const e of doc.input.entities) {
    if (e.type !== 'person' || !e.mentions.some((m) => m.start <= start && end <= m.end + 1 && start < m.end)) continue;
    const words = (e.names.en ?? e.name).split(/\s+/);
    const s = words.length > 1 ? doc.lex.sexWords.get(matchKey(words[0])) : undefined;
    return s?.kind === 'given' ? s.gender : '-';
  }
  return '-';
}
