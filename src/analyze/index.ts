import type { Analysis, Article, Block, Sentence } from '../model/index.js';
import { splitSentences } from '../text/sentences.js';
import { pairQuotes, type QuoteSpan } from '../text/sentences-quotes.js';
import { words, type Word } from '../text/words.js';
import { nameSpeakers } from '../entities/index.js';
import { articleHome } from './home.js';
import { linkStatements } from './link.js';
import { DEFAULT_STAGES, type AnalyzeStages } from './stages.js';
import type { OutletRegistry } from '../outlets/index.js';

export type { StatementExtractor } from './extractor.js';
export { rulesExtractor } from './extractor.js';
export { DEFAULT_STAGES, noEntities, type AnalyzeStages } from './stages.js';

/** `outlets`: the registry the outlet's country is read from (analyze/home.ts); the shipped one when not given. */
export interface AnalyzeOptions { outlets?: OutletRegistry }

/** Article → Analysis: layout, sentences, entities, times, statements, then links statements to entities. */
export function analyze(article: Article, stages: AnalyzeStages = DEFAULT_STAGES, options: AnalyzeOptions = {}): Analysis {
  return analyzeScanned(article, stages, options).analysis;
}

/** An analysis and the words of its text, scanned for it: what the store's search keys are read off (src/store/rows.ts). */
export interface Scanned { analysis: Analysis; words: readonly Word[] }

/** analyze(), keeping the words it scanned. */
export function analyzeScanned(article: Article, stages: AnalyzeStages = DEFAULT_STAGES, options: AnalyzeOptions = {}): Scanned {
  const lang = article.language;
  // 1. One text for every offset: title, dek and paragraphs.
  const { text, blocks } = layout(article);
  // 2. Quotation marks paired and sentences split, block by block (the statement stage reads the same quotations).
  const quotes = blocks.map((b) => pairQuotes(text, b.start, b.end));
  const sentences = sentencesOf(text, blocks, quotes);
  // 3. Words with their match keys, scanned once for the entity, time and statement stages (and the store's keys).
  const tokens = words(text);
  // 4. Entity mentions linked to canonical entities; the outlet's country tells what `المملكة` and a bare office name.
  const home = articleHome(article, options.outlets);
  const entities = stages.findEntities({ text, blocks, sentences, lang, words: tokens, ...(home ? { home } : {}), publishedAt: article.publishedAt });
  // 5. Time expressions resolved against the publication date.
  const times = stages.findTimes({ text, sentences, lang, publishedAt: article.publishedAt, words: tokens });
  // 6. Attributed statements.
  const found = stages.extractor.find({ text, blocks, sentences, lang, entities, times, publishedAt: article.publishedAt, tokens, quotes: flat(quotes) });
  // 7. Speakers and targets linked to entities; a speaker linked to none named as the person its phrase names.
  const named = nameSpeakers(text, tokens, entities, linkStatements(found, entities), lang);
  return { analysis: { article, text, blocks, sentences, entities: named.entities, times, statements: named.statements, extractor: stages.extractor.id }, words: tokens };
}

/** Title, dek and paragraphs joined by blank lines: every offset of the analysis points into this. */
export function layout(article: Article): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const texts = [article.title];
  let offset = 0;
  const add = (kind: Block['kind'], index: number, t: string) => {
    blocks.push({ kind, index, start: offset, end: offset + t.length });
    offset += t.length + 2;
  };
  add('title', 0, article.title);
  if (article.dek) {
    texts.push(article.dek);
    add('dek', 0, article.dek);
  }
  for (let i = 0; i < article.paragraphs.length; i++) {
    texts.push(article.paragraphs[i]);
    add('paragraph', i, article.paragraphs[i]);
  }
  return { text: texts.join('\n\n'), blocks };
}

/** The quotations of every block in one list, in block order (`quotes.flat()`, whose generic path cost more than the pairing). */
function flat(quotes: readonly QuoteSpan[][]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const block of quotes) for (const q of block) out.push(q);
  return out;
}

function sentencesOf(text: string, blocks: Block[], quotes: readonly QuoteSpan[][]): Sentence[] {
  const out: Sentence[] = [];
  for (let block = 0; block < blocks.length; block++) {
    for (const s of splitSentences(text, blocks[block].start, blocks[block].end, quotes[block])) out.push({ start: s.start, end: s.end, block });
  }
  return out;
}
