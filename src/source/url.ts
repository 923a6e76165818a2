import { createFetcher, DEFAULT_MAX_REDIRECTS, DEFAULT_PER_HOST_CONCURRENCY, DEFAULT_PER_HOST_INTERVAL_MS, type Fetcher, type FetchFailureReason, type FetchSuccess } from '../fetch/index.js';
import { fetcherOverFetch } from '../fetch/over-fetch.js';
import type { Document } from '../model/index.js';
import { dayOfUrl } from './name-date.js';
import { rejection, type SourceOptions, type SourceReason, type SourceResult } from './types.js';

/** How a fetch failure reads as a source rejection. */
const REASON_OF: Record<FetchFailureReason, SourceReason> = {
  'refused-scheme': 'bad-url',
  'private-address': 'private-address',
  'too-large': 'too-large',
  timeout: 'fetch-failed',
  'too-many-redirects': 'fetch-failed',
  'http-error': 'http-error',
  'rate-limited': 'rate-limited',
  robots: 'robots',
  network: 'fetch-failed',
};

/** One fetcher per options object: its robots.txt cache and per-host limits span a whole command. */
const fetchers = new WeakMap<SourceOptions, Fetcher>();

/** The fetcher these options call for: the injected one, one over an injected `fetch`, or the safe default. */
export function fetcherOf(opts: SourceOptions): Fetcher {
  if (opts.fetcher) return opts.fetcher;
  let f = fetchers.get(opts);
  if (!f) {
    f = opts.fetch
      ? fetcherOverFetch(opts.fetch, { userAgent: opts.userAgent, maxBytes: opts.maxBytes, timeoutMs: opts.fetchTimeoutMs })
      : createFetcher({
        userAgent: opts.userAgent, allowPrivate: opts.allowPrivate ?? false, maxBytes: opts.maxBytes, maxDecompressedBytes: opts.maxBytes,
        timeoutMs: opts.fetchTimeoutMs, maxRedirects: DEFAULT_MAX_REDIRECTS, perHostConcurrency: DEFAULT_PER_HOST_CONCURRENCY,
        perHostIntervalMs: DEFAULT_PER_HOST_INTERVAL_MS, now: opts.now ?? (() => new Date()),
      });
    fetchers.set(opts, f);
  }
  return f;
}

/**
 * Fetches an http(s) URL through the safe fetcher (src/fetch): private addresses refused unless
 * allowed, redirects re-checked, size and time bounded, robots.txt respected.
 */
export async function fetchUrlSource(url: string, opts: SourceOptions): Promise<SourceResult> {
  const r = await fetcherOf(opts).fetchPage(url);
  if (!r.ok) return rejection(url, REASON_OF[r.reason], r.message);
  const now = opts.now ?? (() => new Date());
  const doc = pageDocument(url, r, now);
  // A page with no date in its markup may be named by its day (`/2024/05/01/…`): the URL it was fetched from.
  const day = dayOfUrl(doc.url ?? url, now());
  return { ok: true, source: url, doc, ...(day ? { hints: { publishedAt: day, publishedFrom: 'the URL' } } : {}) };
}

/** A fetched page as a Document. */
export function pageDocument(source: string, page: FetchSuccess, now: () => Date): Document {
  return {
    bytes: page.bytes,
    source,
    url: page.url,
    ...(page.contentType ? { contentType: page.contentType } : {}),
    ...(page.charset ? { declaredCharset: page.charset } : {}),
    fetchedAt: now().toISOString(),
  };
}
