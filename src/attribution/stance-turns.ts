import type { Stance } from '../model/index.js';
import { ARABIC_COMMA, SENTENCE_END_CLASS } from '../text/chars.js';
import { matchKey } from '../text/normalize/arabic.js';
import { STANCE_TURN_MARGIN } from './constants.js';
import { gapHas } from './doc.js';
import { gapChars } from './gaps.js';
import type { Doc } from './types.js';

/** A sentence of a content read with one stance (`stance` undefined while no word has named one): its words and first token. */
export interface Turn { stance?: Stance; words: number; first: number }

/** Sentence-ending marks inside a content (a quotation keeps its sentences in one, so they are read off the text):
 * one of SENTENCE_END_CLASS, an elided `[…]` included (its dots are). Read off the article's gap masks (gaps.ts):
 * readTurns asks at every word of every content, and cutting each gap out for a regex cost more than the reading. */
const SENTENCE_END = gapChars(SENTENCE_END_CLASS);
/** Commas, Arabic and Latin: before a demonstrative that takes up the clause before, a new sentence starts. */
const COMMAS = gapChars(ARABIC_COMMA + ',');
/** Demonstratives with و that open a sentence of their own after a comma (…، وهذا الأمر يثير مخاوفنا), as match keys. */
const RESUMING = new Set(['وهذا', 'وهذه'].map(matchKey));

/**
 * Whether a sentence of the content's own ends before token i (`X. Y`, `X? Y`, `X […] Y`): a stance may turn there
 * (dev-wnen call (4), dev-arnews (6)). Not after a one-letter word (U.S. Army) and, in Latin script, only before a
 * capital or a digit (`a.m. on Friday`). In Arabic a comma before وهذا/وهذه, which takes up what was said, ends one
 * too (…، وهذا الأمر يثير مخاوفنا من …: dev-arnews gives the concern a statement of its own).
 */
export function sentenceTurnsBefore(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1], tok = doc.tokens[i];
  if (prev && tok.arabic && RESUMING.has(doc.keys[i]) && gapHas(doc, i, COMMAS)) return true;
  if (!prev || !gapHas(doc, i, SENTENCE_END)) return false;
  if (prev.end - prev.start === 1 && !prev.arabic) return false;
  return tok.arabic || tok.cap || /^\p{Nd}/u.test(doc.text.slice(tok.start, tok.end));
}

/**
 * The stance of a content whose sentences turn from one stance to another (a duty, then a charge): the one most of its
 * words serve, counting each sentence with no stance word of its own with the turn before it and the sentences before
 * the first stance word as the cue's own (`base`). Gold splits such a quotation at the turn (dev-wnen call (4),
 * dev-arnews (6)), as stance-split.ts does, and keeps it whole when the turn is slight, so a later turn wins only by
 * STANCE_TURN_MARGIN: this weighs a content that is not split (a short lead naming no stance, then a turn).
 */
export function dominantTurn(turns: readonly Turn[], base: Stance): Stance {
  const runs: { stance: Stance; words: number }[] = [];
  for (const t of turns) {
    const last = runs[runs.length - 1];
    if (last && (t.stance === undefined || t.stance === last.stance)) last.words += t.words;
    else runs.push({ stance: t.stance ?? base, words: t.words });
  }
  let best = runs[0];
  for (const r of runs) if (r.words > STANCE_TURN_MARGIN * best.words) best = r;
  return best.stance;
}
