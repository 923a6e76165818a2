/**
 * The compact element tree the HTML stage works on, and the few bounded,
 * iterative helpers every sub-step shares (no recursion: pages can nest
 * 100,000 deep).
 */

/** One element. `i` is its position in document (open-tag) order. */
export interface El {
  i: number;
  tag: string;
  attrs: Record<string, string>;
  parent: El | null;
  /** Elements and text runs (entities decoded, whitespace as in the source). */
  children: (El | string)[];
  /** Cached class/id words (see hintTokens). */
  tokens?: string[];
}

/** A parsed page: the root and every element in document order. */
export interface Page {
  root: El;
  /** Elements in open-tag order: a parent always precedes its descendants, so a
   *  reverse loop is a bottom-up pass and a forward loop is top-down. */
  els: El[];
  /** True when the input was cut at a size, depth or element-count bound. */
  truncated: boolean;
  /** Cached per element: visible length and commas of its own text runs (03-clean fills it). */
  own?: { text: Int32Array; commas: Int32Array };
}

import { MAX_HINT_CACHE } from './constants.js';

const WS = /\s+/g;

/** Collapses runs of whitespace to one space and trims; the display text is otherwise untouched. */
export function collapse(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** Text of an element's subtree (iterative, stops after `limit` characters), whitespace collapsed. */
export function textOf(el: El, limit = 100_000, skip?: (e: El) => boolean): string {
  const out: string[] = [];
  let len = 0;
  const stack: (El | string)[] = [el];
  while (stack.length > 0 && len < limit) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out.push(n);
      len += n.length;
      continue;
    }
    if (n !== el && skip?.(n)) continue;
    if (n.tag === 'script' || n.tag === 'style') continue;
    if (BREAKING.has(n.tag)) out.push(' ');
    for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]);
  }
  return collapse(out.join('')).slice(0, limit);
}

/** Tags whose boundaries separate words even without whitespace in the source. */
const BREAKING = new Set(['br', 'p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'dd', 'dt']);

/** The words of an element's class and id (`shareBar js-social_links` → sharebar, share, bar, js-social_links, js, social, links), lower case. */
export function hintTokens(el: El): string[] {
  if (el.tokens) return el.tokens;
  const raw = hintKey(el);
  if (!raw) return (el.tokens = NO_TOKENS);
  let tokens = tokenCache.get(raw);
  if (!tokens) {
    if (tokenCache.size >= MAX_HINT_CACHE) tokenCache.clear();
    tokens = splitHints(raw);
    tokenCache.set(raw, tokens);
  }
  return (el.tokens = tokens);
}

/** An element's class and id as one string (the key of every per-hint cache), '' when it has neither. */
export function hintKey(el: El): string {
  const cls = el.attrs.class;
  const id = el.attrs.id;
  return id ? (cls ? `${cls} ${id}` : id) : (cls ?? '');
}

const NO_TOKENS: string[] = [];
/** Token lists by class/id string: pages repeat the same few hundred class strings thousands of times. */
const tokenCache = new Map<string, string[]>();

/** Splits at whitespace into words, and each word at - _ : . / and lower→upper case changes into parts. */
function splitHints(raw: string): string[] {
  const out: string[] = [];
  let wordStart = -1;
  let partStart = -1;
  let parts = 0;
  const endPart = (end: number) => {
    if (partStart >= 0 && end > partStart) {
      out.push(raw.slice(partStart, end).toLowerCase());
      parts++;
    }
    partStart = -1;
  };
  for (let k = 0; k <= raw.length; k++) {
    const c = k < raw.length ? raw.charCodeAt(k) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
    if (space) {
      if (wordStart >= 0) {
        const before = out.length;
        endPart(k);
        // A word of one part is already in the list as that part; a compound word goes in whole too.
        if (parts > 1) out.splice(before - parts + 1, 0, raw.slice(wordStart, k).toLowerCase());
      }
      wordStart = -1;
      parts = 0;
      continue;
    }
    if (wordStart < 0) wordStart = k;
    const sep = c === 45 || c === 95 || c === 58 || c === 46 || c === 47;
    if (sep) {
      endPart(k);
      continue;
    }
    const upper = c >= 65 && c <= 90;
    if (upper && partStart >= 0) {
      const prev = raw.charCodeAt(k - 1);
      if (prev >= 97 && prev <= 122) endPart(k);
    }
    if (partStart < 0) partStart = k;
  }
  return out;
}
