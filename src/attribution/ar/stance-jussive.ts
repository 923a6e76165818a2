import { insideQuote } from '../doc.js';
import type { Doc } from '../types.js';

/**
 * A verb with the lam of command (لام الأمر) opening a content: «ليطرح أبو مازن كل ما يقلقه»، «لنقل وداعا للسلاح»،
 * فليعملوا باللباس المدني. The speaker bids someone act, a demand (GUIDELINES: demand = calls for, urges; dev-arnews reads
 * «ليطرح أبو مازن …» so). Only the third person (ليـ) and the first plural (لنـ): لتـ opens verbal nouns of purpose as
 * often (لتمكين، لتحقيق ذلك). A bare ل + verb also opens a clause of purpose (ليتمكن من …), so the word counts only
 * with ف (فليعملوا), or as the first word of a quotation, where a clause of purpose rarely stands alone.
 */
const JUSSIVE = /^(?<conj>[وف])?ل[ين][\u0621-\u064A]{2,}$/u;

/** Words of that shape that are no verbs, as match keys: ليس and its forms (negation), nouns (ليلة، ليبيا). */
const NOT_VERBS = /^(?:[وف])?(?:ليس|ليله|ليالي|ليبي|لين|ليون|ليره|ليرات|ليزر)/u;

/** Whether the word at token i, a content's first, is a verb with the lam of command (see JUSSIVE). */
export function jussiveAt(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  const m = JUSSIVE.exec(key);
  if (!m || NOT_VERBS.test(key)) return false;
  return m.groups?.conj === 'ف' || insideQuote(doc, doc.tokens[i].start);
}
