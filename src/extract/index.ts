import type { Article, Document, EncodingInfo, Removed } from '../model/index.js';
import { articleId } from './article-id.js';
import { decode } from './decode/index.js';
import { fromHtml, looksLikeHtml } from './from-html.js';
import { identifyLanguage } from './language/index.js';
import { repair } from './repair/index.js';
import { extractText, type TextExtraction } from './text/index.js';
import { boilerplatePatterns, outletLexicon } from './text/lexicon.js';
import { stopwords } from './language/stopwords.js';
import { LANG_SAMPLE_CHARS } from './constants.js';

export { articleId } from './article-id.js';

/** Why an input was not turned into an article. */
export type RejectReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-encoding'
  | 'not-an-article'
  | 'too-deep'
  | 'unreadable';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: RejectReason; message: string };

export interface ExtractOptions {
  /** Inputs larger than this many bytes are rejected (`too-large`). */
  maxBytes?: number;
}

/**
 * Document → Article: decode → HTML or plain-text path → repair → language. Bad input is a
 * value with a one-line reason naming the input, never an exception.
 */
export function extract(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  // 1. Bytes → text (size, emptiness, binary, charset checked here).
  const decoded = decode(doc, opts);
  if (!decoded.ok) return reject(doc, decoded.reason, decoded.message);

  // 2. Structure: the HTML stage for markup, the text path otherwise.
  const html = looksLikeHtml(decoded.text, doc.contentType);
  const parsed = html ? fromHtml(decoded.text, doc.url) : { ok: true as const, value: extractText(decoded.text) };
  if (!parsed.ok) return reject(doc, parsed.reason, parsed.message);
  const found: TextExtraction & { markupLang?: string; canonicalUrl?: string } = parsed.value;
  if (!found.paragraphs.length) return reject(doc, 'not-an-article', noBody(found.removed, html, !!found.title));

  // 3. Translation damage: doubled and lone quotes, bidi controls, presentation forms, spacing.
  const fixed = repair({ title: found.title ?? '', dek: found.dek, paragraphs: found.paragraphs });

  // 4. Language: the markup's when the text agrees, else the text's.
  const language = identifyLanguage(languageSample([fixed.title, fixed.dek ?? '', ...fixed.paragraphs]), found.markupLang);

  // 5. The article.
  const warnings = [...decoded.warnings, ...fixed.warnings, ...(language.warning ? [language.warning] : [])];
  if (!fixed.title) warnings.push('no title found');
  return { ok: true, article: article(doc, found, fixed, language.lang, decoded.encoding, warnings) };
}

function article(
  doc: Document,
  found: TextExtraction & { canonicalUrl?: string },
  fixed: ReturnType<typeof repair>,
  language: Article['language'],
  encoding: EncodingInfo,
  warnings: string[],
): Article {
  const text = fixed.paragraphs.join('\n\n');
  const optional = {
    url: doc.url,
    canonicalUrl: found.canonicalUrl,
    outlet: found.outlet,
    site: found.site,
    dek: fixed.dek,
    byline: found.byline,
    publishedAt: found.publishedAt,
  };
  return {
    id: articleId(fixed.title, text),
    source: doc.source,
    ...(Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<Article>),
    title: fixed.title,
    language,
    paragraphs: fixed.paragraphs,
    text,
    removed: found.removed,
    repairs: fixed.repairs,
    encoding,
    warnings,
  };
}

/**
 * The blocks joined by line breaks as far as identifyLanguage reads them (its first LANG_SAMPLE_CHARS): the
 * blocks after those are not joined only to be cut off.
 */
function languageSample(blocks: string[]): string {
  let n = 0, length = -1;
  while (n < blocks.length && length < LANG_SAMPLE_CHARS) length += 1 + blocks[n++].length;
  return blocks.slice(0, n).join('\n');
}

function noBody(removed: Removed[], html: boolean, titled: boolean): string {
  if (removed.length) return `no article text: all ${removed.length} block(s) are navigation or boilerplate (${[...new Set(removed.map((r) => r.reason))].join(', ')})`;
  if (titled) return `no article text: only a title line was found${html ? ' in the HTML' : ''}`;
  return `no article text found${html ? ' in the HTML' : ''}`;
}

function reject(doc: Document, reason: RejectReason, message: string): ExtractResult {
  return { ok: false, reason, message: `${doc.source}: ${message.replace(/\s*\n\s*/g, ' ')}` };
}

/** Loads and validates the stage's lexicons now (call at start-up); a bad file throws LexiconFileError with file:line. */
export function loadExtractLexicons(): void {
  boilerplatePatterns();
  outletLexicon();
  stopwords();
}
