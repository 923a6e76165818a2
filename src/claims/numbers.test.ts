import { describe, expect, it } from 'vitest';
import { quantitiesConflict, quantitiesOf } from './numbers.js';

describe('quantities a statement names', () => {
  it.each([
    ['Western digits', 'killed 17 people', [17]],
    ['Arabic-Indic digits', 'قتل ١٧ شخصا', [17]],
    ['a thousands separator', 'sent 10,000 troops', [10000]],
    ['a decimal', 'an aid package of 4.5 billion', [4.5]],
    ['no year', 'in 2015 they sent 62 million dollars', [62]],
    ['no small count', 'the two sides met 2 times', []],
  ])('reads %s', (_name, text, expected) => {
    expect([...quantitiesOf(text)]).toEqual(expected);
  });

  it.each([
    ['both name quantities and share none', [17], [93], true],
    ['they share one', [17, 5], [17], false],
    ['one names none', [], [93], false],
  ])('conflict when %s: %s', (_name, a, b, expected) => {
    expect(quantitiesConflict(new Set(a), new Set(b))).toBe(expected);
  });
});
