import { describe, expect, it } from 'vitest';
import { leadOf } from './web-search.js';

/** The lead by its definition: the whole text collapsed, then cut. */
const reference = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 200)} …` : t;
};

const word = (i: number) => ['نفي', 'الكرملين', 'troops', 'Pyongyang', 'و'][i % 5];
const words = (n: number, sep: (i: number) => string) => Array.from({ length: n }, (_, i) => word(i) + sep(i)).join('');

describe('the lead of a hit found by filters only', () => {
  const cases: [string, string][] = [
    ['a short text, spaces collapsed and trimmed', '  نفي \n\n الكرملين  '],
    ['a long text of single spaces', words(500, () => ' ')],
    ['a long text starting with blank lines', `\n\n \t${words(500, () => ' ')}`],
    ['a long text whose start is mostly spaces (fewer than the lead once collapsed)', `${' '.repeat(790)}${words(300, () => '\n')}`],
    ['a long text with runs of spaces across the window\'s end', words(400, (i) => ' '.repeat(i % 7 + 1))],
    ['a text just over the window, ending in spaces', `${'x'.repeat(150)}${' '.repeat(700)}`],
    ['a text of exactly the lead and a trailing run of spaces', `${'y'.repeat(201)}${' '.repeat(800)}z`],
    ['a text whose window holds one more than the lead, then only spaces', `${'w'.repeat(201)}${' '.repeat(1000)}`],
  ];
  it.each(cases)('%s: the same as collapsing the whole text', (_name, text) => {
    expect(leadOf(text)).toBe(reference(text));
  });
});
