import {
  DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, PRESENTATION_FORMS_CLASS, TATWEEL,
  ALEF, ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_MAKSURA, YEH,
  TEH_MARBUTA, HEH, WAW_HAMZA, WAW, YEH_HAMZA, FARSI_YEH, KEHEH, KAF,
} from '../chars.js';
import { tabulate } from './fold-table.js';

// Normalisation is for matching and search only: display text is never changed by it.
// Two levels (design/ARABIC.md §1): `light` keeps the letters, `matchKey` folds them.

const PRESENTATION = new RegExp(`[${PRESENTATION_FORMS_CLASS}]+`, 'g');
const DIACRITICS = new RegExp(`[${DIACRITICS_CLASS}${TATWEEL}]`, 'g');
const FORMAT = new RegExp(`[${FORMAT_CONTROLS_CLASS}]`, 'g');
const ALEFS = new RegExp(`[${ALEF_MADDA}${ALEF_HAMZA_ABOVE}${ALEF_HAMZA_BELOW}${ALEF_WASLA}]`, 'g');
const ARABIC_INDIC_DIGIT_ZERO = 0x0660;
const EXTENDED_INDIC_DIGIT_ZERO = 0x06f0;

/** Presentation forms only through NFKC: NFKC elsewhere would turn … into "...". */
export function foldPresentationForms(s: string): string {
  return s.replace(PRESENTATION, (m) => m.normalize('NFKC'));
}

/** Removes bidi/format controls (they carry no meaning for matching). */
export function stripFormatControls(s: string): string {
  return s.replace(FORMAT, '');
}

/** Light: NFC, presentation forms, format controls, tatweel and diacritics. Letters kept. */
export const lightNormalize = tabulate(lightNormalizeReference);

/** lightNormalize by its definition, regex by regex: what the table-driven lightNormalize must equal. */
export function lightNormalizeReference(s: string): string {
  return stripFormatControls(foldPresentationForms(s.normalize('NFC'))).replace(DIACRITICS, '');
}

function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= EXTENDED_INDIC_DIGIT_ZERO ? c - EXTENDED_INDIC_DIGIT_ZERO : c - ARABIC_INDIC_DIGIT_ZERO);
  });
}

// Words made only of ASCII lower case, digits and Arabic base letters that no fold touches
// (ء ا ب ت…غ ف…و ي) are their own key: the common case, answered without any replace.
const ALREADY_KEY = /^[a-z0-9\u0621\u0627\u0628\u062A-\u063A\u0641-\u0648\u064A]*$/;
// Words of plain ASCII only need lower-casing.
const ASCII = /^[\x00-\x7F]*$/;

/**
 * Aggressive key for lookups: light normalisation, then alef forms → ا, ى → ي, ة → ه,
 * ؤ → و, ئ → ي, Persian ی ک → ي ك, Eastern digits → ASCII, lower case.
 */
export const matchKey = tabulate(matchKeyReference);

/** matchKey by its definition, regex by regex: what the table-driven matchKey must equal. */
export function matchKeyReference(s: string): string {
  if (ALREADY_KEY.test(s)) return s;
  if (ASCII.test(s)) return s.toLowerCase();
  return foldDigits(lightNormalizeReference(s))
    .replace(ALEFS, ALEF)
    .replaceAll(ALEF_MAKSURA, YEH)
    .replaceAll(TEH_MARBUTA, HEH)
    .replaceAll(WAW_HAMZA, WAW)
    .replaceAll(YEH_HAMZA, YEH)
    .replaceAll(FARSI_YEH, YEH)
    .replaceAll(KEHEH, KAF)
    .toLowerCase();
}
