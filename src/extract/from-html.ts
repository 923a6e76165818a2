/**
 * The HTML route: sniffing, the guarded call into the HTML stage (src/extract/html), and the
 * text-level passes that apply to its output too (outlet tail of the title, footer lines).
 */
import { extractHtml, type HtmlExtraction } from './html/index.js';
import type { Removed } from '../model/index.js';
import { BYTE_ORDER_MARK } from '../text/chars.js';
import { cutLeading, cutTrailing, cutWhole, splitTitle, type EdgeCut, type TextExtraction } from './text/index.js';
import type { RejectReason } from './index.js';

export type HtmlRoute =
  | { ok: true; value: TextExtraction & { markupLang?: string; canonicalUrl?: string } }
  | { ok: false; reason: RejectReason; message: string };

/** Markup at the start of the text, after an optional BOM, whitespace and comments. */
const MARKUP_START = new RegExp(`^${BYTE_ORDER_MARK}?\\s*(?:<!--[\\s\\S]*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p)\\b`, 'i');
/** How many leading characters are sniffed for markup. */
const SNIFF_CHARS = 4096;

export function looksLikeHtml(text: string, contentType?: string): boolean {
  if (contentType && /\b(?:html|xhtml)\b/i.test(contentType)) return true;
  return MARKUP_START.test(text.slice(0, SNIFF_CHARS));
}

export function fromHtml(text: string, url?: string): HtmlRoute {
  let page: HtmlExtraction;
  try {
    page = extractHtml(text, { url });
  } catch (e) {
    const err = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    if (e instanceof RangeError) return { ok: false, reason: 'too-deep', message: `the HTML is nested too deeply to read (${err}); save the page's text instead` };
    return { ok: false, reason: 'unreadable', message: `the HTML could not be read (${err})` };
  }
  const removed: Removed[] = [...page.removed];
  let site: string | undefined;
  const take = (cut: EdgeCut): string[] => {
    removed.push(...cut.removed);
    site ??= cut.hits.find((h) => h.site)?.site;
    return cut.kept;
  };
  // Footer lines the HTML stage kept inside the article ("Discover more from X") go as in plain text.
  const paragraphs = take(cutWhole(take(cutTrailing(take(cutLeading(page.paragraphs))))));

  const titled = page.title ? splitTitle(page.title) : undefined;
  const outlet = titled?.outlet ?? page.siteName;
  const value: TextExtraction & { markupLang?: string; canonicalUrl?: string } = {
    title: titled?.title,
    outlet,
    site: site ?? (titled?.outlet && page.siteName && page.siteName !== titled.outlet ? page.siteName : undefined),
    dek: dekUnlessRepeated(page.dek, paragraphs[0]),
    byline: page.byline,
    publishedAt: page.publishedAt,
    paragraphs,
    removed,
    markupLang: page.lang,
    canonicalUrl: page.canonicalUrl,
  };
  return { ok: true, value };
}

/** A meta description that only repeats (the start of) the first paragraph is not a dek. */
function dekUnlessRepeated(dek: string | undefined, first: string | undefined): string | undefined {
  if (!dek || !first) return dek;
  const stem = dek.replace(/[\s.\u2026]+$/u, '');
  return first.startsWith(stem) ? undefined : dek;
}
