/**
 * The plain-text path: text → title, outlet, dek, dateline, byline, paragraphs, and the
 * boilerplate removed. Steps in order; each is a file of its own.
 */
import type { Removed } from '../../model/index.js';
import { splitBlocks } from './01-blocks.js';
import { splitTitle } from './02-title.js';
import { parseDateline } from './03-dateline.js';
import { cutLeading, cutTrailing, cutWhole, type EdgeCut } from './04-edges.js';
import { isDek } from './05-dek.js';

export interface TextExtraction {
  title?: string;
  outlet?: string;
  /** The republishing site named by a footer line ("Discover more from X"). */
  site?: string;
  dek?: string;
  byline?: string;
  /** ISO date from a dateline. */
  publishedAt?: string;
  paragraphs: string[];
  removed: Removed[];
}

export { splitTitle } from './02-title.js';
export { cutLeading, cutTrailing, cutWhole, type EdgeCut } from './04-edges.js';

export function extractText(text: string): TextExtraction {
  const out: TextExtraction = { paragraphs: [], removed: [] };
  const take = (cut: EdgeCut): string[] => {
    out.removed.push(...cut.removed);
    for (const hit of cut.hits) {
      if (hit.site && !out.site) out.site = hit.site;
      if (hit.byline && !out.byline) out.byline = hit.byline;
    }
    return cut.kept;
  };

  // 1. Lines → blocks; a leading run of boilerplate (cookie notice, "Skip to content") goes.
  let blocks = take(cutLeading(splitBlocks(text)));
  if (!blocks.length) return out;

  // 2. Title, with its outlet tail.
  const { title, outlet } = splitTitle(blocks[0]);
  out.title = title;
  if (outlet) out.outlet = outlet;

  // 3. Under the title: datelines, bylines and other boilerplate.
  blocks = blocks.slice(1);
  for (;;) {
    const date = blocks.length ? parseDateline(blocks[0]) : undefined;
    if (date) {
      out.publishedAt ??= date;
      out.removed.push({ text: blocks[0], reason: 'dateline' });
      blocks = blocks.slice(1);
      continue;
    }
    const before = blocks.length;
    blocks = take(cutLeading(blocks.slice(0, 1))).concat(blocks.slice(1));
    if (blocks.length === before) break;
  }

  // 4. The footer run, then lines in the middle that are wholly boilerplate.
  blocks = take(cutWhole(take(cutTrailing(blocks))));

  // 5. The standfirst, if the first line reads as one.
  if (blocks.length > 1 && isDek(blocks[0], blocks.slice(1))) {
    out.dek = blocks[0];
    blocks = blocks.slice(1);
  }
  out.paragraphs = blocks;
  return out;
}
