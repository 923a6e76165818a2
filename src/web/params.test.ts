import { describe, expect, it } from 'vitest';
import { readParams } from './params.js';

const read = (qs: string, allowed = ['q', 'lang', 'stance', 'from', 'to', 'limit', 'cursor'] as const) => readParams(new URLSearchParams(qs), allowed);

describe('readParams', () => {
  it('reads valid values and treats empty ones as absent', () => {
    expect(read('q=بيسكوف&lang=ar&stance=&limit=10&from=2024-10-01&to=2024-10-31&cursor=12')).toEqual({
      ok: true, params: { q: 'بيسكوف', lang: 'ar', limit: 10, from: '2024-10-01', to: '2024-10-31', cursor: '12' },
    });
  });
  it.each([
    ['an unknown parameter', 'nope=1', 'nope', /unknown parameter/],
    ['a repeated parameter', 'lang=ar&lang=en', 'lang', /more than once/],
    ['a language we do not know', 'lang=xx', 'lang', /one of: ar, en/],
    ['a stance we do not know', 'stance=maybe', 'stance', /one of: assert/],
    ['a limit of zero', 'limit=0', 'limit', /1 to 500/],
    ['a limit that is not a number', 'limit=ten', 'limit', /whole number/],
    ['a date that does not exist', 'from=2024-02-30', 'from', /calendar date/],
    ['a date in another format', 'to=14/10/2024', 'to', /YYYY-MM-DD/],
    ['a range that ends before it starts', 'from=2024-10-02&to=2024-10-01', 'to', /before from/],
    ['a cursor we did not make', 'cursor=abc', 'cursor', /cursor/],
  ])('rejects %s, naming the field', (_name, qs, field, reason) => {
    const r = read(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe(field);
      expect(r.error.reason).toMatch(reason);
    }
  });
});
