import { firstWordAt } from '../text/words.js';
import type { Doc } from './types.js';

// Direct speech (GUIDELINES: "the content is given in quotation marks"). A rule reads a content as direct when it is a
// quotation; a reported clause that opens a quotation after a word or two (`قال إن المستوطنين «ارتكبوا …»`, `said
// the law had "condemned …"`) gives most of what was said in the speaker's own words too, and the gold reads it so.

/** Share of a content's words inside quotation marks at or above which it is direct speech. */
export const MOSTLY_QUOTED = 0.5;

/** Does at least MOSTLY_QUOTED of the words of text[start, end) lie inside a paired quotation? */
export function mostlyQuoted(doc: Doc, start: number, end: number): boolean {
  const quotes = doc.quotes.filter((q) => q.start < end && q.end > start);
  if (!quotes.length) return false;
  let words = 0, quoted = 0;
  for (let i = firstWordAt(doc.tokens, start); i < doc.tokens.length; i++) {
    const w = doc.tokens[i];
    if (w.start >= end) break;
    words++;
    if (quotes.some((q) => w.start >= q.start && w.end <= q.end)) quoted++;
  }
  return words > 0 && quoted / words >= MOSTLY_QUOTED;
}
