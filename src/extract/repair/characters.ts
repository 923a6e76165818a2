/** Character-level damage: stray bidi controls, presentation forms, a space before Arabic punctuation. */
import type { Repair } from '../../model/index.js';
import { ARABIC_PUNCTUATION_CLASS, BIDI_CONTROLS_CLASS, NO_BREAK_SPACE, PRESENTATION_FORMS_CLASS } from '../../text/chars.js';
import { foldPresentationForms } from '../../text/normalize/arabic.js';
import { replaceRecorded, type Where } from './record.js';

const BIDI = new RegExp(`[${BIDI_CONTROLS_CLASS}]+`, 'g');
const PRESENTATION = new RegExp(`[${PRESENTATION_FORMS_CLASS}]+`, 'g');
/** Spaces between a word and the Arabic comma/semicolon/question mark that follows it. */
const SPACE_BEFORE_PUNCTUATION = new RegExp(`(?<=\\S)[ \\t${NO_BREAK_SPACE}]+(?=[${ARABIC_PUNCTUATION_CLASS}])`, 'g');

export function removeBidiControls(s: string, where: Where, repairs: Repair[]): string {
  return replaceRecorded(s, BIDI, () => '', 'bidi-controls', where, repairs);
}

export function foldPresentation(s: string, where: Where, repairs: Repair[]): string {
  return replaceRecorded(s, PRESENTATION, (m) => foldPresentationForms(m[0]), 'presentation-forms', where, repairs);
}

export function removeSpaceBeforePunctuation(s: string, where: Where, repairs: Repair[]): string {
  return replaceRecorded(s, SPACE_BEFORE_PUNCTUATION, () => '', 'space-before-punctuation', where, repairs);
}
