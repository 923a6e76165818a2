/**
 * Step 1: HTML → a compact element tree, built with htmlparser2's streaming
 * Parser. Bounded: input size, nesting depth (deeper elements are flattened
 * into their ancestor at the bound, their text kept), element count, and
 * open elements (reading stops there: the parser's cost grows with them).
 */
import { Parser } from 'htmlparser2';
import type { El, Page } from './dom.js';
import { MAX_DEPTH, MAX_ELEMENTS, MAX_HTML_CHARS, MAX_OPEN_ELEMENTS } from './constants.js';

/** Elements whose text is never page text (JSON-LD scripts are kept for metadata). */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe']);

export function parsePage(html: string): Page {
  let truncated = false;
  let stopped = false;
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    truncated = true;
  }
  const root: El = { i: 0, tag: '#root', attrs: {}, parent: null, children: [] };
  const els: El[] = [root];
  let cur = root;
  let depth = 0;
  /** Open elements not in the tree (past a bound); their close tags are ignored. */
  let overflow = 0;
  /** True when text directly inside `el` is not kept. */
  const skips = (el: El): boolean => RAW_TEXT.has(el.tag) && !(el.tag === 'script' && /ld\+json/i.test(el.attrs.type ?? ''));

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (depth + overflow >= MAX_OPEN_ELEMENTS) {
          // htmlparser2's own stack costs O(open elements) per tag: stop reading here.
          truncated = stopped = true;
          parser.pause();
          return;
        }
        if (depth >= MAX_DEPTH || els.length >= MAX_ELEMENTS) {
          overflow++;
          truncated = true;
          return;
        }
        const el: El = { i: els.length, tag: name, attrs, parent: cur, children: [] };
        els.push(el);
        cur.children.push(el);
        cur = el;
        depth++;
      },
      onclosetag() {
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (cur.parent) {
          cur = cur.parent;
          depth--;
        }
      },
      ontext(text) {
        if (skips(cur)) return;
        const kids = cur.children;
        const last = kids.length - 1;
        if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + text;
        else kids.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  if (!stopped) parser.end();
  return { root, els, truncated };
}
