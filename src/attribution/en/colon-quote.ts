import type { Doc, Draft } from '../types.js';
import { speechQuoteAt } from '../ar/content.js';
import { firstWordAt } from '../../text/words.js';
import { cueAfterQuote } from './content.js';
import { withSplitQuotes } from './split-quote.js';
import { withSecondComplements } from './second-complement.js';

// "According to U.S. Attorney Bash, the manifesto could strengthen the case: "The key factor here is …"": a reported
// clause, then a colon and a quotation that runs to the content's end — two statements of one speaker, the clause
// and the quotation (the colon is the quotation's cue).

/** Fewest tokens of the clause before the colon for the split (else the colon opens the whole content). */
const MIN_CLAUSE_TOKENS = 3;

/**
 * The drafts, each indirect English draft whose content ends in ': "…"' cut at the colon, with the quotation added;
 * and quotations split by their reporting clause read whole or in two (split-quote.ts).
 */
export function withColonQuotes(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const split = d.direct ? null : colonQuote(doc, d);
    if (!split) { out.push(d); continue; }
    out.push({ ...d, content: split.clause, contentTargets: d.contentTargets && { ...d.contentTargets, range: split.clause } });
    // ': "…," said Ms. Lee': a quotation with a cue of its own after it is that cue's (02-quote-said.ts).
    if (cueAfterQuote(doc, split.quote[1])) continue;
    out.push({
      rule: 'en-colon-quote', cue: split.colon, stance: 'assert', speaker: d.speaker, content: split.quote, direct: true,
      targets: [], sentence: d.sentence, ...(d.secondary ? { secondary: true } : {}),
    });
  }
  return withSplitQuotes(doc, withSecondComplements(doc, out));
}

function colonQuote(doc: Doc, d: Draft): { clause: [number, number]; colon: [number, number]; quote: [number, number] } | null {
  const first = firstWordAt(doc.tokens, d.content[0]);
  for (let k = first + MIN_CLAUSE_TOKENS; k < doc.tokens.length && doc.tokens[k].start < d.content[1]; k++) {
    const gap = doc.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start);
    if (!/^:\s*["“]$/.test(gap)) continue;
    const q = speechQuoteAt(doc, k);
    // (the quotation must close at the content's end: 'said: "A" and B' is one statement)
    if (!q || q.chars[1] < d.content[1] - 1) return null;
    const colon = doc.tokens[k - 1].end + gap.indexOf(':');
    return { clause: [d.content[0], doc.tokens[k - 1].end], colon: [colon, colon + 1], quote: q.chars };
  }
  return null;
}
