import { commaBefore, contentRange } from '../clause.js';
import type { Doc } from '../types.js';
import type { EnContent } from './content.js';
import { objectWords } from './objects.js';
import { isTimeTail } from './said-object.js';

/** Articles that open an appositive noun summing up the clause before it (…, a claim the rebels denied). */
const ARTICLES = new Set(['a', 'an']);
/** Relative pronouns allowed between that noun and its speaker (a claim that the rebels denied). */
const RELATIVES = new Set(['that', 'which']);

/**
 * Token of the article in "…, a claim (that) the rebels denied" when the speaker phrase starting at token `s0` follows
 * ", a|an <said thing> (that|which)" (objects.tsv: speech); -1 otherwise.
 */
export function claimAppositiveAt(doc: Doc, s0: number, floor: number): number {
  let k = s0 - 1;
  if (k > floor && RELATIVES.has(doc.keys[k])) k--;
  const article = k - 1;
  if (article <= floor || !ARTICLES.has(doc.keys[article]) || !commaBefore(doc, article)) return -1;
  return objectWords().get('speech')!.has(doc.keys[k]) ? article : -1;
}

/**
 * What the source after ", a claim" denied or disputed: the clause before the comma, from the end of the nearest
 * earlier cue in the sentence (said the airstrikes had hit a depot, a claim …), else from the sentence's start.
 * Only when the cue ends its clause ("…, a claim the rebels denied."); null otherwise.
 */
export function claimAppositiveContent(doc: Doc, s0: number, cueEnd: number, floor: number, end: number): EnContent | null {
  const article = claimAppositiveAt(doc, s0, floor);
  if (article < 0 || !endsClause(doc, cueEnd, end)) return null;
  const before = doc.hits.filter((h) => h.type === 'cue' && h.start >= floor && h.end < article).at(-1);
  let from = before ? before.end : floor;
  if (before && doc.keys[from] === 'that') from++;
  const range = contentRange(doc, from, article);
  return range ? { range, direct: false, from, complement: false } : null;
}

/** True when the cue ending at token `cueEnd` ends its clause, but for a time adjunct (a claim X denied on Monday). */
function endsClause(doc: Doc, cueEnd: number, end: number): boolean {
  return cueEnd >= end || commaBefore(doc, cueEnd) || isTimeTail(doc, cueEnd, end);
}

