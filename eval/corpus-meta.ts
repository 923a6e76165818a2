import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

// What an article of ../shared/corpus/ar-news came with besides its text (articles.jsonl): its URL, which names the
// outlet (its country is the article's home for the entity stage), and when it was published. Ingest passes both;
// an evaluation that leaves them out measures a poorer input than users give.

export interface CorpusMeta { url: string; publishedAt: string }

let cache: Map<string, CorpusMeta> | undefined;

/** The URL and date of a corpus file (`corpus/ar-news/txt/<id>.txt`), or undefined for any other file. */
export function corpusMeta(shared: string, file: string): CorpusMeta | undefined {
  if (!file.startsWith('corpus/ar-news/txt/')) return undefined;
  cache ??= new Map(readFileSync(join(shared, 'corpus', 'ar-news', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; url: string; date_extracted: string })
    .map((r) => [r.id, { url: r.url, publishedAt: `${r.date_extracted.replace(' ', 'T')}Z` }]));
  return cache.get(basename(file, '.txt'));
}
