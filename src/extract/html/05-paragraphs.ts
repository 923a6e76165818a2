/**
 * Step 5: the article's paragraphs. Walks the main content in document
 * order; every block element (p, h2…, li, blockquote, div, br…) ends a
 * paragraph; drops marked blocks, link-heavy containers and paragraphs, and
 * boilerplate lines, listing what was dropped.
 */
import { collapse, textOf, type El } from './dom.js';
import { hints, type DropReason } from './hints.js';
import { visibleLength, type Marks } from './03-clean.js';
import { BLOCK_TAGS } from './04-score.js';
import * as K from './constants.js';

export interface Removed {
  text: string;
  reason: DropReason;
}

export interface Body {
  paragraphs: string[];
  removed: Removed[];
}

/** Containers dropped whole when they are mostly links. */
const LINK_CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'figure', 'header', 'span']);
/** Tags whose text is the page title, not the body. */
const TITLE_TAGS = new Set(['h1']);

/** Paragraphs of `roots`; `near` is the element whose other marked blocks are listed as removed too. */
export function paragraphsOf(roots: El[], m: Marks, near?: El | null): Body {
  const h = hints();
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  const seenRemoved = new Set<string>();
  let buf: string[] = [];
  let linkChars = 0;
  let inLink = 0;

  const remove = (text: string, reason: DropReason) => {
    const t = text.length > K.MAX_REMOVED_CHARS ? text.slice(0, K.MAX_REMOVED_CHARS - 1) + '…' : text;
    if (!t || removed.length >= K.MAX_REMOVED || seenRemoved.has(t)) return;
    seenRemoved.add(t);
    removed.push({ text: t, reason });
  };
  const flush = () => {
    if (buf.length === 0) return;
    const text = collapse(buf.join(''));
    const links = linkChars;
    buf = [];
    linkChars = 0;
    if (!text) return;
    if (links / Math.max(1, visibleLength(text)) > K.PARAGRAPH_LINK_DENSITY) remove(text, 'related');
    else if (text.length <= K.MAX_BOILERPLATE_LINE_CHARS && h.boilerplateLines.test(text)) remove(text, 'boilerplate');
    else paragraphs.push(text);
  };

  // Iterative walk: an element frame is entered once and exited once (`exit` frames end links and blocks).
  type Frame = { node: El | string; exit: boolean };
  const stack: Frame[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push({ node: roots[r], exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (typeof node === 'string') {
      buf.push(node);
      if (inLink > 0) linkChars += visibleLength(node);
      continue;
    }
    const block = BLOCK_TAGS.has(node.tag);
    if (exit) {
      if (node.tag === 'a') inLink--;
      if (block) flush();
      continue;
    }
    const k = node.i;
    if (m.gone[k]) {
      const mark = m.mark[k];
      if (mark && mark !== 'markup') {
        flush();
        remove(textOf(node, 2 * K.MAX_REMOVED_CHARS), mark);
      }
      continue;
    }
    if (m.text[k] === 0 && node.tag !== 'br') continue;
    if (TITLE_TAGS.has(node.tag)) {
      flush();
      continue;
    }
    if (LINK_CONTAINERS.has(node.tag) && m.link[k] > K.CONTAINER_LINK_DENSITY * m.text[k] && !roots.includes(node)) {
      flush();
      remove(textOf(node, 2 * K.MAX_REMOVED_CHARS), 'related');
      continue;
    }
    if (block) flush();
    if (node.tag === 'a') inLink++;
    stack.push({ node, exit: true });
    for (let c = node.children.length - 1; c >= 0; c--) stack.push({ node: node.children[c], exit: false });
  }
  flush();

  if (near) listNearby(near, m, remove);

  const chars = paragraphs.reduce((s, p) => s + p.length, 0);
  return { paragraphs: chars >= K.MIN_ARTICLE_CHARS ? paragraphs : [], removed };
}

/** Adds the hint-marked blocks under `near` (outside the article, beside it) to the removed list. */
function listNearby(near: El, m: Marks, remove: (text: string, reason: DropReason) => void): void {
  const stack: El[] = [near];
  let visited = 0;
  while (stack.length > 0 && visited++ < K.MAX_NEARBY_VISITS) {
    const el = stack.pop()!;
    const mark = m.mark[el.i];
    if (mark) {
      if (mark !== 'markup') remove(textOf(el, 2 * K.MAX_REMOVED_CHARS), mark);
      continue;
    }
    for (let c = el.children.length - 1; c >= 0; c--) {
      const child = el.children[c];
      if (typeof child !== 'string') stack.push(child);
    }
  }
}
