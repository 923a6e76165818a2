/**
 * Language identification for ar, en, fr, ru, fa, ur: the markup's `lang` when it agrees with
 * the text's script, else script counts, then stopwords (and Persian/Urdu letters) within the script.
 */
import type { Lang } from '../../model/index.js';
import { LANGS } from '../../model/index.js';
import {
  LANG_SAMPLE_CHARS, MIN_LANG_LETTERS, MIN_MARKUP_SCRIPT_SHARE, MIN_SCRIPT_SHARE, MIN_STOPWORD_SHARE, PERSIAN_LETTER_SHARE, URDU_LETTER_SHARE,
} from '../constants.js';
import { countLetters, scanSample, type LetterCounts, type SampleCounts } from './scan.js';

export type Script = 'arabic' | 'latin' | 'cyrillic';

export interface LanguageGuess {
  lang: Lang;
  /** `markup` (the page said so and the text agrees), `text`, or `none` ('und'). */
  from: 'markup' | 'text' | 'none';
  /** Set when the markup named a language the text contradicts. */
  warning?: string;
}

const SCRIPT_OF: Record<Exclude<Lang, 'und'>, Script> = { ar: 'arabic', fa: 'arabic', ur: 'arabic', en: 'latin', fr: 'latin', ru: 'cyrillic' };
/** Scripts in the order that breaks a tie between their letter counts. */
const SCRIPTS: readonly Script[] = ['arabic', 'latin', 'cyrillic'];

export function identifyLanguage(text: string, markupLang?: string): LanguageGuess {
  // The letters of the first LANG_SAMPLE_CHARS decide the script; the stopwords are counted (a second,
  // costlier pass) only when a decision within the script needs them.
  const sample = text.slice(0, LANG_SAMPLE_CHARS);
  const counts = countLetters(sample);
  const { letters } = counts;
  const markup = primaryTag(markupLang);
  const dominant = [...SCRIPTS].sort((a, b) => counts[b] - counts[a])[0];

  if (markup && (letters < MIN_LANG_LETTERS || counts[SCRIPT_OF[markup]] / Math.max(letters, 1) >= MIN_MARKUP_SCRIPT_SHARE)) {
    return { lang: markup, from: 'markup' };
  }
  const fromText = letters >= MIN_LANG_LETTERS && counts[dominant] / letters >= MIN_SCRIPT_SHARE ? byScript(counts, dominant, () => scanSample(sample)) : 'und';
  const guess: LanguageGuess = { lang: fromText, from: fromText === 'und' ? 'none' : 'text' };
  if (markup) guess.warning = `the page says lang="${markupLang}" but the text reads as ${fromText === 'und' ? 'another language' : fromText}`;
  return guess;
}

/**
 * Within one script: stopword hits decide, helped by the letters only Persian or Urdu use. Arabic script
 * without those letters is Arabic whatever its words, so `scan` (the stopword pass) is not run for it.
 */
function byScript(counts: LetterCounts, script: Script, scan: () => SampleCounts): Lang {
  if (script === 'arabic') {
    const urdu = counts.urdu / counts.arabic;
    const persian = counts.persian / counts.arabic;
    if (urdu < URDU_LETTER_SHARE && persian < PERSIAN_LETTER_SHARE) return 'ar';
    const { hits } = scan();
    if (urdu >= URDU_LETTER_SHARE && hits.ur >= hits.fa) return 'ur';
    if (persian >= PERSIAN_LETTER_SHARE && hits.fa > hits.ar) return 'fa';
    return 'ar';
  }
  const { hits, tokens: words } = scan();
  const tokens = Math.max(1, words);
  const candidates: Lang[] = script === 'latin' ? ['en', 'fr'] : ['ru'];
  const best = candidates.sort((a, b) => hits[b] - hits[a])[0];
  return hits[best] / tokens >= MIN_STOPWORD_SHARE ? best : 'und';
}

/** `ar-EG` → `ar`, when it is a language we name. */
function primaryTag(tag: string | undefined): Exclude<Lang, 'und'> | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary !== 'und' && (LANGS as readonly string[]).includes(primary) ? (primary as Exclude<Lang, 'und'>) : undefined;
}
