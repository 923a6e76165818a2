import { LEAD_MIN_PREDICATES } from './constants.js';
import type { Predicate } from './continuation.js';
import { sharedPredicates } from './stems.js';
import type { ClaimSource } from './types.js';

// A news article's title states in a few words what its lead — the first statement of the body — states in full (`إيران
// لن تتخلى عن دعمها لحزب الله` above `الحزب يثق أن بوسعه الاعتماد على الدعم الإيراني`): the title's statement, when
// no event phrase of its own places it, joins the lead's group if it shares a predicate word with it. The speaker may
// be named otherwise in each (a party in the title, its leader in the body), and the title's words are too few for
// restatement.ts's coverage.

/** The article's lead: the first statement after the title that may join a group (`open`), if any. */
export function leadOf(src: Pick<ClaimSource, 'statements' | 'titleEnd'>, open: readonly boolean[]): number | undefined {
  const i = src.statements.findIndex((s, k) => open[k] && s.content.start >= src.titleEnd);
  return i < 0 ? undefined : i;
}

/** Does the title's statement restate the lead: LEAD_MIN_PREDICATES predicate words (stems.ts) shared, from either side? */
export function restatesLead(title: Predicate, lead: Predicate): boolean {
  return Math.min(sharedPredicates(title.stems, lead.stemKeys), sharedPredicates(lead.stems, title.stemKeys)) >= LEAD_MIN_PREDICATES;
}
