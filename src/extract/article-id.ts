/**
 * Content hash of the normalised title and text, so that the same article is one article:
 * sha256 of matchKey(title + "\n" + text) with whitespace runs collapsed to one space, trimmed.
 * Normalised line by line (no giant normalised copy of a large text) and hashed in a few large updates.
 */
import { createHash } from 'node:crypto';
import { matchKey } from '../text/normalize/arabic.js';
import { collapseWhitespace } from './whitespace.js';

/** Hex digits of the sha256 kept in the id. */
const ID_HEX_DIGITS = 20;
/** Normalised characters gathered before they are handed to the hash, in UTF-16 code units. */
const HASH_CHUNK_CHARS = 1 << 16;

export function articleId(title: string, text: string): string {
  const hash = createHash('sha256');
  let pending = '';
  let first = true;
  const add = (line: string) => {
    // A newline is whitespace: lines joined by one space hash as the collapsed whole would.
    const key = collapseWhitespace(matchKey(line));
    if (!key) return;
    pending += first ? key : ` ${key}`;
    first = false;
    if (pending.length >= HASH_CHUNK_CHARS) {
      hash.update(pending);
      pending = '';
    }
  };
  add(title);
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    add(text.slice(from, to));
    from = to + 1;
  }
  hash.update(pending);
  return hash.digest('hex').slice(0, ID_HEX_DIGITS);
}
