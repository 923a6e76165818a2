import { matchKey } from '../../text/normalize/arabic.js';
import type { Content } from './content.js';
import type { Doc } from '../types.js';
import type { Cue } from '../lexicon/index.js';

/**
 * Verbal nouns of disclosing or commenting, as match keys: رفض المتحدث الكشف عن أسماء المعتقلين، يرفض التصريح is a
 * refusal to speak, not a denial (as "declined to comment" in English), so no statement; see NEGATIONS in
 * ar/cue-sense.ts for why it is no `doubt` either.
 */
const DISCLOSURE = new Set(['الكشف', 'كشف', 'الافصاح', 'التصريح', 'التعليق', 'الادلاء', 'الرد', 'الاجابه']);

/**
 * True when a denying cue's plain object is a refusal to speak (رفض المتحدث الكشف عن …، فلان يرفض التصريح). The one who
 * declined is still the one a later bare verb goes on with (… يرفض التصريح، وذكر أنه …), so the rule keeps its speaker
 * as an antecedent (Draft.silent) rather than dropping it.
 */
export function declinesToSpeak(doc: Doc, cue: Cue, content: Content | null): boolean {
  return cue.stance === 'deny' && !!content && !content.complement && !content.direct && DISCLOSURE.has(doc.keys[content.from]);
}

/** A name or an identity with a pronoun on it (اسمه، هويتها), as match keys: the object of a verb that names someone. */
const OWN_NAME = new Set(['اسمه', 'اسمها', 'اسمهم', 'اسمهما', 'هويته', 'هويتها', 'هويتهم'].map(matchKey));

/**
 * True when the word at token i right after a cue is someone's name (دون أن تذكر اسمه، كشف هويتها): the verb names a
 * person, as "named him" in English, and reports nothing.
 */
export function namesSomeone(doc: Doc, i: number): boolean {
  return OWN_NAME.has(doc.keys[i] ?? '');
}
