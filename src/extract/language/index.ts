/**
 * Language identification for ar, en, fr, ru, fa, ur: the markup's `lang` when it agrees with
 * the text's script, else script counts, then stopwords (and Persian/Urdu letters) within the script.
 */
import type { Lang } from '../../model/index.js';
import { LANGS } from '../../model/index.js';
import {
  ARABIC_SCRIPT_LETTERS_CLASS, PERSIAN_LETTERS_CLASS, URDU_LETTERS_CLASS, ZERO_WIDTH_NON_JOINER,
} from '../../text/chars.js';
import {
  LANG_SAMPLE_CHARS, MIN_LANG_LETTERS, MIN_MARKUP_SCRIPT_SHARE, MIN_SCRIPT_SHARE, MIN_STOPWORD_SHARE, PERSIAN_LETTER_SHARE, URDU_LETTER_SHARE,
} from '../constants.js';
import { langKey, stopwords } from './stopwords.js';

export type Script = 'arabic' | 'latin' | 'cyrillic';

export interface LanguageGuess {
  lang: Lang;
  /** `markup` (the page said so and the text agrees), `text`, or `none` ('und'). */
  from: 'markup' | 'text' | 'none';
  /** Set when the markup named a language the text contradicts. */
  warning?: string;
}

const SCRIPT_OF: Record<Exclude<Lang, 'und'>, Script> = { ar: 'arabic', fa: 'arabic', ur: 'arabic', en: 'latin', fr: 'latin', ru: 'cyrillic' };
const ARABIC = new RegExp(`[${ARABIC_SCRIPT_LETTERS_CLASS}]`, 'gu');
const PERSIAN = new RegExp(`[${PERSIAN_LETTERS_CLASS}]`, 'gu');
const URDU = new RegExp(`[${URDU_LETTERS_CLASS}]`, 'gu');
const WORD = new RegExp(`[\\p{L}\\p{M}${ZERO_WIDTH_NON_JOINER}]+`, 'gu');

export function identifyLanguage(text: string, markupLang?: string): LanguageGuess {
  const sample = text.slice(0, LANG_SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const counts: Record<Script, number> = {
    arabic: count(sample, ARABIC),
    latin: sample.match(/\p{Script=Latin}/gu)?.length ?? 0,
    cyrillic: sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0,
  };
  const markup = primaryTag(markupLang);
  const scripts = (Object.keys(counts) as Script[]).sort((a, b) => counts[b] - counts[a]);
  const dominant = scripts[0];

  if (markup && (letters < MIN_LANG_LETTERS || counts[SCRIPT_OF[markup]] / Math.max(letters, 1) >= MIN_MARKUP_SCRIPT_SHARE)) {
    return { lang: markup, from: 'markup' };
  }
  const fromText = letters >= MIN_LANG_LETTERS && counts[dominant] / letters >= MIN_SCRIPT_SHARE ? byScript(sample, dominant, counts.arabic) : 'und';
  const guess: LanguageGuess = { lang: fromText, from: fromText === 'und' ? 'none' : 'text' };
  if (markup) guess.warning = `the page says lang="${markupLang}" but the text reads as ${fromText === 'und' ? 'another language' : fromText}`;
  return guess;
}

/** Within one script: stopword hits decide, helped by the letters only Persian or Urdu use. */
function byScript(sample: string, script: Script, arabicLetters: number): Lang {
  const hits = stopwordHits(sample);
  const tokens = Math.max(1, sample.match(WORD)?.length ?? 0);
  if (script === 'arabic') {
    const urdu = count(sample, URDU) / arabicLetters;
    const persian = count(sample, PERSIAN) / arabicLetters;
    if (urdu >= URDU_LETTER_SHARE && hits.ur >= hits.fa) return 'ur';
    if (persian >= PERSIAN_LETTER_SHARE && hits.fa > hits.ar) return 'fa';
    return 'ar';
  }
  const candidates: Lang[] = script === 'latin' ? ['en', 'fr'] : ['ru'];
  const best = candidates.sort((a, b) => hits[b] - hits[a])[0];
  return hits[best] / tokens >= MIN_STOPWORD_SHARE ? best : 'und';
}

function stopwordHits(sample: string): Record<Lang, number> {
  const hits = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  const lists = stopwords();
  for (const w of sample.match(WORD) ?? []) {
    for (const lang of lists.get(langKey(w)) ?? []) hits[lang]++;
  }
  return hits;
}

/** `ar-EG` → `ar`, when it is a language we name. */
function primaryTag(tag: string | undefined): Exclude<Lang, 'und'> | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary !== 'und' && (LANGS as readonly string[]).includes(primary) ? (primary as Exclude<Lang, 'und'>) : undefined;
}

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}
