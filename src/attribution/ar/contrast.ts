import { gapHas, insideQuote, titleAt } from '../doc.js';
import type { Doc } from '../types.js';
import { marks } from './mention-marks.js';
import { BREAK_GAP } from './speaker-words.js';

// Contrast connectives (فيما، بينما، في حين "while, whereas") inside reported speech: most go on with the speaker's own
// claim (…، فيما تعتبر نسبة الاقتراض قليلة), but one that opens what another named person did is the writer's narrative.

/** Connectives of contrast, with و too, as match keys; في حين is matched as two words. */
const CONTRAST = new Set(['فيما', 'وفيما', 'بينما', 'وبينما']);

/** True when token i is a person's title or role (الرئيس، وزير، المتحدث), or starts a listed person's name. */
function personAt(doc: Doc, i: number): boolean {
  const kind = doc.lex.titleWords.get(doc.keys[i])?.kind ?? titleAt(doc, i)?.[0].value.kind;
  return kind === 'title' || kind === 'role' || marks(doc).personStarts[i] === 1;
}

/**
 * …، فيما وعد الرئيس فلان بـ …، بينما كان الوزير يزور …: the first contrast connective in (from, end) followed by a verb
 * and a person as its subject (a title, a role or a listed name, no punctuation between) ends a reported clause there;
 * `end` when there is none. A connective inside a quotation is the speaker's own.
 */
export function contrastEnd(doc: Doc, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    const two = doc.keys[i] === 'في' && doc.keys[i + 1] === 'حين';
    if (!two && !CONTRAST.has(doc.keys[i])) continue;
    const verb = two ? i + 2 : i + 1;
    if (verb + 1 >= end || doc.lex.words.has(doc.keys[verb]) || doc.keys[verb].startsWith('ال')) continue;
    if (gapHas(doc, verb, BREAK_GAP) || gapHas(doc, verb + 1, BREAK_GAP) || !personAt(doc, verb + 1)) continue;
    if (!insideQuote(doc, doc.tokens[i].start)) return i;
  }
  return end;
}
