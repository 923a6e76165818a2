/** Character-level damage: stray bidi controls, presentation forms, a space before Arabic punctuation. */
import type { Repair } from '../../model/index.js';
import { ARABIC_PUNCTUATION_CLASS, BIDI_CONTROLS_CLASS, NO_BREAK_SPACE, PRESENTATION_FORMS_CLASS } from '../../text/chars.js';
import { foldPresentationForms } from '../../text/normalize/arabic.js';
import { isWhitespace } from '../whitespace.js';
import { replaceRecorded, windowed, type Where } from './record.js';

const BIDI = new RegExp(`[${BIDI_CONTROLS_CLASS}]+`, 'g');
const PRESENTATION = new RegExp(`[${PRESENTATION_FORMS_CLASS}]+`, 'g');
/** The Arabic comma, semicolon and question mark, whose preceding spaces go. */
const ARABIC_PUNCTUATION = new RegExp(`[${ARABIC_PUNCTUATION_CLASS}]`, 'g');
/** The spaces removed before it: space, tab, no-break space. */
const INLINE_SPACE = new Set([0x20, 0x09, NO_BREAK_SPACE.charCodeAt(0)]);

export function removeBidiControls(s: string, where: Where, repairs: Repair[]): string {
  return replaceRecorded(s, BIDI, () => '', 'bidi-controls', where, repairs);
}

export function foldPresentation(s: string, where: Where, repairs: Repair[]): string {
  return replaceRecorded(s, PRESENTATION, (m) => foldPresentationForms(m[0]), 'presentation-forms', where, repairs);
}

/**
 * Removes the spaces between a word and the Arabic punctuation that follows it: a run of INLINE_SPACE right
 * before the mark, preceded by a character that is not whitespace (what `(?<=\S)[ \t\u00A0]+(?=[،؛؟])` matches).
 * The marks are found first and the runs read backwards from them: a regex with that lookbehind tries every
 * position of the text.
 */
export function removeSpaceBeforePunctuation(s: string, where: Where, repairs: Repair[]): string {
  let out = '';
  let last = 0;
  ARABIC_PUNCTUATION.lastIndex = 0;
  for (let m = ARABIC_PUNCTUATION.exec(s); m; m = ARABIC_PUNCTUATION.exec(s)) {
    const mark = m.index;
    let start = mark;
    while (start > 0 && INLINE_SPACE.has(s.charCodeAt(start - 1))) start--;
    if (start === mark || start === 0 || isWhitespace(s.charCodeAt(start - 1))) continue;
    repairs.push(windowed(s, start, mark - start, '', 'space-before-punctuation', where));
    out += s.slice(last, start);
    last = mark;
  }
  return last ? out + s.slice(last) : s;
}
