import { indexKeys, searchKey } from '../text/normalize/clitics.js';
import { tokenize } from '../text/tokens.js';

// Search keys: what is indexed for a text, and what a query is looked up by (design/ARABIC.md §2).

/** Every index key of every word of the texts, space-joined: the shadow text put in the full-text index. */
export function shadowText(...texts: (string | undefined)[]): string {
  const keys: string[] = [];
  for (const t of texts) if (t) for (const tok of tokenize(t)) keys.push(...indexKeys(tok.text));
  return keys.join(' ');
}

/** The same keys framed by spaces (` k1 k2 `), so that `like '% k %'` matches whole keys only. */
export function framedKeys(...texts: (string | undefined)[]): string {
  return ` ${shadowText(...texts)} `;
}

/** The lookup key of each word of a query, in order, without repeats. */
export function queryKeys(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => searchKey(t.text)).filter(Boolean))];
}
