import { join } from 'node:path';
import { matchKey } from '../../text/normalize/arabic.js';
import { firstWordAt } from '../../text/words.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';
import type { Doc } from '../types.js';

// Scripture and tradition cited inside the news (قال تعالى: …، قال رسول الله صلى الله عليه وسلم: …) are the citer's
// rhetoric, not statements of the news: no statement is made of them, and their phrase is no antecedent for a later
// bare verb (…، مؤكدا أن … is the preacher's). The phrases are data/lexicons/ar/scripture.tsv.

const KINDS = ['speaker', 'eulogy'] as const;
/** How many words before a bare cue a eulogy may end and still belong to its subject (رسول الله ﷺ جعل يمر … فيقول). */
const EULOGY_REACH_WORDS = 10;
/** Punctuation between a eulogy and a later bare cue that ends the eulogised subject's clause. */
const CLAUSE_BREAK = /[،,.؛;:!?؟]/;

let lexicon: Record<(typeof KINDS)[number], string[][]> | undefined;

function phrases(): NonNullable<typeof lexicon> {
  if (!lexicon) {
    const rows = readTsv(join(defaultLexiconDir(), 'ar', 'scripture.tsv'), ['form', 'kind'], { 1: KINDS });
    const of = (kind: string) => rows.filter((r) => r.cells[1] === kind).map((r) => r.cells[0].split(/\s+/).map(matchKey));
    lexicon = { speaker: of('speaker'), eulogy: of('eulogy') };
  }
  return lexicon;
}

/** The number of words of the first phrase of `list` that the words from token `i` on (up to offset `end`) start with; 0 if none. */
function phraseAt(doc: Doc, list: readonly string[][], i: number, end = Infinity): number {
  const p = list.find((p) => p.every((k, j) => i + j < doc.tokens.length && doc.tokens[i + j].end <= end && doc.keys[i + j] === k));
  return p ? p.length : 0;
}

/**
 * True when a speaker span [start, end) cites scripture or tradition: its words start a scripture speaker
 * (تعالى، رسول الله، عز من قائل), or a eulogy starts inside it or right after it (الخليفة أبو بكر رضي الله عنه: the span may end
 * inside the formula).
 */
export function isScriptureSpeaker(doc: Doc, start: number, end: number): boolean {
  const first = firstWordAt(doc.tokens, start);
  // فقال عز من قائل: the subject read may stop inside the phrase (at عز), which runs on past the span.
  if (phraseAt(doc, phrases().speaker, first)) return true;
  for (let i = first; i < doc.tokens.length && doc.tokens[i].start <= end; i++) if (phraseAt(doc, phrases().eulogy, i)) return true;
  return false;
}

/**
 * True when a bare cue [cueStart, cueEnd), whose content starts at `contentStart`, cites scripture or tradition: the
 * words right after it name a scripture speaker (حيث يقول الله عز وجل: …), a eulogy stands between it and the content
 * (فيقول الخليفة أبو بكر رضي الله عنه: …), or one ends at most EULOGY_REACH_WORDS words before it in the same clause
 * (رسول الله عليه الصلاة والسلام جعل يمر بين القتلى فيقول: …); a pro-drop reading would credit each to the speaker before.
 */
export function citesScripture(doc: Doc, cueStart: number, cueEnd: number, contentStart: number): boolean {
  const after = firstWordAt(doc.tokens, cueEnd);
  if (phraseAt(doc, phrases().speaker, after)) return true;
  for (let i = after; i < doc.tokens.length && doc.tokens[i].end <= contentStart; i++) if (phraseAt(doc, phrases().eulogy, i, contentStart)) return true;
  const cue = firstWordAt(doc.tokens, cueStart);
  for (let i = cue - 1; i >= Math.max(0, cue - EULOGY_REACH_WORDS); i--) {
    if (CLAUSE_BREAK.test(doc.text.slice(doc.tokens[i].end, doc.tokens[i + 1].start))) return false;
    for (const p of phrases().eulogy) if (i - p.length + 1 >= 0 && phraseAt(doc, [p], i - p.length + 1) === p.length) return true;
  }
  return false;
}
