/**
 * Plain text → candidate blocks (title, then paragraphs). One paragraph a line, whether
 * or not blank lines separate them (the seed has none, the corpus has them); hard-wrapped
 * text (lines of even length broken at ~72 columns) has its lines joined within each blank-separated group.
 */
import { LINE_SEPARATOR, PARAGRAPH_SEPARATOR } from '../../text/chars.js';
import { WRAPPED_LINE_LIMIT, WRAPPED_LINE_MAX, WRAPPED_LINE_MIN } from '../constants.js';
import { collapseWhitespace } from '../whitespace.js';

const LINE_BREAK = new RegExp(`\\r\\n|\\r|\\n|${LINE_SEPARATOR}|${PARAGRAPH_SEPARATOR}`);

export function splitBlocks(text: string): string[] {
  const lines = text.split(LINE_BREAK).map(collapseWhitespace);
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

/** Blank-separated groups of several lines whose lengths sit in the wrapped band. */
function isHardWrapped(lines: string[]): boolean {
  const full = lines.filter(Boolean);
  if (full.length < 3 || !lines.some((l, i) => l && lines[i + 1])) return false;
  const lengths = full.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  return median >= WRAPPED_LINE_MIN && median <= WRAPPED_LINE_MAX && lengths[lengths.length - 1] <= WRAPPED_LINE_LIMIT;
}
