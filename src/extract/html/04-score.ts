/**
 * Step 4: find the main content. Readability's idea: every paragraph gives
 * points (length, commas) to its parent and, fading, to ancestors; class/id
 * hints and link density adjust; the best candidate — moved up to a common
 * ancestor when rivals share one — plus the siblings that score well enough
 * make the article.
 */
import { hintTokens, textOf, type El, type Page } from './dom.js';
import { hints } from './hints.js';
import type { Marks } from './03-clean.js';
import * as K from './constants.js';

/** Tags whose text counts as a paragraph for scoring. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Tags that make an element a container rather than a paragraph. */
export const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br']);
/** Containers a <div>-like paragraph may be (a div holding only inline content reads as a paragraph). */
const DIV_LIKE = new Set(['div', 'section', 'article', 'center']);
/** The page frame: text loose in it is a paragraph of the frame itself. */
const FRAME_TAGS = new Set(['body', '#root']);

/** The elements that make up the article, in document order. */
export interface MainContent {
  roots: El[];
  /** The chosen top candidate (for tracing). */
  top: El | null;
}

export function pickMain(page: Page, m: Marks): MainContent {
  const { els } = page;
  const n = els.length;
  // A container is a block holding text; empty blocks (spacer divs) are mere breaks.
  const hasBlock = new Uint8Array(n);
  /** Text and commas of an element's block children: the rest is its own inline text. */
  const blockText = new Int32Array(n);
  const blockCommas = new Int32Array(n);
  for (let k = n - 1; k > 0; k--) {
    const el = els[k];
    if (m.gone[k] || !el.parent || !BLOCK_TAGS.has(el.tag) || el.tag === 'br' || m.text[k] === 0) continue;
    hasBlock[el.parent.i] = 1;
    blockText[el.parent.i] += m.text[k];
    blockCommas[el.parent.i] += m.commas[k];
  }
  const score = new Float64Array(n);
  const isCandidate = new Uint8Array(n);
  const candidates: El[] = [];
  const init = (el: El) => {
    if (isCandidate[el.i]) return;
    isCandidate[el.i] = 1;
    candidates.push(el);
    score[el.i] = (K.TAG_WEIGHT[el.tag] ?? 0) + classWeight(el);
  };

  const credit = (from: El | null, len: number, commas: number) => {
    const points = K.PARAGRAPH_BASE_SCORE + commas + Math.min(Math.floor(len / K.CHARS_PER_POINT), K.MAX_LENGTH_POINTS);
    let anc = from;
    for (let level = 0; anc && (anc.tag !== '#root' || level === 0) && level < K.SCORE_ANCESTOR_LEVELS; level++, anc = anc.parent) {
      init(anc);
      const divider = level === 0 ? 1 : level === 1 ? K.GRANDPARENT_DIVIDER : level * K.LEVEL_DIVIDER;
      score[anc.i] += points / divider;
    }
  };
  for (const el of els) {
    const k = el.i;
    if (m.gone[k] || m.text[k] < K.MIN_PARAGRAPH_CHARS) continue;
    const frame = FRAME_TAGS.has(el.tag);
    if (PARAGRAPH_TAGS.has(el.tag) || (DIV_LIKE.has(el.tag) && !hasBlock[k] && !(el.parent && PARAGRAPH_TAGS.has(el.parent.tag)))) {
      credit(el.parent, m.text[k], m.commas[k]);
    } else if (frame && !hasBlock[k]) {
      // A page of bare text (no blocks at all): the frame holds the article itself.
      credit(el, m.text[k], m.commas[k]);
    } else if (hasBlock[k] && (DIV_LIKE.has(el.tag) || frame) && m.text[k] - blockText[k] >= K.MIN_PARAGRAPH_CHARS) {
      // Loose text beside blocks (text, <br>, text, <div>…) is a paragraph of this element (Readability wraps it in <p>).
      credit(el, m.text[k] - blockText[k], m.commas[k] - blockCommas[k]);
    }
  }
  if (candidates.length === 0) return { roots: [], top: null };

  const density = (el: El) => (m.text[el.i] > 0 ? m.link[el.i] / m.text[el.i] : 0);
  for (const c of candidates) score[c.i] *= 1 - density(c);
  const ranked = [...candidates].sort((a, b) => score[b.i] - score[a.i]);
  let top = ranked[0];

  // Rivals: when several strong candidates share an ancestor, the article is that ancestor.
  const rivals = ranked.slice(1, K.TOP_CANDIDATES).filter((c) => score[c.i] >= K.RIVAL_SCORE_SHARE * score[top.i]);
  if (rivals.length >= K.MIN_RIVALS_UNDER_ANCESTOR) {
    for (let anc = top.parent; anc && anc.tag !== 'body' && anc.tag !== '#root'; anc = anc.parent) {
      const under = rivals.filter((r) => isAncestor(anc!, r)).length;
      if (under >= K.MIN_RIVALS_UNDER_ANCESTOR) {
        top = anc;
        break;
      }
    }
  }
  if (!isCandidate[top.i]) init(top);
  // Climb while ancestors keep a third of the score; take the first that beats the last (Readability).
  const floor = score[top.i] * K.CLIMB_SCORE_SHARE;
  let last = score[top.i];
  for (let p = top.parent; p && p.tag !== 'body' && p.tag !== '#root'; p = p.parent) {
    if (!isCandidate[p.i]) continue;
    if (score[p.i] < floor) break;
    if (score[p.i] > last) {
      top = p;
      break;
    }
    last = score[p.i];
  }
  // A lone child is the same content: use the parent.
  while (top.parent && top.parent.tag !== 'body' && top.parent.tag !== '#root' && liveChildren(top.parent, m) === 1) top = top.parent;

  return { roots: withSiblings(top, score, isCandidate, hasBlock, m), top };
}

function withSiblings(top: El, score: Float64Array, isCandidate: Uint8Array, hasBlock: Uint8Array, m: Marks): El[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(K.MIN_SIBLING_SCORE, score[top.i] * K.SIBLING_SCORE_SHARE);
  const topClass = top.attrs.class ?? '';
  const out: El[] = [];
  for (const s of parent.children) {
    if (typeof s === 'string') continue;
    if (s === top) {
      out.push(s);
      continue;
    }
    if (m.gone[s.i]) continue;
    let bonus = 0;
    if (topClass && s.attrs.class === topClass) bonus = score[top.i] * K.SIBLING_SCORE_SHARE;
    const len = m.text[s.i];
    const ld = len > 0 ? m.link[s.i] / len : 0;
    if (isCandidate[s.i] && score[s.i] + bonus >= threshold) out.push(s);
    else if (s.tag === 'p' || (DIV_LIKE.has(s.tag) && !hasBlock[s.i])) {
      // A paragraph beside the article: long with few links, or a short link-free sentence (Readability).
      if (len > K.SIBLING_P_CHARS && ld < K.SIBLING_LINK_DENSITY) out.push(s);
      else if (len > 0 && len <= K.SIBLING_P_CHARS && ld === 0 && SENTENCE_END.test(textOf(s, 2 * K.SIBLING_P_CHARS))) out.push(s);
    }
    // A block of prose whose paragraphs sit too deep to score here (past SCORE_ANCESTOR_LEVELS) joins too.
    else if (!isCandidate[s.i] && len >= K.SIBLING_PROSE_CHARS && ld < K.SIBLING_PROSE_LINK_DENSITY) out.push(s);
  }
  return out;
}

/** A full stop followed by a space or the end: the mark of a sentence. */
const SENTENCE_END = /[.!?。؟]["”’)]?(\s|$)/u;

function classWeight(el: El): number {
  const tokens = hintTokens(el);
  if (tokens.length === 0) return el.attrs.itemprop === 'articleBody' ? K.ARTICLE_BODY_BONUS : 0;
  const h = hints();
  let w = 0;
  if (tokens.some((t) => h.positive.has(t))) w += K.CLASS_WEIGHT;
  if (tokens.some((t) => h.negative.has(t) || h.drop.has(t))) w -= K.CLASS_WEIGHT;
  if (el.attrs.itemprop === 'articleBody') w += K.ARTICLE_BODY_BONUS;
  return w;
}

function isAncestor(anc: El, el: El): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === anc) return true;
  return false;
}

function liveChildren(el: El, m: Marks): number {
  let n = 0;
  for (const c of el.children) if (typeof c !== 'string' ? !m.gone[c.i] && m.text[c.i] > 0 : c.trim() !== '') n++;
  return n;
}
