import { describe, expect, it } from 'vitest';
import { boundedMemo } from './memo.js';

describe('boundedMemo', () => {
  it('computes an input once, null results included, and forgets everything when full', () => {
    const calls: string[] = [];
    const f = boundedMemo(2, (s) => (calls.push(s), s === 'none' ? null : s.length));
    expect([f('ab'), f('ab'), f('none'), f('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    f('xyz'); // the memo held 2: emptied, then this one kept
    f('ab');
    expect(calls).toEqual(['ab', 'none', 'xyz', 'ab']);
  });
});
