import { LEAD_MIN_PREDICATES, TITLE_LEAD_MIN_ENTITIES } from './constants-title.js';
import type { Predicate } from './continuation.js';
import type { CopyItem } from './copy.js';
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

/** What `titleLeadOf` reads of an echo item (echo.ts EchoItem): its title and lead roles, anchors and predicates. */
export interface LeadItem extends CopyItem {
  /** It is its article's lead (`leadOf`); read only within its article. */
  lead?: boolean;
  quantities: readonly number[];
}

/**
 * The title score (predicate words shared; 0 for a title of names) of two statements of one article that no concept group took, one the
 * title's and one the lead (`leadOf`), when the title restates the lead (`restatesLead`), as group.ts joins a title to
 * its lead's group: the speaker may be named otherwise in each (`تونس` in the title, `وزارة النقل التونسية` or a
 * source in the body), so speakers are not compared. Undefined when not both roles, when each names a canonical
 * entity the other does not, or both name quantities and share none.
 */
export function titleLeadOf(a: LeadItem, b: LeadItem): number | undefined {
  if (a.member.articleId !== b.member.articleId) return undefined;
  const [title, lead] = a.headline && b.lead ? [a, b] : b.headline && a.lead ? [b, a] : [];
  if (!title || !lead) return undefined;
  if (title.entities.some((e) => !lead.entities.includes(e)) && lead.entities.some((e) => !title.entities.includes(e))) return undefined;
  if (title.quantities.length && lead.quantities.length && !title.quantities.some((q) => lead.quantities.includes(q))) return undefined;
  const shared = Math.min(sharedPredicates(title.stems, lead.stemKeys), sharedPredicates(lead.stems, title.stemKeys));
  if (shared >= LEAD_MIN_PREDICATES) return shared;
  // A title of names (`تونس وليبيا للتعاون` above `… تونس التعاون مع ليبيا لتأمين الحدود`): every one of its
  // TITLE_LEAD_MIN_ENTITIES or more canonical entities in the lead, its verb a generic one stems.ts leaves out.
  const named = title.entities.length >= TITLE_LEAD_MIN_ENTITIES && title.entities.every((e) => lead.entities.includes(e));
  return named ? 0 : undefined;
}
