/** Stopword lists per language (`data/lexicons/lang-stopwords.tsv`), loaded and validated once. */
import type { Lang } from '../../model/index.js';
import { LANGS } from '../../model/index.js';
import { ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA } from '../../text/chars.js';
import { lightNormalize } from '../../text/normalize/arabic.js';
import { LexiconFileError, readTsv } from '../lexicon.js';

const ALEFS = new RegExp(`[${ALEF_MADDA}${ALEF_HAMZA_ABOVE}${ALEF_HAMZA_BELOW}${ALEF_WASLA}]`, 'g');

/** Word key for language identification: light normalisation and alef folding, but ی/ي and ک/ك kept apart. */
export function langKey(word: string): string {
  return lightNormalize(word).replace(ALEFS, ALEF).toLowerCase();
}

let lists: Map<string, Set<Lang>> | undefined;

/** Word key → the languages listing it. */
export function stopwords(): Map<string, Set<Lang>> {
  if (lists) return lists;
  lists = new Map();
  for (const { cells, line, file } of readTsv('lang-stopwords.tsv', ['lang', 'word'])) {
    const lang = cells.lang as Lang;
    if (!(LANGS as readonly string[]).includes(lang) || lang === 'und') throw new LexiconFileError(`unknown lang "${cells.lang}"`, file, line);
    const key = langKey(cells.word);
    const set = lists.get(key) ?? new Set<Lang>();
    set.add(lang);
    lists.set(key, set);
  }
  return lists;
}

/** Most words whose stopword languages are remembered; the memory is emptied when full. */
const MAX_REMEMBERED_WORDS = 50_000;
const NONE: ReadonlySet<Lang> = new Set();
const remembered = new Map<string, ReadonlySet<Lang>>();

/** The languages listing `word` as a stopword (after langKey), remembered per word as written. */
export function stopwordLangs(word: string): ReadonlySet<Lang> {
  let langs = remembered.get(word);
  if (langs === undefined) {
    if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
    langs = stopwords().get(langKey(word)) ?? NONE;
    remembered.set(word, langs);
  }
  return langs;
}
