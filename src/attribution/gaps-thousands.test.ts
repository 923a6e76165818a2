import { describe, expect, it } from 'vitest';
import { words } from '../text/words.js';
import { gapChars, gapMarks } from './gaps.js';

// A comma between digit groups is a thousands separator, no mark a rule reads as a clause end.
const COMMA = gapChars(',\u060C');
const commasBefore = (text: string) => {
  const ws = words(text);
  const marks = gapMarks(text, ws);
  return ws.map((w, i) => [w.text, (marks[i] & COMMA) !== 0]).filter(([, c]) => c).map(([t]) => t);
};

describe('gapMarks and thousands separators', () => {
  it.each([
    ['Latin digits', 'a crowd of 10,000 people'],
    ['two groups', 'some 1,250,000 voters'],
    ['an Arabic comma between digits', 'نحو 10،000 شخص'],
  ])('marks no comma inside a number: %s', (_name, text) => {
    expect(commasBefore(text)).toEqual([]);
  });
  it.each([
    ['a comma and a space', 'at 300, a spokesman said', ['a']],
    ['a group of two digits', 'in 2019,20 percent', ['20']],
    ['a list of years', 'in 2019,2020 and 2021', ['2020']],
  ])('keeps a comma that is no separator: %s', (_name, text, expected) => {
    expect(commasBefore(text)).toEqual(expected);
  });
});
