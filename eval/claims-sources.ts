/**
 * Turning a gold set's texts into claim sources, as ingestion does: extraction and analysis, with each analysis kept
 * for the republication detector (eval/claims-origins.ts), which reads more of it than a claim source holds.
 */
import { analyze } from '../src/analyze/index.js';
import { sourceFromAnalysis, type ClaimSource } from '../src/claims/index.js';
import { extract } from '../src/extract/index.js';
import type { Analysis } from '../src/model/index.js';

/** Fallback date for statements with no date at all (none in the gold sets). */
export const FALLBACK_DATE = '2024-10-15T00:00:00.000Z';

/** The analyses of the claim sources, by article id: the republication detector reads them (`originsOf`). */
export const ANALYSES = new Map<string, Analysis>();

/** Extracts and analyses one text as a claim source, with the date and URL it came with (the URL names the outlet). */
export function sourceOf(bytes: Uint8Array, source: string, publishedAt?: string, url?: string): ClaimSource {
  const res = extract({ bytes, source, contentType: 'text/plain' });
  if (!res.ok) throw new Error(`${source}: extraction rejected the input (${res.reason}: ${res.message})`);
  const a = analyze({ ...res.article, ...(publishedAt ? { publishedAt } : {}), ...(url ? { url } : {}) });
  ANALYSES.set(a.article.id, a);
  return sourceFromAnalysis(a);
}

/** A story-pairs record as ingestion sees it (eval/stories.ts does the same): title, blank line, paragraphs. */
export function corpusText(r: { title: string; content: string }): Uint8Array {
  const body = r.content.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n');
  return new TextEncoder().encode(`${r.title}\n\n${body}`);
}
