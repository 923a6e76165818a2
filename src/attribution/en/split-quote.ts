import { MIN_QUOTE_TOKENS } from '../constants.js';
import type { QuoteSpan } from '../../text/sentences-quotes.js';
import type { Doc, Draft } from '../types.js';

// '"The first half," said Jane Roe, a nurse, "and the second half."': a quotation split by its reporting clause is the
// speaker's. One sentence split mid-way is one statement over both halves, the reporting clause inside (as the dev gold
// takes "X, the statement said, Y" whole); a second half that opens a new sentence ("…," he said, "It …") is a statement
// of its own (as dev-en-1 keeps '"…," he said. "…"' apart).

/** A quotation that ends in a comma ("…," or "…",): the sentence goes on past the reporting clause. */
const ENDS_IN_COMMA = /,\s*["”’]*\s*$/;
/** What may stand between the reporting clause and the second half: the clause itself, then a comma. */
const CLAUSE_THEN_COMMA = /^[^"“”.;:!?]*,\s*$/;
/** A second half that carries the first's sentence on: it opens lower-case ("and we will …", "is not …"). */
const GOES_ON = /^\s*\p{Ll}/u;

/** True when quotation `q` closes with a comma and `next` opens after the reporting clause's comma. */
export function splitByClause(doc: Doc, q: QuoteSpan, next: QuoteSpan): boolean {
  return ENDS_IN_COMMA.test(doc.text.slice(q.start, q.closeEnd + 1)) && CLAUSE_THEN_COMMA.test(doc.text.slice(q.closeEnd, next.open));
}

/**
 * The drafts with each split quotation whose first half is a quote-before-cue draft's content read whole (one sentence)
 * or its second half added (a new sentence); a draft the second half alone was the content of is dropped.
 */
export function withSplitQuotes(doc: Doc, drafts: Draft[]): Draft[] {
  const more: Draft[] = [];
  const taken = new Set<number>();
  const out = drafts.map((d) => {
    if (d.rule !== 'en-quote-said' || !d.direct) return d;
    const q = doc.quotes.find((x) => x.start === d.content[0]);
    const next = q && doc.quotes.find((x) => x.open >= d.cue[1] && x.open >= q.closeEnd);
    if (!q || !next || !splitByClause(doc, q, next)) return d;
    if (doc.text.slice(next.start, next.end).trim().split(/\s+/).length < MIN_QUOTE_TOKENS) return d;
    if (GOES_ON.test(doc.text.slice(next.start, next.end))) {
      taken.add(next.start);
      return { ...d, rule: 'en-split-quote', content: [d.content[0], next.end] as [number, number] };
    }
    if (!drafts.some((x) => x.content[0] === next.start)) {
      more.push({
        rule: 'en-split-quote', cue: d.cue, stance: 'assert', speaker: d.speaker, content: [next.start, next.end], direct: true,
        targets: [], sentence: d.sentence, ...(d.secondary ? { secondary: true } : {}),
      });
    }
    return d;
  }).filter((d) => !(taken.has(d.content[0]) && d.rule !== 'en-split-quote'));
  return more.length ? [...out, ...more].sort((a, b) => a.cue[0] - b.cue[0]) : out;
}
