// Pure functions of a word or text, called on the same inputs again and again (news repeats its words):
// their results are remembered up to a bound, then forgotten all at once (cheaper than tracking age).

/** `compute`, remembering up to `limit` results; callers must treat a result as read-only (it is shared). */
export function boundedMemo<T>(limit: number, compute: (input: string) => T): (input: string) => T {
  const memo = new Map<string, T>();
  return (input) => {
    let value = memo.get(input);
    if (value === undefined && !memo.has(input)) {
      if (memo.size >= limit) memo.clear();
      memo.set(input, (value = compute(input)));
    }
    return value as T;
  };
}
