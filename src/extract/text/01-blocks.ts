/**
 * Plain text → candidate blocks (title, then paragraphs). One paragraph a line, whether
 * or not blank lines separate them (the seed has none, the corpus has them); hard-wrapped
 * text (lines of even length broken at ~72 columns) has its lines joined within each blank-separated group.
 */
import { LINE_SEPARATOR, PARAGRAPH_SEPARATOR } from '../../text/chars.js';
import { WRAPPED_LINE_LIMIT, WRAPPED_LINE_MAX, WRAPPED_LINE_MIN } from '../constants.js';
import { collapseWhitespace, isWhitespace, trimRange } from '../whitespace.js';

const LF = 0x0a;
const CR = 0x0d;
const LS = LINE_SEPARATOR.charCodeAt(0);
const PS = PARAGRAPH_SEPARATOR.charCodeAt(0);
const SPACE = 0x20;

export function splitBlocks(text: string): string[] {
  const lines = collapsedLines(text);
  if (!isHardWrapped(lines)) return lines.filter(Boolean);
  const blocks: string[] = [];
  let group: string[] = [];
  for (const line of [...lines, '']) {
    if (line) group.push(line);
    else if (group.length) {
      blocks.push(group.join(' '));
      group = [];
    }
  }
  return blocks;
}

/**
 * The lines of the text, split at \r\n, \r, \n, U+2028 and U+2029, each with its whitespace collapsed
 * (`text.split(/\r\n|\r|\n|\u2028|\u2029/).map(collapseWhitespace)`), in one pass over the text: a line
 * whose only whitespace inside is single plain spaces (most lines) is trimmed, not collapsed.
 */
export function collapsedLines(text: string): string[] {
  const lines: string[] = [];
  const n = text.length;
  let from = 0;
  // Whether the line has a run of whitespace that is not one plain space before a non-space (at its end, a
  // run is only trimmed, but telling that apart costs more than the rare collapse it saves).
  let run = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) continue;
    if (c === LF || c === CR || c === LS || c === PS) {
      lines.push(run ? collapseWhitespace(text.slice(from, i)) : trimRange(text, from, i));
      if (c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
      run = false;
    } else if (c !== SPACE || (i + 1 < n && isInnerWhitespace(text.charCodeAt(i + 1)))) run = true;
  }
  lines.push(run ? collapseWhitespace(text.slice(from, n)) : trimRange(text, from, n));
  return lines;
}

/** Whitespace that is not a line break (a line break ends the line, so the space before it is trimmed). */
function isInnerWhitespace(c: number): boolean {
  return isWhitespace(c) && c !== LF && c !== CR && c !== LS && c !== PS;
}

/** Blank-separated groups of several lines whose lengths sit in the wrapped band. */
function isHardWrapped(lines: string[]): boolean {
  const full = lines.filter(Boolean);
  if (full.length < 3 || !lines.some((l, i) => l && lines[i + 1])) return false;
  const lengths = full.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  return median >= WRAPPED_LINE_MIN && median <= WRAPPED_LINE_MAX && lengths[lengths.length - 1] <= WRAPPED_LINE_LIMIT;
}
