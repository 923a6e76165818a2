/**
 * Step 3: which elements leave the text, and why — by tag (scripts, forms,
 * nav, aside), by being hidden, by ARIA role, or by a class/id hint word
 * (share bars, ads, comments, related links, cookie and newsletter notices).
 * Also measures every element's text and link text, bottom-up.
 */
import type { El, Page } from './dom.js';
import { dropHint, type DropReason } from './hints.js';
import { ARABIC_COMMA, FULLWIDTH_COMMA, HINT_DROP_MAX_SHARE, HINT_DROP_PROSE_CHARS, HINT_DROP_PROSE_LINK_DENSITY, IDEOGRAPHIC_COMMA } from './constants.js';

/** Why an element leaves the text: a reason users see, or `markup` (scripts, forms, hidden — not worth listing). */
export type Mark = DropReason | 'markup';

/** Tags that never hold article text. */
const MARKUP_TAGS = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'button', 'input', 'select', 'option', 'textarea', 'label', 'video', 'audio', 'picture', 'img', 'map', 'dialog', 'title', 'meta', 'link', 'base']);
/** Tags that are whole page furniture, with the reason. */
const FURNITURE_TAGS: Readonly<Record<string, DropReason>> = { nav: 'navigation', aside: 'related', footer: 'navigation', menu: 'navigation', figcaption: 'boilerplate' };
const ROLES: Readonly<Record<string, Mark>> = { navigation: 'navigation', banner: 'navigation', contentinfo: 'navigation', menu: 'navigation', menubar: 'navigation', complementary: 'related', dialog: 'boilerplate', alertdialog: 'boilerplate', search: 'navigation', button: 'markup' };
/** Elements a hint never drops: the page's frame and explicit article markup. */
const NEVER_HINT_DROPPED = new Set(['html', 'body', 'main', 'article', '#root', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'tbody', 'table']);
/** Hint reasons that drop a block even when it is long prose: comments are prose too. */
const PROSE_DROP_REASONS: ReadonlySet<DropReason> = new Set(['comments']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Per element (by `El.i`): its mark, whether it is gone (itself or an ancestor marked), its text and link-text length. */
export interface Marks {
  mark: (Mark | undefined)[];
  gone: Uint8Array;
  text: Int32Array;
  link: Int32Array;
  commas: Int32Array;
}

/** Which class/id hints apply: all, only comment sections (the fallback when all left too little), or none. */
export type HintLevel = 'all' | 'comments' | 'none';

/** Marks by tag, hidden-ness and role, and by class/id hints as `level` says. */
export function markPage(page: Page, level: HintLevel): Marks {
  const n = page.els.length;
  const mark: (Mark | undefined)[] = new Array(n);
  for (const el of page.els) mark[el.i] = markupMark(el);
  const m = measure(page, mark);
  if (level === 'none') return m;
  const bodyText = Math.max(1, m.text[0]);
  for (const el of page.els) {
    if (mark[el.i] || NEVER_HINT_DROPPED.has(el.tag) || el.attrs.itemprop === 'articleBody') continue;
    if (!el.attrs.class && !el.attrs.id) continue;
    const reason = dropHint(el);
    if (!reason || (level === 'comments' && reason !== 'comments')) continue;
    const k = el.i;
    if (m.text[k] > HINT_DROP_MAX_SHARE * bodyText) continue;
    // Long prose with few links under a notice-like hint (a paywall, a "promo" wrapper) is the article itself.
    const prose = m.text[k] >= HINT_DROP_PROSE_CHARS && m.link[k] < HINT_DROP_PROSE_LINK_DENSITY * m.text[k];
    if (prose && !PROSE_DROP_REASONS.has(reason)) continue;
    mark[k] = reason;
  }
  return measure(page, mark);
}

function markupMark(el: El): Mark | undefined {
  if (MARKUP_TAGS.has(el.tag)) return 'markup';
  const f = FURNITURE_TAGS[el.tag];
  if (f) return f;
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return 'markup';
  if (a.style && HIDDEN_STYLE.test(a.style)) return 'markup';
  if (a.role) {
    const r = ROLES[a.role.toLowerCase()];
    if (r) return r;
  }
  return undefined;
}

/** Propagates marks down (gone) and measures text bottom-up, ignoring gone subtrees. */
function measure(page: Page, mark: (Mark | undefined)[]): Marks {
  const { els } = page;
  const n = els.length;
  const gone = new Uint8Array(n);
  for (const el of els) gone[el.i] = mark[el.i] || (el.parent && gone[el.parent.i]) ? 1 : 0;
  const own = ownText(page);
  const text = new Int32Array(n);
  const link = new Int32Array(n);
  const commas = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    if (gone[k]) continue;
    const el = els[k];
    text[k] += own.text[k];
    commas[k] += own.commas[k];
    if (el.tag === 'a') link[k] = text[k];
    const p = el.parent;
    if (p) {
      text[p.i] += text[k];
      link[p.i] += link[k];
      commas[p.i] += commas[k];
    }
  }
  return { mark, gone, text, link, commas };
}

/** Visible length and commas of each element's own text runs, computed once per page. */
function ownText(page: Page): { text: Int32Array; commas: Int32Array } {
  if (page.own) return page.own;
  const n = page.els.length;
  const text = new Int32Array(n);
  const commas = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    for (const c of page.els[k].children) {
      if (typeof c !== 'string') continue;
      text[k] += visibleLength(c);
      commas[k] += countCommas(c);
    }
  }
  page.own = { text, commas };
  return page.own;
}

/** Length of a text run with whitespace runs counted as one character and none at the ends. */
export function visibleLength(s: string): number {
  let len = 0;
  let space = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (ws) {
      if (!space) len++;
      space = true;
    } else {
      len++;
      space = false;
    }
  }
  return len;
}

function countCommas(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 44 || c === ARABIC_COMMA || c === FULLWIDTH_COMMA || c === IDEOGRAPHIC_COMMA) n++;
  }
  return n;
}
