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
