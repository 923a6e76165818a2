import { commaBefore } from '../clause.js';
import { quoteOpeningAt } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Doc, Draft } from '../types.js';
import { isClauseStart } from './clause-start.js';

// "She told police she had immunity, but "that she had no plans to leave"": a second "that" clause joined to the first
// by and/but is a second proposition of the same cue — two statements of one speaker (as the dev gold takes it), the
// second quoted when its quotation runs to the content's end.

const JOINERS = new Set(['and', 'but']);

/** The drafts, each indirect English draft whose content holds ", and/but that …" split there in two. */
export function withSecondComplements(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const k = d.direct ? -1 : secondThat(doc, d.content);
    if (k < 0) { out.push(d); continue; }
    const first: [number, number] = [d.content[0], doc.tokens[k - 2].end];
    const q = quoteOpeningAt(doc, k);
    const quoted = q && q.end >= d.content[1] - 1;
    const second: [number, number] = quoted ? [q.start, q.end] : [doc.tokens[k + 1].start, d.content[1]];
    out.push({ ...d, content: first, contentTargets: d.contentTargets && { ...d.contentTargets, range: first } });
    out.push({ ...d, rule: `${d.rule}+second`, content: second, direct: !!quoted, targets: [], contentTargets: undefined });
  }
  return out;
}

/** Token of "that" in "…, and that <clause>" inside content range `r` (not inside a quotation of it), else -1. */
function secondThat(doc: Doc, r: [number, number]): number {
  const from = firstWordAt(doc.tokens, r[0]);
  for (let k = from + 3; k < doc.tokens.length - 1 && doc.tokens[k].end <= r[1]; k++) {
    if (doc.keys[k] !== 'that' || !JOINERS.has(doc.keys[k - 1]) || !isClauseStart(doc, k + 1)) continue;
    // (the joiner itself outside any quotation of the content: "…and that…" inside quoted words is theirs)
    const at = doc.tokens[k - 1].start;
    if (doc.quotes.some((q) => q.start <= at && at < q.end)) continue;
    return commaBefore(doc, k - 1) || quoteOpeningAt(doc, k) ? k : -1;
  }
  return -1;
}
