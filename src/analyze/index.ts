import type { Analysis, Article, Block } from '../model/index.js';

/**
 * Article → Analysis. PROVISIONAL: builds the analysed text and its blocks; the stages
 * (sentences, entities, times, statements) are chained here as they land.
 */
export function analyze(article: Article): Analysis {
  const { text, blocks } = layout(article);
  return { article, text, blocks, sentences: [], entities: [], times: [], statements: [], extractor: 'rules@1' };
}

/** Title, dek and paragraphs joined by blank lines: every offset of the analysis points into this. */
export function layout(article: Article): { text: string; blocks: Block[] } {
  const parts: Omit<Block, 'start' | 'end'>[] = [{ kind: 'title', index: 0 }];
  const texts = [article.title];
  if (article.dek) {
    parts.push({ kind: 'dek', index: 0 });
    texts.push(article.dek);
  }
  article.paragraphs.forEach((p, i) => {
    parts.push({ kind: 'paragraph', index: i });
    texts.push(p);
  });
  const blocks: Block[] = [];
  let offset = 0;
  texts.forEach((t, i) => {
    blocks.push({ ...parts[i], start: offset, end: offset + t.length });
    offset += t.length + 2;
  });
  return { text: texts.join('\n\n'), blocks };
}
