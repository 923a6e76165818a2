import { matchKey } from '../text/normalize/arabic.js';
import { definite, mediaNouns, span, type Located, type SpeakerState } from './05-speakers-state.js';
import { MAX_MEDIUM_NAME_WORDS } from './constants.js';
import type { Tok } from './keys.js';
import { readTsv } from './tsv.js';

// Pass 1 of the speaker passes (05-speakers.ts), Arabic: a medium named by its noun and its own name, written without
// quotation marks (`صحيفة حرييت`, `موقع كورة`, `موقع دار الخلافة`): a body. Quoted titles (`صحيفة "ديلي ميل"`) and a
// noun with a definite word after it (`صحيفة الإندبندنت`, a body named in full) are read by 05-speakers-named.ts.

let generic: Set<string> | undefined;
/** Match keys of words that say what kind of medium it is (`وكالة أنباء`), from data/gazetteer/media-generic.ar.tsv. */
const genericWords = () => (generic ??= new Set(readTsv('media-generic.ar.tsv', 1).map((r) => matchKey(r.cells[0]))));

/**
 * The medium an unlinked Arabic speaker phrase names: the phrase opens with a medium's noun (no article, nothing glued
 * to it), and one to MAX_MEDIUM_NAME_WORDS name words follow, tight: the first without the article, a definite one only
 * last in the phrase (`دار الخلافة`); none a function word, title, body's noun, kind of medium (`وكالة أنباء`), number or
 * another entity's word (`صحيفة تركية` names a country's). Words after the name that describe it are left out (`صحيفة
 * آفي المقربة من الحكومة` → `صحيفة آفي`).
 */
export function mediumNamed(sp: SpeakerState, ws: readonly Tok[]): Located | undefined {
  // (the whole word is the noun: `لصحيفة` is whom it was said to)
  if (sp.lang !== 'ar' || ws.length < 2 || !mediaNouns().has(ws[0].key)) return undefined;
  let k = 1;
  while (k < ws.length && nameWord(sp, ws[k]) && (!definite(ws[k]) || (k > 1 && k === ws.length - 1))) k++;
  return k === 1 || k - 1 > MAX_MEDIUM_NAME_WORDS ? undefined : span(ws.slice(0, k));
}

/** A word that may be part of a medium's name. */
function nameWord(sp: SpeakerState, w: Tok): boolean {
  return w.arabic && w.gap === 'tight' && !/\d/u.test(w.key) && !sp.g.stop.has(w.key) && !sp.lex.words.has(w.key) && !genericWords().has(w.key)
    && !sp.isTitle(w) && !sp.isBodyHead(w) && !sp.covered(w);
}
