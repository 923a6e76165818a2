import { describe, expect, it } from 'vitest';
import { nestMarks, type Mark, type Piece } from './spans.js';

/** Renders pieces as `[s0 …]` / `{e1 …}` for compact assertions. */
const show = (ps: Piece[]): string =>
  ps.map((p) => (typeof p === 'string' ? p : p.mark.kind === 'statement' ? `[s${p.mark.ref} ${show(p.children)}]` : `{e${p.mark.ref} ${show(p.children)}}`)).join('');
const st = (start: number, end: number, ref = 0): Mark => ({ start, end, kind: 'statement', ref });
const en = (start: number, end: number, ref = 0): Mark => ({ start, end, kind: 'entity', ref });

describe('nestMarks', () => {
  it.each([
    ['leaves a text without marks whole', 'abcdef', 0, [], 'abcdef'],
    ['wraps one statement in place', 'abcdef', 0, [st(2, 4)], 'ab[s0 cd]ef'],
    ['uses the block offset', 'abcdef', 10, [st(12, 14)], 'ab[s0 cd]ef'],
    ['clips a statement that runs past the block', 'abcdef', 10, [st(8, 12)], '[s0 ab]cdef'],
    ['ignores marks of other blocks', 'abcdef', 10, [st(0, 5), st(20, 25)], 'abcdef'],
    ['nests an entity inside a statement', 'abcdef', 0, [en(2, 3), st(1, 5)], 'a[s0 b{e0 c}de]f'],
    ['nests a statement inside a longer statement', 'abcdef', 0, [st(0, 6, 0), st(2, 4, 1)], '[s0 ab[s1 cd]ef]'],
    ['splits a statement that crosses the end of another', 'abcdef', 0, [st(0, 3, 0), st(2, 5, 1)], '[s0 ab[s1 c]][s1 de]f'],
    ['does not put a link inside a link', 'abcdef', 0, [en(0, 4, 0), en(1, 2, 1)], '{e0 abcd}ef'],
    ['keeps Arabic text intact around marks', 'نفى بيسكوف التقارير', 0, [en(4, 10)], 'نفى {e0 بيسكوف} التقارير'],
  ] as const)('%s', (_name, text, offset, marks, expected) => {
    expect(show(nestMarks(text, offset, marks as readonly Mark[]))).toBe(expected);
  });
});
