import type { Article } from '../model/index.js';
import { tokenize, type Token } from '../text/tokens.js';

// The words of an article's paragraphs, scanned once per article and shared by what placement computes from them
// (copy shingles, paragraph hashes, the fingerprint's word count, story content words). A word never crosses a line,
// so the words of each paragraph are the words of the paragraphs joined.

const TOKENS = new WeakMap<readonly string[], Token[][]>();

/** The tokens of each paragraph, in order (an empty paragraph has none), memoised per paragraphs array. */
export function paragraphTokens(article: Pick<Article, 'paragraphs'>): Token[][] {
  let out = TOKENS.get(article.paragraphs);
  if (!out) TOKENS.set(article.paragraphs, (out = article.paragraphs.map((p) => tokenize(p))));
  return out;
}
