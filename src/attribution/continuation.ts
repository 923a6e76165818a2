import { MIN_QUOTE_TOKENS } from './constants.js';
import type { Doc, Draft } from './types.js';

/**
 * A quotation standing alone as the next sentence of the same paragraph after a statement
 * ("…," he said. "Those who …") continues that statement's speaker.
 */
export function continuations(doc: Doc, drafts: Draft[], id: string): Draft[] {
  const out: Draft[] = [];
  const bySentence = new Map(drafts.map((d) => [d.sentence, d]));
  doc.input.sentences.forEach((sent, s) => {
    // (English: 'He said: "A. B.' ¶ '"C."': a quotation of several sentences is its draft's up to the last one.)
    const prev = bySentence.get(s - 1) ?? out.find((d) => d.sentence === s - 1) ?? (doc.lex.lang === 'en' ? quotedThrough(doc, [...drafts, ...out], s - 1) : undefined);
    // English news also runs a quotation on into the next paragraph ('He said: "…"' ¶ '"…"'): only after a quoted statement.
    const nextParagraph = doc.lex.lang === 'en' && prev?.direct && doc.input.sentences[s - 1]?.block === sent.block - 1;
    if (!prev || bySentence.has(s) || (doc.input.sentences[s - 1]?.block !== sent.block && !nextParagraph)) return;
    const q = doc.quotes.find((x) => x.open === sent.start);
    if (!q || doc.text.slice(q.closeEnd, sent.end).replace(/[\s.,!?\u060C\u061F]/g, '') !== '') return;
    if (doc.text.slice(q.start, q.end).trim().split(/\s+/).length < MIN_QUOTE_TOKENS * 2) return;
    const [first, last] = doc.sentTokens[s];
    if (doc.hits.some((h) => h.start >= first && h.start < last && h.type !== 'cue')) return;
    out.push({
      rule: id, cue: [q.open, q.start], stance: 'assert', speaker: { kind: 'inherit', gender: '-', sentence: s },
      content: [q.start, q.end], direct: true, targets: [], sentence: s,
    });
  });
  return [...out, ...conjoinedQuotes(doc, drafts, id)];
}

/** The quoted draft whose quotation runs to the end of sentence `s`, if any. */
function quotedThrough(doc: Doc, drafts: readonly Draft[], s: number): Draft | undefined {
  const sent = doc.input.sentences[s];
  if (!sent) return undefined;
  return drafts.find((d) => d.direct && d.content[0] < sent.start && d.content[1] >= sent.end - 2 && d.content[1] <= sent.end);
}

/** The words that may join two quotations of one speaker (said "…" and "…"; قال «…» و«…»). */
const JOINED = /^[\s,\u060C]*(and|و)\s*$/;

/**
 * 'X said "…" and "…"': a second quotation joined by and/و right after a quoted statement's quotation (after
 * its cue) is another statement of the same speaker.
 */
function conjoinedQuotes(doc: Doc, drafts: Draft[], id: string): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!d.direct || d.cue[0] > d.content[0]) continue;
    const q = doc.quotes.find((x) => x.start === d.content[0]);
    if (!q) continue;
    const next = doc.quotes.find((x) => x.open >= q.closeEnd && JOINED.test(doc.text.slice(q.closeEnd, x.open)));
    if (!next || drafts.some((x) => x.content[0] === next.start)) continue;
    if (doc.text.slice(next.start, next.end).trim().split(/\s+/).length < MIN_QUOTE_TOKENS * 2) continue;
    out.push({
      rule: id.replace('continuation', 'conjoined'), cue: [next.open, next.start], stance: 'assert', speaker: { kind: 'inherit', gender: '-', sentence: d.sentence },
      content: [next.start, next.end], direct: true, targets: [], sentence: d.sentence,
    });
  }
  return out;
}
