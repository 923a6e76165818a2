import { indexKeys, searchKey } from '../text/normalize/clitics.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize } from '../text/tokens.js';

// Search keys: what is indexed for a text, and what a query is looked up by (design/ARABIC.md §2).

/** Distinct words whose index keys are remembered (news repeats its words: most lookups hit); the memo is emptied when full. */
export const INDEX_KEYS_MEMO = 100_000;

/** The index keys of one word, space-joined, null when it has none (indexKeys is a pure function of the word). */
const wordKeys = boundedMemo(INDEX_KEYS_MEMO, (word): string | null => {
  const all = indexKeys(word);
  return all.length ? all.join(' ') : null;
});

/** Every index key of every word of the texts, space-joined: the shadow text put in the full-text index. */
export function shadowText(...texts: (string | undefined)[]): string {
  const keys: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    for (const tok of tokenize(t)) {
      const k = wordKeys(tok.text);
      if (k !== null) keys.push(k);
    }
  }
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
