/**
 * Leading and trailing runs of boilerplate lines (a republishing site's share/subscribe
 * footer, a cookie notice on top). Short lines inside a footer run ("Facebook", the titles
 * under "Related") go with it; a run stops at the first line of real text.
 */
import type { Removed } from '../../model/index.js';
import { ARABIC_FULL_STOP, CLOSING_QUOTES_CLASS, SENTENCE_END_CLASS } from '../../text/chars.js';
import { MAX_EDGE_LINES, MAX_FOOTER_ITEM_WORDS } from '../constants.js';
import { matchBoilerplate, type BoilerplateHit } from './boilerplate.js';

export interface EdgeCut {
  /** Lines kept, in order. */
  kept: string[];
  removed: Removed[];
  /** Boilerplate hits of the removed lines that name a site or a byline. */
  hits: BoilerplateHit[];
}

/** A line that ends a sentence with a full stop is text, not a list item. */
const ENDS_SENTENCE = new RegExp(`[.${ARABIC_FULL_STOP}][${CLOSING_QUOTES_CLASS}]?$`);
/** A sentence end followed by more text: two sentences, so not a list item. */
const INNER_SENTENCE_END = new RegExp(`[${SENTENCE_END_CLASS}]\\s+\\S`);

/** Removes the trailing run; lines between footer lines are swept along when short. */
export function cutTrailing(lines: string[]): EdgeCut {
  let start = lines.length;
  let pending: string[] = [];
  const cut: { text: string; hit?: BoilerplateHit }[] = [];
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - MAX_EDGE_LINES); i--) {
    const hit = matchBoilerplate(lines[i], 'edge');
    if (hit) {
      // Items below this line belong to it (the titles under "Related", the buttons under "Share this:").
      cut.unshift({ text: lines[i], hit }, ...pending.map((text) => ({ text, hit: { ...hit, site: undefined, byline: undefined } })));
      pending = [];
      start = i;
    } else if (isFooterItem(lines[i])) pending.unshift(lines[i]);
    else break;
  }
  return result(lines.slice(0, start), cut);
}

/** Removes the leading run: boilerplate lines only (no items swept along). */
export function cutLeading(lines: string[]): EdgeCut {
  let end = 0;
  const cut: { text: string; hit?: BoilerplateHit }[] = [];
  while (end < Math.min(lines.length, MAX_EDGE_LINES)) {
    const hit = matchBoilerplate(lines[end], 'edge');
    if (!hit) break;
    cut.push({ text: lines[end], hit });
    end++;
  }
  return result(lines.slice(end), cut);
}

/** Removes lines in the middle that are wholly boilerplate ("Advertisement"). */
export function cutWhole(lines: string[]): EdgeCut {
  const kept: string[] = [];
  const cut: { text: string; hit?: BoilerplateHit }[] = [];
  for (const line of lines) {
    const hit = matchBoilerplate(line, 'whole');
    if (hit && hit.reason !== 'byline') cut.push({ text: line, hit });
    else kept.push(line);
  }
  return result(kept, cut);
}

function isFooterItem(line: string): boolean {
  return hasAtMostWords(line, MAX_FOOTER_ITEM_WORDS) && !ENDS_SENTENCE.test(line) && !INNER_SENTENCE_END.test(line);
}

/** Whether `line.split(' ')` has at most `max` parts, counted without splitting (a paragraph has hundreds). */
function hasAtMostWords(line: string, max: number): boolean {
  for (let at = line.indexOf(' '), parts = 2; at >= 0; at = line.indexOf(' ', at + 1), parts++) {
    if (parts > max) return false;
  }
  return true;
}

function result(kept: string[], cut: { text: string; hit?: BoilerplateHit }[]): EdgeCut {
  return {
    kept,
    removed: cut.map(({ text, hit }) => ({ text, reason: hit?.reason ?? 'boilerplate' })),
    hits: cut.flatMap(({ hit }) => (hit && (hit.site || hit.byline) ? [hit] : [])),
  };
}
