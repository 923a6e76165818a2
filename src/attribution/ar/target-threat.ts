import { join } from 'node:path';
import { STANCE_LEAD_WORDS } from '../constants.js';
import { charRange, commaBefore, quoteTokensAt } from '../clause.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { firstForms } from '../cues.js';
import type { Doc } from '../types.js';
import { boundPhrase, partyAt } from './target-parties.js';
import { definiteAt } from './speaker-words.js';
import { constructHead, MAX_QUOTED_TARGET_TOKENS } from './target-doers.js';

// The party a warning threatens, read off its content (GUIDELINES `targets`): the object of a listed threat phrase
// (ستقوم بمحاسبة X, targets-warn.tsv) or the one a condition names as who would act (في حال قيام X).

let threatCache: string[][] | undefined;

/** data/lexicons/ar/targets-warn.tsv: phrases whose object is the one a warning threatens, as match-key sequences. */
function threatPhrases(): string[][] {
  return threatCache ??= readTsv(join(defaultLexiconDir(), 'ar', 'targets-warn.tsv'), ['form'])
    .map((r) => r.cells[0].split(/\s+/).map(matchKey));
}

/** The verbal noun of acting (في حال قيام X بـ): the doer after it is a party. */
const ACTING = 'قيام';

/**
 * سيتم التصدي لها في حال قيام المليشيات بأي تحرك، في حال أوقفت أمريكا الاتفاق: the party a warning's condition
 * (warn-conditions.tsv `if`) names as the one who would act, right after it or after its verb.
 */
export function conditionParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < hi; i++) {
    const c = doc.lex.conditions.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!c || c[0].value !== 'if') continue;
    const k = i + c[1];
    if (k >= hi || commaBefore(doc, k)) continue;
    if (doc.keys[k] === ACTING) return k + 1 < hi && (partyAt(doc, k + 1) || definiteAt(doc, k + 1)) ? boundPhrase(doc, k + 1, hi) : null;
    if (partyAt(doc, k)) return boundPhrase(doc, k, hi);
    // (في حال وافق الرئيس: a verb, then its subject.)
    return k + 1 < hi && !doc.lex.words.has(doc.keys[k]) && !definiteAt(doc, k) && !commaBefore(doc, k + 1) && partyAt(doc, k + 1) ? boundPhrase(doc, k + 1, hi) : null;
  }
  return null;
}

/** ستقوم بمحاسبة "قتلة X"، لن تتهاون مع المتمردين: the one a listed threat phrase falls on, near the content's start. */
export function threatObject(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < Math.min(hi, lo + STANCE_LEAD_WORDS); i++) {
    const phrase = threatPhrases().find((p) => p.every((w, n) => doc.keys[i + n] === w || doc.keys[i + n] === `و${w}`));
    if (!phrase) continue;
    const at = i + phrase.length;
    const q = quoteTokensAt(doc, at);
    if (q) return q.to - q.from <= MAX_QUOTED_TARGET_TOKENS ? charRange(doc, q.from, q.to) : null;
    // (باغتيال علماء الذرة: a head in construct with a definite noun names the one threatened too.)
    return at < hi && (partyAt(doc, at) || definiteAt(doc, at) || constructHead(doc, at, hi)) ? boundPhrase(doc, at, hi) : null;
  }
  return null;
}
